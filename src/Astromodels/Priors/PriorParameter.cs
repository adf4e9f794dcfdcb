namespace Astromodels.Priors;

/// <summary>One parameter of a prior, as astromodels declares it.</summary>
/// <param name="Name">The astromodels parameter name, for example <c>lower_bound</c>.</param>
/// <param name="Value">The current value.</param>
/// <param name="MinValue">astromodels' declared minimum, or <see langword="null"/> when none is declared.</param>
/// <param name="MaxValue">astromodels' declared maximum, or <see langword="null"/> when none is declared.</param>
/// <param name="Free">Whether astromodels leaves the parameter free by default.</param>
/// <param name="Description">A one-line description for display.</param>
public sealed record PriorParameter(string Name, double Value, double? MinValue, double? MaxValue, bool Free, string Description);
