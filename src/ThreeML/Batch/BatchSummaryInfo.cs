namespace ThreeML.Batch;

/// <summary>The task list of a batch as saved in <c>DIR/batch.json</c>: what merge and status compare the task
/// folders against, so that a missing task is listed rather than silently dropped.</summary>
/// <param name="Manifest">Where the tasks come from: the manifest's full path, or the label of a plan made in C# (<see cref="BatchPlan.Source"/>).</param>
/// <param name="MasterSeed">The master seed, or null.</param>
/// <param name="VariableNames">The template variables.</param>
/// <param name="Values">Each task's values, in <paramref name="VariableNames"/> order.</param>
/// <param name="Seeds">Each task's seed (null when the analysis keeps its own).</param>
public sealed record BatchSummaryInfo(string Manifest, long? MasterSeed, IReadOnlyList<string> VariableNames,
    IReadOnlyList<string[]> Values, IReadOnlyList<int?> Seeds)
{
    /// <summary>The number of tasks.</summary>
    public int Count => Values.Count;
}
