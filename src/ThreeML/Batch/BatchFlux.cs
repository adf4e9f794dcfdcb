namespace ThreeML.Batch;

/// <summary>One flux of a task, as its record keeps it for the summary table.</summary>
/// <param name="Label">The band, unit and row, e.g. "flux 10 keV-1 MeV erg/cm2/s total".</param>
/// <param name="Value">The flux (median of the propagated samples for an MLE, as 3ML), in <paramref name="Unit"/>.</param>
/// <param name="NegativeError">Value minus the lower bound, in <paramref name="Unit"/>.</param>
/// <param name="PositiveError">Upper bound minus the value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The flux unit.</param>
public sealed record BatchFlux(string Label, double Value, double NegativeError, double PositiveError, string Unit);
