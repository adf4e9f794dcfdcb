using ThreeML.TimeSeries;

namespace ThreeML.Cli.Analysis;

/// <summary>The <c>time_resolved</c> section of an analysis file: the same model fitted to each time interval of the
/// file's time series (3ML's <c>to_spectrumlike(from_bins=True)</c> and one fit per interval).</summary>
/// <param name="Intervals">The intervals given as a list (<c>intervals</c>) or between consecutive <c>edges</c>, s from
/// the trigger; empty when they come from <paramref name="Blocks"/>.</param>
/// <param name="Blocks">Bayesian blocks that make the intervals, or null.</param>
/// <param name="Threads">The most intervals fitted at once, or null for one per core (results do not depend on it).</param>
/// <param name="Line">The line of the section (for run-time errors).</param>
public sealed record TimeResolvedSettings(IReadOnlyList<TimeInterval> Intervals, BlocksSetting? Blocks, int? Threads, int Line)
{
    /// <summary>The plots a time-resolved analysis may ask for: each parameter against time, the light curve with the
    /// intervals, the νFν spectra of all intervals in one figure, and the count spectra of each interval.</summary>
    public static IReadOnlyList<string> PlotNames { get; } = ["parameters_vs_time", "lightcurve", "spectra", "count_spectra"];
}
