namespace ThreeML.Cli.Analysis;

/// <summary>The time-series part of a data set of kind <c>time_series</c>: a GBM CSPEC/CTIME or TTE file turned into one
/// plugin by 3ML's <c>TimeSeriesBuilder</c> (background polynomials, active intervals).</summary>
/// <param name="Format">"cspec", "ctime" or "tte" as the file declares it (checked against its DATATYPE), or null to
/// take the kind of the file itself.</param>
/// <param name="BackgroundIntervals">Background intervals in 3ML syntax, s from the trigger (e.g. "-24--5").</param>
/// <param name="ActiveIntervals">Source intervals in 3ML syntax; several are summed.</param>
/// <param name="PolyOrder">Background polynomial order 0..4, or −1 to choose it as 3ML does.</param>
public sealed record TimeSeriesEntry(string? Format, IReadOnlyList<string> BackgroundIntervals, IReadOnlyList<string> ActiveIntervals, int PolyOrder);
