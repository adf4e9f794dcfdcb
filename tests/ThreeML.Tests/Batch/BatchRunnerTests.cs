using System.Globalization;
using Astromodels;
using Astromodels.Functions;
using ThreeML.Batch;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Results.Persistence;
using ThreeML.Tests.Results.Persistence;
using ThreeML.Results;

namespace ThreeML.Tests.Batch;

/// <summary>The library batch API a C# script uses: a plan made from rows, a work function that simulates and fits a
/// spectrum per task, restartable task folders, failures recorded without stopping the others, and the merge.</summary>
public sealed class BatchRunnerTests : IDisposable
{
    private static readonly InstrumentResponse Response = OgipResponse.Read(ThreeML.DemoData.ResponsePath);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    internal static BatchPlan Plan() => BatchPlan.FromRows("power-law indices",
        ["index", "exposure"], [["-1.5", "100"], ["-2.0", "100"], ["-2.5", "200"], ["bad", "100"], ["-1.8", "50"]], masterSeed: 42);

    /// <summary>Draws a power-law spectrum with the task's index and seed and fits it locally.</summary>
    internal static BatchTaskResult Work(BatchTaskContext context)
    {
        var index = double.Parse(context.Task["index"], CultureInfo.InvariantCulture);
        var exposure = double.Parse(context.Task["exposure"], CultureInfo.InvariantCulture);
        var plugin = DispersionSpectrumLike.FromFunction("sim", new Powerlaw(K: 0.05, index: index, piv: 100), Response,
            new Random(context.Task.Seed!.Value), exposure: exposure);
        var model = new Model(new PointSource("src", 0, 0, new Powerlaw(K: 0.01, index: -2.0, piv: 100)));
        var fit = new JointLikelihood(model, new DataList(plugin)) { Strategy = FitStrategy.Local }.Fit(200, new Random(context.Task.Seed.Value));
        File.WriteAllText(Path.Combine(context.Folder, "note.txt"), context.Task["index"]);
        return new BatchTaskResult(fit, 0.0) { Outputs = ["note.txt"], Fluxes = [new BatchFlux("flux test", 1.0, 0.1, 0.2, "1/(cm2 s)")] };
    }

