namespace Astromodels;

/// <summary>An irreducible named unit such as "keV": its printed symbol, its scale to SI and its dimension.</summary>
/// <param name="Symbol">The canonical symbol printed by <see cref="Unit.ToString()"/>.</param>
/// <param name="Scale">The value of one of this unit in SI base units (J, m, s, kg, rad...).</param>
/// <param name="Dimension">The SI dimension.</param>
/// <param name="Description">A short English name for documentation and suggestions.</param>
internal sealed record NamedUnit(string Symbol, DecimalScale Scale, Dimension Dimension, string Description);
