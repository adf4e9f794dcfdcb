using System.Diagnostics;

namespace ThreeML.Batch;

// One task's run: its work and files in a private staging folder, then (after the flush to disk) the rename into place.
public sealed partial class BatchRunner
{
    private BatchTaskOutcome? Skip(int index) => Directory.Inspect(index) is { State: BatchTaskState.Done, Record: var record }
        ? new BatchTaskOutcome(index, BatchTaskState.Done, true, record)
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
