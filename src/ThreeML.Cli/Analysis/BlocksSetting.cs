namespace ThreeML.Cli.Analysis;

/// <summary>Bayesian blocks as the intervals of a time-resolved fit (3ML's <c>create_time_bins(start, stop,
/// method="bayesblocks", p0=…)</c>).</summary>
/// <param name="Data">The time-series data set whose light curve is cut into blocks.</param>
/// <param name="Start">Start of the range, s from the trigger.</param>
/// <param name="Stop">End of the range, s.</param>
/// <param name="P0">False-alarm probability of a change point.</param>
/// <param name="EnergyMin">Lowest channel centre counted, keV.</param>
/// <param name="EnergyMax">Highest channel centre counted, keV.</param>
public sealed record BlocksSetting(string Data, double Start, double Stop, double P0, double EnergyMin, double EnergyMax);
