namespace Astromodels;

/// <summary>One named factor of a unit raised to a power, e.g. cm², kept for display and equality.</summary>
internal readonly record struct UnitComponent(NamedUnit Base, Rational Power);
