using System.Diagnostics;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;

namespace ThreeML.Cli.Batch;

/// <summary>Runs the tasks of a batch manifest into an output folder: each task's outputs appear atomically in
/// <c>DIR/tasks/NNNNNN/</c>, its <c>done.json</c> last; completed tasks are skipped, so a run can be restarted.</summary>
/// <remarks>A failing task writes <c>failed.json</c> (exit status and message) and does not stop the others. Task
/// results depend only on the manifest and the task number, never on the shard, the order or the thread.</remarks>
public sealed class BatchRunner
{
    /// <summary>The name of each task's results file (3ML's FITS layout).</summary>
    public const string ResultsFile = "results.fits";

    /// <summary>The name of each task's filled analysis file.</summary>
    public const string AnalysisFileName = "analysis.yml";

    /// <summary>Creates a runner for <paramref name="manifest"/> writing into <paramref name="outputDirectory"/>.</summary>
    public BatchRunner(BatchManifest manifest, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        Manifest = manifest;
        Directory = new BatchDirectory(outputDirectory);
    }

    /// <summary>The manifest.</summary>
    public BatchManifest Manifest { get; }

    /// <summary>The output folder's layout.</summary>
    public BatchDirectory Directory { get; }

    /// <summary>How many tasks run at once; default: one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The tasks of shard <paramref name="shard"/> of <paramref name="shards"/>: every n-th task, starting at the i-th.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 ≤ shard &lt; shards.</exception>
    public IEnumerable<int> Shard(int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        return Enumerable.Range(0, Manifest.Tasks.Count).Where(i => i % shards == shard);
    }

    /// <summary>Runs the given tasks (all when null) in parallel, skipping completed ones.</summary>
    /// <param name="indices">Task numbers; null for all.</param>
    /// <param name="progress">Receives each task's outcome as it ends (from worker threads).</param>
    /// <param name="cancellationToken">Stops starting new tasks.</param>
    /// <returns>The outcomes in task order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A task number outside 0 ... Count − 1.</exception>
    public IReadOnlyList<BatchTaskOutcome> Run(IEnumerable<int>? indices = null, IProgress<BatchTaskOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var list = (indices ?? Enumerable.Range(0, Manifest.Tasks.Count)).ToArray();
        foreach (var i in list)
        {
            CheckIndex(i);
        }

        Directory.WriteInfo(Manifest);
        var outcomes = new BatchTaskOutcome[list.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, list.Length, options, k =>
        {
            outcomes[k] = RunTask(list[k]);
            progress?.Report(outcomes[k]);
        });
        return outcomes;
    }

    /// <summary>Runs task <paramref name="index"/> unless it is complete; never throws for a failing analysis.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such task.</exception>
    public BatchTaskOutcome RunTask(int index)
    {
        CheckIndex(index);
        if (Directory.StateOf(index) == BatchTaskState.Done)
        {
            return new BatchTaskOutcome(index, BatchTaskState.Done, true, Directory.ReadRecord(index));
        }

        var clock = Stopwatch.StartNew();
        var task = Manifest.Tasks[index];
        var target = Directory.TaskFolder(index);
        // Outputs go into a private staging folder that is renamed into place whole: a killed task leaves no half files.
        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{task.Name}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial");
        System.IO.Directory.CreateDirectory(staging);
        BatchTaskRecord record;
        var outputs = new List<string>();
        try
        {
            File.WriteAllText(Path.Combine(staging, AnalysisFileName), Manifest.RenderAnalysis(task));
            outputs.Add(AnalysisFileName);
            var analysis = Manifest.LoadAnalysis(task);
            var data = AnalysisDataBuilder.Build(analysis);
            var fitClock = Stopwatch.StartNew();
            var (results, valid, reason) = AnalysisRunner.Run(analysis, data);
            var fitSeconds = fitClock.Elapsed.TotalSeconds;
            var fluxes = TaskOutputs.Write(analysis, results, data, staging, outputs);
            record = new BatchTaskRecord(index, task.Seed, Variables(task), true, valid, 0, valid ? null : reason ?? "the fit did not converge",
                Environment.MachineName, fitSeconds, 0, outputs, fluxes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            record = new BatchTaskRecord(index, task.Seed, Variables(task), false, false, ErrorReporter.ExitCodeOf(e),
                Describe(e), Environment.MachineName, 0, 0, outputs);
        }

        if (System.IO.Directory.Exists(target))
        {
            // An earlier attempt's folder (failed, or killed after the rename): replaced whole.
            System.IO.Directory.Delete(target, recursive: true);
        }

        System.IO.Directory.Move(staging, target);
        record = record with { TotalSeconds = clock.Elapsed.TotalSeconds };
        BatchDirectory.WriteRecord(target, record.Completed ? BatchDirectory.DoneRecord : BatchDirectory.FailedRecord, record);
        return new BatchTaskOutcome(index, record.Completed ? BatchTaskState.Done : BatchTaskState.Failed, false, record);
    }

    private static Dictionary<string, string> Variables(BatchTask task) => task.Variables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static string Describe(Exception e) => e is AnalysisFileException f
        ? string.Join("; ", f.Problems.Select(p => p.ToString()))
        : e.Message.ReplaceLineEndings(" ");

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Manifest.Tasks.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"task {index} does not exist; the manifest has tasks 0 to {Manifest.Tasks.Count - 1}.");
        }
    }
}
