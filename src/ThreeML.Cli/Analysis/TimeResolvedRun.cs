using ThreeML.TimeSeries;
using ThreeML.Results;

namespace ThreeML.Cli.Analysis;

/// <summary>What a time-resolved analysis file gave: one fit per interval in a results set with the "time" SEQUENCE.</summary>
/// <param name="Results">The fits, in interval order, with the intervals (as moved to bin edges) as the SEQUENCE.</param>
/// <param name="Intervals">The intervals fitted, s from the trigger, as moved to the bin edges of the first data set.</param>
/// <param name="Data">Each interval's data list (one plugin per data set, named as the data set).</param>
/// <param name="Series">The time series of each data set, with its background, in data-set order.</param>
/// <param name="Notes">How intervals were moved to bin edges, blocks left out, and the files' warnings.</param>
/// <param name="BlockEdges">The Bayesian-block edges kept, s, or null when the intervals were given.</param>
public sealed record TimeResolvedRun(AnalysisResultsSet Results, IReadOnlyList<TimeInterval> Intervals, IReadOnlyList<DataList> Data,
    IReadOnlyList<TimeSeriesBuilder> Series, IReadOnlyList<string> Notes, IReadOnlyList<double>? BlockEdges)
{
    /// <summary>Whether every interval's fit is valid.</summary>
    public bool AllValid => Results.All(r => r is Fitting.MLEResults { IsValid: true });
}
