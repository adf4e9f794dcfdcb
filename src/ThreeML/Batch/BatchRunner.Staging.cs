using System.Diagnostics;

namespace ThreeML.Batch;

// One task's run: its work and files in a private staging folder, then (after the flush to disk) the rename into place.
public sealed partial class BatchRunner
{
    /// <summary>Throws when the folder of a done task among <paramref name="indices"/> (default: all) was made by another
    /// version of the plan: its record's variables or seed differ, or <see cref="DoneFolderDifference"/> finds a
    /// difference. <see cref="Run"/> and <see cref="RunTask"/> check this first; a job script writer checks it before
    /// it writes anything.</summary>
    /// <exception cref="InvalidDataException">Such a folder exists; the message names up to three and how they differ.</exception>
    public void CheckDoneFolders(IEnumerable<int>? indices = null)
    {
        var list = (indices ?? Enumerable.Range(0, Plan.Tasks.Count)).ToArray();
        foreach (var i in list)
        {
            CheckIndex(i);
        }

        CheckFoldersBelongToPlan(list);
    }

    // Skipping such a task would put another analysis's results under this one's row.
    private void CheckFoldersBelongToPlan(IReadOnlyCollection<int> indices)
    {
        // Many tasks: one listing of the task folders instead of two lookups a task, before any worker starts (a fresh
        // run has no folder at all).
        var tasks = Path.Combine(Directory.Root, "tasks");
        HashSet<string?>? existing = indices.Count <= 16 ? null
            : System.IO.Directory.Exists(tasks) ? [.. System.IO.Directory.EnumerateDirectories(tasks).Select(Path.GetFileName)] : [];
        var found = new List<string>();
        var count = 0;
        foreach (var i in indices)
        {
            var task = Plan.Tasks[i];
            if (existing is not null && !existing.Contains(task.Name))
            {
                continue;
            }

            // Only a done task would be skipped; a failed one is run again and replaced (after a fix of its row, say).
            if (Directory.TryReadRecord(i) is { Completed: true } record
                && (record.DifferenceFrom(task.Seed, [.. task.Variables.Select(v => v.Key)], [.. task.Variables.Select(v => v.Value)])
                    ?? DoneFolderDifference?.Invoke(task, Directory.TaskFolder(i))) is { } difference
                && count++ < 3)
            {
                found.Add($"task {task.Name}: {difference}");
            }
        }

        if (count > 0)
        {
            throw new InvalidDataException($"'{Directory.Root}' holds the results of another manifest ({string.Join("; ", found)}"
                + (count > 3 ? $"; {count - 3} more" : "") + "). Write this manifest's results to another folder, or delete those task folders to run the tasks again.");
        }
    }

    private BatchTaskOutcome? Skip(int index) => Directory.StateOf(index) == BatchTaskState.Done
        ? new BatchTaskOutcome(index, BatchTaskState.Done, true, Directory.ReadRecord(index))
        : null;

    /// <summary>Runs the work of task <paramref name="index"/> into a private staging folder and writes its results
    /// file and record there, none of it flushed to disk yet; the work may use <paramref name="taskThreads"/> threads.</summary>
    private StagedTask Stage(int index, int taskThreads, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var task = Plan.Tasks[index];
        var target = Directory.TaskFolder(index);
        // Outputs go into a private staging folder that is renamed into place whole once flushed to disk: a killed task
        // leaves no half files, and a task folder that can be seen holds a record whose files are all on the disk.
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{task.Name}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial");
        System.IO.Directory.CreateDirectory(staging);
        BatchTaskRecord record;
        try
        {
            var result = _work(new BatchTaskContext(task, staging, cancellationToken) { MaxDegreeOfParallelism = taskThreads });
            using (var stream = new FileStream(Path.Combine(staging, ResultsFile), FileMode.CreateNew, FileAccess.Write))
            {
                Results.Persistence.ResultsFileWriter.Build([result.Results], DateTime.UtcNow).WriteTo(stream);
            }

            var reason = result.InvalidReason ?? (result.Results is Fitting.MLEResults { IsValid: false } mle ? mle.Reason ?? "the fit did not converge" : null);
            record = new BatchTaskRecord(index, task.Seed, Variables(task), true, reason is null, 0, reason,
                Environment.MachineName, result.AnalysisSeconds, 0, [ResultsFile, .. result.Outputs.Where(o => o != ResultsFile)], result.Fluxes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var (status, message) = DescribeFailure(e);
            record = new BatchTaskRecord(index, task.Seed, Variables(task), false, false, status, message, Environment.MachineName, 0, 0,
                [.. System.IO.Directory.EnumerateFiles(staging).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]);
        }

        record = record with { TotalSeconds = clock.Elapsed.TotalSeconds };
        BatchDirectory.WriteStagedRecord(staging, record);
        return new StagedTask(staging, target, record);
    }

    /// <summary>Moves a flushed staging folder to its task folder, replacing an earlier attempt's folder.</summary>
    private static BatchTaskOutcome Publish(StagedTask task)
    {
        if (System.IO.Directory.Exists(task.Target))
        {
            // An earlier attempt's folder (failed, or killed after the rename): replaced whole.
            System.IO.Directory.Delete(task.Target, recursive: true);
        }

        System.IO.Directory.Move(task.Staging, task.Target);
        var record = task.Record;
        return new BatchTaskOutcome(record.Index, record.Completed ? BatchTaskState.Done : BatchTaskState.Failed, false, record);
    }

    /// <summary>A task whose outputs and record lie in its staging folder, not yet flushed nor published.</summary>
    private sealed record StagedTask(string Staging, string Target, BatchTaskRecord Record);
}
