namespace ThreeML.Batch;

/// <summary>Runs the tasks of a batch into an output folder: each task's outputs appear atomically in
/// <c>DIR/tasks/NNNNNN/</c>, its <c>done.json</c> last; completed tasks are skipped, so a run can be restarted.</summary>
/// <remarks>
/// <para>What a task does is the work given to the constructor (for <c>threeml batch</c>: fill the analysis template,
/// fit, write tables and plots); the runner owns the folders, the records, the results file and the parallelism, so
/// a C# script gets the same restartable, mergeable layout as the command line (design record 0023).</para>
/// <para>A failing task writes <c>failed.json</c> (exit status and message) and does not stop the others. Task results
/// depend only on the plan and the task number, never on the shard, the order or the thread.</para>
/// </remarks>
public sealed partial class BatchRunner
{
    /// <summary>The name of each task's results file (3ML's FITS layout), written by the runner.</summary>
    public const string ResultsFile = "results.fits";

    private readonly Func<BatchTaskContext, BatchTaskResult> _work;

    /// <summary>Creates a runner of <paramref name="plan"/>'s tasks writing into <paramref name="outputDirectory"/>.</summary>
    /// <param name="plan">The tasks.</param>
    /// <param name="outputDirectory">The batch folder (created if needed).</param>
    /// <param name="work">What one task does: called with the task and its staging folder, from several threads at
    /// once; returns the results (an exception makes the task failed, with its message).</param>
    public BatchRunner(BatchPlan plan, string outputDirectory, Func<BatchTaskContext, BatchTaskResult> work)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        ArgumentNullException.ThrowIfNull(work);
        Plan = plan;
        Directory = new BatchDirectory(outputDirectory);
        _work = work;
    }

    /// <summary>The tasks.</summary>
    public BatchPlan Plan { get; }

    /// <summary>The output folder's layout.</summary>
    public BatchDirectory Directory { get; }

    /// <summary>How many tasks run at once; default two per processor (<see cref="DefaultParallelism"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, $"MaxDegreeOfParallelism must be positive (the tasks run at once), not {value}.");
    } = DefaultParallelism;

    /// <summary>Two tasks per processor: a task waits now and then (reading input files no run has read yet, the file
    /// system's journal while the committing thread flushes), and a second task per core computes meanwhile.</summary>
    public static int DefaultParallelism => 2 * Environment.ProcessorCount;

    /// <summary>The exit status (1: an analysis failure, 2: an input problem) and one-line message a failed task
    /// records; default: 2 for argument, format, file and data errors, else 1, with the exception's message.</summary>
    public Func<Exception, (int ExitStatus, string Message)> DescribeFailure { get; init; } = DefaultFailure;

    /// <summary>How a done task's folder differs from what the task would write now (its analysis file, say), or null
    /// when it is that task's; called with the task and its folder before a run, for every done task it would skip.
    /// Null: only the variables and the seed in the record are compared.</summary>
    /// <remarks>A run skips done tasks; a folder made by an earlier version of the manifest would otherwise put that
    /// version's results under the new version's rows.</remarks>
    public Func<BatchTask, string, string?>? DoneFolderDifference { get; init; }

    /// <summary>The tasks of shard <paramref name="shard"/> of <paramref name="shards"/>: every n-th task, starting at the i-th.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 ≤ shard &lt; shards.</exception>
    public IEnumerable<int> Shard(int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        return Enumerable.Range(0, Plan.Tasks.Count).Where(i => i % shards == shard);
    }

    /// <summary>Runs the given tasks (all when null) in parallel, skipping completed ones.</summary>
    /// <param name="indices">Task numbers; null for all.</param>
    /// <param name="progress">Receives each task's outcome once its folder is published (from the runner's threads,
    /// one at a time for run tasks).</param>
    /// <param name="cancellationToken">Stops starting new tasks.</param>
    /// <returns>The outcomes in task order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A task number outside 0 ... Count − 1.</exception>
    /// <exception cref="AggregateException">The runner itself could not write a task's folder or record (a task's own
    /// failure is recorded instead); no further tasks were started.</exception>
    /// <exception cref="InvalidDataException">A done task's folder holds another task's record (the folder was used for
    /// another manifest); nothing is run then.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<BatchTaskOutcome> Run(IEnumerable<int>? indices = null, IProgress<BatchTaskOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        var list = (indices ?? Enumerable.Range(0, Plan.Tasks.Count)).ToArray();
        foreach (var i in list)
        {
            CheckIndex(i);
        }

        CheckFoldersBelongToPlan(list);

        var outcomes = new BatchTaskOutcome[list.Length];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var finished = new FinishedTasks();
        Exception? infoFailure = null;
        var next = -1;
        var workers = Math.Clamp(MaxDegreeOfParallelism, 1, Math.Max(1, list.Length));
        var taskThreads = workers > 1 ? 1 : Environment.ProcessorCount;
        // Tasks are handed out one at a time (a chunk would leave a worker holding several at the end while the others
        // idle) to dedicated threads, not to the thread pool: the pool starts one thread per core and does not see a
        // thread blocked in fsync as blocked, so MaxDegreeOfParallelism above the core count was never reached. The
        // workers only compute and stage; one committing thread makes the finished tasks durable together and
        // publishes them (design record 0023).
        void Work()
        {
            int k;
            while (!cancellationToken.IsCancellationRequested && errors.IsEmpty && (k = Interlocked.Increment(ref next)) < list.Length)
            {
                try
                {
                    if (Skip(list[k]) is { } skipped)
                    {
                        outcomes[k] = skipped;
                        progress?.Report(skipped);
                    }
                    else
                    {
                        finished.Add(k, Stage(list[k], taskThreads, cancellationToken));
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        }

        // The committing thread writes batch.json first (its flush overlaps the first tasks' work) and publishes no task
        // folder before it.
        void Commit()
        {
            try
            {
                Directory.WriteInfo(Plan);
            }
            catch (Exception e)
            {
                infoFailure = e;
                errors.Enqueue(e);
            }

            while (finished.TakeAll() is { } group)
            {
                try
                {
                    if (infoFailure is not null)
                    {
                        // Not published without batch.json; the staging folders would only be left for the user to delete.
                        foreach (var (_, task) in group)
                        {
                            System.IO.Directory.Delete(task.Staging, recursive: true);
                        }

                        continue;
                    }

                    DiskFlush.Folders([.. group.Select(g => g.Task.Staging)]);
                    foreach (var (slot, task) in group)
                    {
                        outcomes[slot] = Publish(task);
                        progress?.Report(outcomes[slot]);
                    }
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        }

        var committer = new Thread(Commit) { IsBackground = true, Name = "threeml commit" };
        committer.Start();
        var threads = new Thread[workers - 1];
        for (var t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = "threeml batch" };
            threads[t].Start();
        }

        Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        finished.Complete();
        committer.Join();
        if (infoFailure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(infoFailure);
        }

        if (!errors.IsEmpty)
        {
            throw new AggregateException(errors);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return outcomes;
    }

    /// <summary>Runs task <paramref name="index"/> unless it is complete; never throws for a failing task.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such task.</exception>
    /// <exception cref="InvalidDataException">The task's folder holds another task's completion record.</exception>
    public BatchTaskOutcome RunTask(int index, CancellationToken cancellationToken = default)
    {
        CheckIndex(index);
        CheckFoldersBelongToPlan([index]);
        if (Skip(index) is { } skipped)
        {
            return skipped;
        }

        var task = Stage(index, Environment.ProcessorCount, cancellationToken);
        DiskFlush.Folders([task.Staging]);
        return Publish(task);
    }

    private static (int, string) DefaultFailure(Exception e) =>
        (e is ArgumentException or FormatException or IOException or InvalidDataException or UnauthorizedAccessException ? 2 : 1,
         e.Message.ReplaceLineEndings(" "));

    private static Dictionary<string, string> Variables(BatchTask task) => task.Variables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Plan.Tasks.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"task {index} does not exist; the batch has tasks 0 to {Plan.Tasks.Count - 1}.");
        }
    }
}
