namespace ThreeML.Batch;

/// <summary>What <see cref="BatchMerger.Merge"/> gathered.</summary>
/// <param name="Status">Which tasks are done (merged), failed and missing (listed in the summary, not merged).</param>
/// <param name="ResultsFile">The merged results file, or null when no task is done.</param>
/// <param name="SummaryFile">The summary CSV (one row per task, whatever its state).</param>
public sealed record BatchMergeReport(BatchStatus Status, string? ResultsFile, string SummaryFile)
{
    /// <summary>Why each damaged task (<see cref="BatchStatus.Damaged"/>) was left out, by task number.</summary>
    public IReadOnlyDictionary<int, string> Damage { get; init; } = new Dictionary<int, string>();
}
