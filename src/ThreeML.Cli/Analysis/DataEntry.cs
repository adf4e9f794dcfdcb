namespace ThreeML.Cli.Analysis;

/// <summary>One data set of an analysis file: an OGIP spectrum (3ML's <c>OGIPLike</c>) or a GBM time series (3ML's
/// <c>TimeSeriesBuilder.to_spectrumlike</c>), with its selections and rebinning.</summary>
/// <param name="Name">The plugin name (unique in the file).</param>
/// <param name="Observation">The source PHA file (resolved path, may carry a "{n}" selector).</param>
/// <param name="Background">The background PHA file, or null to take BACKFILE from the observation.</param>
/// <param name="Response">The RSP/RMF, or null to take RESPFILE from the observation.</param>
/// <param name="Arf">The ARF, or null to take ANCRFILE.</param>
/// <param name="SpectrumNumber">The 1-based spectrum of a Type II file, or null.</param>
/// <param name="Selections">3ML selection strings ("8.1-900", "c10-c40", "exclude:30-40").</param>
/// <param name="RebinOnBackground">Minimum background counts per bin, or null.</param>
/// <param name="RebinOnSource">Minimum source counts per bin, or null.</param>
/// <param name="EffectiveArea">The effective-area correction, or null for none.</param>
/// <param name="Line">The line where the entry starts (for run-time errors).</param>
public sealed record DataEntry(
    string Name,
    string Observation,
    string? Background,
    string? Response,
    string? Arf,
    int? SpectrumNumber,
    IReadOnlyList<string> Selections,
    double? RebinOnBackground,
    double? RebinOnSource,
    EffectiveAreaSetting? EffectiveArea,
    int Line)
{
    /// <summary>The time-series settings of a data set of kind <c>time_series</c> (then <see cref="Observation"/> is the
    /// CSPEC/CTIME file and <see cref="Response"/> its RSP/RSP2), or null for an OGIP PHA data set.</summary>
    public TimeSeriesEntry? TimeSeries { get; init; }
}