    [Fact]
    public void A_plan_from_rows_runs_restarts_records_failures_and_merges()
    {
        var plan = Plan();
        Assert.Equal([TaskSeeds.Derive(42, 0), TaskSeeds.Derive(42, 4)], new[] { plan.Tasks[0].Seed, plan.Tasks[4].Seed });
        var runner = new BatchRunner(plan, _folder.File("out"), Work);
        var outcomes = runner.Run();

        Assert.Equal([BatchTaskState.Done, BatchTaskState.Done, BatchTaskState.Done, BatchTaskState.Failed, BatchTaskState.Done], outcomes.Select(o => o.State));
        var failed = runner.Directory.ReadRecord(3)!;
        Assert.Equal(2, failed.ExitStatus);
        Assert.Contains("'bad'", failed.Message, StringComparison.Ordinal);
        var done = runner.Directory.ReadRecord(1)!;
        Assert.Equal(["results.fits", "note.txt"], done.Outputs);
        Assert.True(done.Valid, done.Message);
        Assert.Equal("-2.0", File.ReadAllText(Path.Combine(runner.Directory.TaskFolder(1), "note.txt")));
        // Every task folder was published whole (outputs and record flushed together, then renamed): no staging left.
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(runner.Directory.Root, "tasks"), ".*"));
        Assert.All(done.Outputs.Append(BatchDirectory.DoneRecord), f => Assert.True(File.Exists(Path.Combine(runner.Directory.TaskFolder(1), f)), f));

        // A rerun skips what is done and retries the failure.
        var again = runner.Run();
        Assert.Equal([true, true, true, false, true], again.Select(o => o.Skipped));

        var report = BatchMerger.Merge(_folder.File("out"));
        Assert.Equal([0, 1, 2, 4], report.Status.Done);
        Assert.Equal([3], report.Status.Failed);
        var set = AnalysisResultsSet.Read(report.ResultsFile!);
        Assert.Equal(BatchMerger.SequenceName, set.Sequence.Name);
        Assert.Equal([0.0, 1, 2, 4], set.Sequence["TASK"].Values);
        Assert.Equal([0.0, 1, 2, 4], set.Sequence["INDEX_ID"].Values);
        Assert.Equal([100.0, 100, 200, 50], set.Sequence["EXPOSURE"].Values);
        for (var i = 0; i < set.Count; i++)
        {
            var truth = new[] { -1.5, -2.0, -2.5, -1.8 }[i];
            var fit = (MLEResults)set[i];
            Assert.True(Math.Abs(fit.BestFit[1] - truth) < 5 * 0.5 * (fit.GetParameterTable()[1].PositiveError - fit.GetParameterTable()[1].NegativeError),
                $"task {set.Sequence["TASK"].Values[i]}: index {fit.BestFit[1]}, truth {truth}");
        }

        var rows = File.ReadAllLines(report.SummaryFile);
        Assert.Equal(6, rows.Length);
        Assert.Contains("flux test", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("3,failed,,", rows[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_workers()
    {
        new BatchRunner(Plan(), _folder.File("one"), Work) { MaxDegreeOfParallelism = 1 }.Run();
        new BatchRunner(Plan(), _folder.File("four"), Work) { MaxDegreeOfParallelism = 4 }.Run();
        var one = BatchMerger.Merge(_folder.File("one"));
        var four = BatchMerger.Merge(_folder.File("four"));
        Assert.Equal(File.ReadAllText(one.SummaryFile), File.ReadAllText(four.SummaryFile));
    }

    [Fact]
    public void Every_worker_runs_a_task_at_once_even_beyond_the_core_count()
    {
        // More tasks than cores, each waiting for all to have started, none on the thread pool: the pool starts one
        // thread per core and adds more only slowly, and it does not see a thread blocked in fsync as blocked, so a
        // runner on it ran no more tasks at once than cores (design record 0023). The calling thread is one of the workers.
        var workers = Environment.ProcessorCount + 2;
        using var barrier = new Barrier(workers);
        var onPool = 0;
        var caller = Environment.CurrentManagedThreadId;
        var plan = BatchPlan.FromRows("barrier", ["index", "exposure"], [.. Enumerable.Range(0, workers).Select(_ => new[] { "-2.0", "100" })], masterSeed: 7);
        var started = 0;
        var runner = new BatchRunner(plan, _folder.File("barrier"), context =>
        {
            Interlocked.Increment(ref started);
            if (Thread.CurrentThread.IsThreadPoolThread && Environment.CurrentManagedThreadId != caller)
            {
                Interlocked.Increment(ref onPool);
            }

            if (!barrier.SignalAndWait(TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"only {Volatile.Read(ref started)} of {workers} tasks started at once");
            }

            return Work(context);
        })
        { MaxDegreeOfParallelism = workers };
        var outcomes = runner.Run();
        Assert.All(outcomes, o => Assert.True(o.State == BatchTaskState.Done, o.Record?.Message));
        Assert.Equal(0, onPool);
    }

    [Fact]
    public void A_task_gets_one_thread_beside_other_tasks_and_every_core_alone()
    {
        // Beside other tasks every core already has a task, and parallel work inside one only adds hand-offs.
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        BatchTaskResult Record(BatchTaskContext context)
        {
            seen.Add(context.MaxDegreeOfParallelism);
            return Work(context);
        }

        new BatchRunner(Plan(), _folder.File("side"), Record) { MaxDegreeOfParallelism = 2 }.Run();
        Assert.Equal(Enumerable.Repeat(1, 5), seen);
        seen.Clear();
        new BatchRunner(Plan(), _folder.File("alone"), Record) { MaxDegreeOfParallelism = 1 }.Run();
        new BatchRunner(Plan(), _folder.File("single"), Record).RunTask(0);
        Assert.Equal(Enumerable.Repeat(Environment.ProcessorCount, 6), seen);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchTaskContext(Plan().Tasks[0], "x", default) { MaxDegreeOfParallelism = 0 });
        Assert.StartsWith("MaxDegreeOfParallelism must be positive (1 keeps the task on its own thread).", e.Message, StringComparison.Ordinal);
        var runner = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchRunner(Plan(), _folder.File("none"), Record) { MaxDegreeOfParallelism = 0 });
        Assert.StartsWith("MaxDegreeOfParallelism must be positive (the tasks run at once), not 0.", runner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_writes_new_text_files_into_its_folder_and_never_over_one()
    {
        var folder = _folder.File("context");
        Directory.CreateDirectory(folder);
        var context = new BatchTaskContext(Plan().Tasks[0], folder, default);
        context.WriteText("table.csv", "a,b\nπ,1\n");
        // The bytes File.WriteAllText writes: UTF-8 without a byte-order mark.
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("a,b\nπ,1\n"), File.ReadAllBytes(Path.Combine(folder, "table.csv")));
        var again = Assert.ThrowsAny<IOException>(() => context.WriteText("table.csv", "other"));
        Assert.Contains("table.csv", again.Message, StringComparison.Ordinal);
        Assert.Equal("a,b\nπ,1\n", File.ReadAllText(Path.Combine(folder, "table.csv")));
        Assert.Equal("fileName", Assert.Throws<ArgumentException>(() => context.WriteText(" ", "x")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => context.WriteText("t.csv", null!)).ParamName);
    }

    [Fact]
    public void A_batch_json_that_cannot_be_written_fails_the_run_before_any_task_is_published()
    {
        // batch.json is written by the committing thread while the first tasks run; no task folder may appear without it.
        var folder = _folder.File("blocked");
        Directory.CreateDirectory(Path.Combine(folder, "batch.json"));
        var runner = new BatchRunner(Plan(), folder, Work) { MaxDegreeOfParallelism = 2 };
        var e = Assert.ThrowsAny<IOException>(() => runner.Run());
        Assert.Contains("batch.json", e.Message, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(BatchTaskState.Missing, runner.Directory.StateOf(i)));
        // Tasks staged before the failure was seen are removed with their staging folders (tasks/ may not exist at all).
        var tasks = Path.Combine(folder, "tasks");
        Assert.True(!Directory.Exists(tasks) || !Directory.EnumerateFileSystemEntries(tasks).Any(), "a staging or task folder was left behind");
    }

    [Fact]
    public void Cancelling_stops_handing_out_tasks_and_says_so()
    {
        using var cancel = new CancellationTokenSource();
        var runner = new BatchRunner(Plan(), _folder.File("cancel"), context =>
        {
            cancel.Cancel();
            return Work(context);
        })
        { MaxDegreeOfParallelism = 1 };
        Assert.Throws<OperationCanceledException>(() => runner.Run(cancellationToken: cancel.Token));
        Assert.Equal([BatchTaskState.Done, BatchTaskState.Missing], new[] { runner.Directory.StateOf(0), runner.Directory.StateOf(1) });
    }

    [Fact]
    public void Bad_plans_are_refused_with_the_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => BatchPlan.FromRows("x", ["a", "b"], [["1", "2"], ["3"]]));
        Assert.StartsWith("Row 1 has 1 values; expected 2 (a, b).", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => BatchPlan.FromRows("x", ["a", "a"], []));
        Assert.StartsWith("Give one or more distinct variable names", e.Message, StringComparison.Ordinal);
    }
}
