using Astromodels;

namespace ThreeML.Cli.Analysis;

/// <summary>A validated declarative analysis: data, model, analysis and outputs.</summary>
/// <param name="Path">The analysis file.</param>
/// <param name="Data">The data sets.</param>
/// <param name="Model">The model, already loaded.</param>
/// <param name="Assignments">Data-set name to source name (3ML's <c>assign_to_source</c>).</param>
/// <param name="Analysis">How to run.</param>
/// <param name="Outputs">What to write.</param>
public sealed record AnalysisFile(string Path, IReadOnlyList<DataEntry> Data, Model Model,
    IReadOnlyDictionary<string, string> Assignments, AnalysisSettings Analysis, OutputSettings Outputs)
{
    /// <summary>The intervals of a time-resolved fit (the <c>time_resolved</c> section: one fit per interval of the
    /// time-series data), or null for one analysis of all the data.</summary>
    public TimeResolvedSettings? TimeResolved { get; init; }
}
