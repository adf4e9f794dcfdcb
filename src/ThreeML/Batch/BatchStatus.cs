namespace ThreeML.Batch;

/// <summary>Which tasks of a batch are done, failed, missing or damaged, and which done ones hold a fit that is not valid.</summary>
/// <param name="Count">The number of tasks in the manifest.</param>
/// <param name="Done">The completed tasks.</param>
/// <param name="Failed">The failed tasks.</param>
/// <param name="Missing">The tasks with no record (never run, running, or killed).</param>
/// <param name="Damaged">The tasks whose folder was changed after it was published (an unreadable record, a done task's
/// results file gone); the next run does them again.</param>
public sealed record BatchStatus(int Count, IReadOnlyList<int> Done, IReadOnlyList<int> Failed, IReadOnlyList<int> Missing, IReadOnlyList<int> Damaged)
{
    /// <summary>The tasks a new run or a resubmission must do: failed, missing and damaged, in order.</summary>
    public IReadOnlyList<int> ToRedo => [.. Failed.Concat(Missing).Concat(Damaged).Order()];

    /// <summary>The done tasks whose fit is not valid (it did not converge; the record says why).</summary>
    public IReadOnlyList<int> NotValid { get; init; } = [];

    /// <summary>Scans an output folder against the task list saved in it (each task's folder read once).</summary>
    /// <exception cref="InvalidDataException">The folder holds no batch.</exception>
    public static BatchStatus Scan(string outputDirectory)
    {
        var dir = new BatchDirectory(outputDirectory);
        var tasks = Enumerable.Range(0, dir.ReadInfo().Count).Select(dir.Inspect).ToArray();
        int[] Of(BatchTaskState s) => [.. Enumerable.Range(0, tasks.Length).Where(i => tasks[i].State == s)];
        return new BatchStatus(tasks.Length, Of(BatchTaskState.Done), Of(BatchTaskState.Failed), Of(BatchTaskState.Missing), Of(BatchTaskState.Damaged))
        {
            NotValid = [.. Enumerable.Range(0, tasks.Length).Where(i => tasks[i] is { State: BatchTaskState.Done, Record.Valid: false })],
        };
    }

    /// <summary>Task numbers as compact ranges, e.g. "0-3,7,9-10" (the form of sbatch's <c>--array</c>).</summary>
    public static string Ranges(IEnumerable<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var parts = new List<string>();
        int? start = null, end = null;
        foreach (var i in indices.Order())
        {
            if (end is { } e && i == e + 1)
            {
                end = i;
                continue;
            }

            Flush();
            start = end = i;
        }

        Flush();
        return string.Join(",", parts);

        void Flush()
        {
            if (start is { } s && end is { } e)
            {
                parts.Add(s == e ? $"{s}" : $"{s}-{e}");
            }
        }
    }
}
