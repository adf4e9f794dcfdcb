using ThreeML.Batch;
using ThreeML.Results;
using ThreeML.Results.Persistence;
using ThreeML.Tests.Results.Persistence;

namespace ThreeML.Tests.Batch;

/// <summary>Task folders changed after the runner published them: told apart from done, failed and missing ones, listed
/// with why by the status and the merge (which go on with the rest), and done again by the next run.</summary>
public sealed class BatchDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BatchRunner Ran()
    {
        var runner = new BatchRunner(BatchRunnerTests.Plan(), _folder.File("out"), BatchRunnerTests.Work);
        runner.Run();
        return runner;
    }

    private string InTask(BatchRunner runner, int index, string file) => Path.Combine(runner.Directory.TaskFolder(index), file);

    [Fact]
    public void A_folder_whose_record_or_results_were_damaged_says_so_and_why()
    {
        var runner = Ran();
        var dir = runner.Directory;
        File.WriteAllText(InTask(runner, 0, BatchDirectory.DoneRecord), "{ broken");
        File.Delete(InTask(runner, 1, BatchRunner.ResultsFile));
        File.Copy(InTask(runner, 3, BatchDirectory.FailedRecord), InTask(runner, 2, BatchDirectory.DoneRecord), overwrite: true);
        File.WriteAllText(InTask(runner, 3, BatchDirectory.FailedRecord), "");

        Assert.Equal([BatchTaskState.Damaged, BatchTaskState.Damaged, BatchTaskState.Damaged, BatchTaskState.Damaged, BatchTaskState.Done],
            Enumerable.Range(0, 5).Select(dir.StateOf));
        Assert.StartsWith($"{InTask(runner, 0, "done.json")}: not a task record ('b' is an invalid start of a property name.", dir.DamageOf(0), StringComparison.Ordinal);
        Assert.Equal($"{dir.TaskFolder(1)}: the task is recorded as done but its results.fits is gone. The next run does the task again.", dir.DamageOf(1));
        Assert.Equal($"{InTask(runner, 2, "done.json")}: not a task record (it is the other kind of record). The next run does the task again.", dir.DamageOf(2));
        Assert.StartsWith($"{InTask(runner, 3, "failed.json")}: not a task record (", dir.DamageOf(3), StringComparison.Ordinal);
        Assert.Null(dir.DamageOf(4));
        Assert.Equal(dir.DamageOf(1), Assert.Throws<InvalidDataException>(() => dir.ReadRecord(1)).Message);

        var status = BatchStatus.Scan(dir.Root);
        Assert.Equal([0, 1, 2, 3], status.Damaged);
        Assert.Equal([4], status.Done);
        Assert.Empty(status.Failed);
        Assert.Equal([0, 1, 2, 3], status.ToRedo);
    }

    [Fact]
    public void The_merge_goes_on_without_damaged_tasks_and_lists_them_and_the_next_run_redoes_them()
    {
        var runner = Ran();
        File.WriteAllText(InTask(runner, 0, BatchDirectory.DoneRecord), "{ broken");
        File.WriteAllText(InTask(runner, 2, BatchRunner.ResultsFile), "garbage");
        // Whole blocks beginning like a primary header, but not a results file: only the merge, which reads it, can tell.
        var fake = new byte[2880];
        Array.Fill(fake, (byte)' ');
        "SIMPLE  ="u8.CopyTo(fake);
        File.WriteAllBytes(InTask(runner, 4, BatchRunner.ResultsFile), fake);

        var report = BatchMerger.Merge(runner.Directory.Root);
        Assert.Equal([1], report.Status.Done);
        Assert.Equal([3], report.Status.Failed);
        Assert.Equal([0, 2, 4], report.Status.Damaged);
        Assert.Equal([0, 2, 4], report.Damage.Keys.Order());
        Assert.Equal($"{runner.Directory.TaskFolder(2)}: the task is recorded as done but its results.fits is not a FITS file (7 bytes). The next run does the task again.", report.Damage[2]);
        Assert.StartsWith($"{InTask(runner, 4, "results.fits")}: ", report.Damage[4], StringComparison.Ordinal);
        Assert.EndsWith($" Delete the folder {runner.Directory.TaskFolder(4)} to have the next run do the task again.", report.Damage[4], StringComparison.Ordinal);
        Assert.Single(AnalysisResultsSet.Read(report.ResultsFile!));
        var rows = File.ReadAllLines(report.SummaryFile);
        Assert.StartsWith("0,damaged,,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2,damaged,,", rows[3], StringComparison.Ordinal);
        Assert.EndsWith(" The next run does the task again.", rows[3].TrimEnd('"'), StringComparison.Ordinal);

        // The run redoes what it can see is damaged; the folder whose damage only the merge saw must be deleted first.
        var again = runner.Run();
        Assert.Equal([false, true, false, false, true], again.Select(o => o.Skipped));
        Directory.Delete(runner.Directory.TaskFolder(4), recursive: true);
        runner.Run();
        Assert.Equal([0, 1, 2, 4], BatchMerger.Merge(runner.Directory.Root).Status.Done);
    }

    [Fact]
    public void A_folder_used_for_another_manifest_is_refused_by_the_run_and_left_out_by_the_merge()
    {
        var runner = Ran();
        var info = File.ReadAllText(Path.Combine(runner.Directory.Root, "batch.json"));
        // The same rows with the first index changed, and the failing row fixed: another manifest for tasks 0 and 3.
        var edited = BatchPlan.FromRows("power-law indices", ["index", "exposure"],
            [["-1.7", "100"], ["-2.0", "100"], ["-2.5", "200"], ["-2.2", "100"], ["-1.8", "50"]], masterSeed: 42);
        var other = new BatchRunner(edited, runner.Directory.Root, BatchRunnerTests.Work);

        var e = Assert.Throws<InvalidDataException>(() => other.Run());
        Assert.Equal($"'{runner.Directory.Root}' holds the results of another manifest (task 000000: index = -1.5 there, -1.7 now). "
            + "Write this manifest's results to another folder, or delete those task folders to run the tasks again.", e.Message);
        Assert.Equal(e.Message, Assert.Throws<InvalidDataException>(() => other.RunTask(0)).Message);
        Assert.Equal(info, File.ReadAllText(Path.Combine(runner.Directory.Root, "batch.json")));

        // The failed task 3 differs too, but it would be run again anyway: only done tasks are checked.
        Assert.Equal(BatchTaskState.Done, other.RunTask(3).State);
        var seeds = BatchPlan.FromRows("power-law indices", ["index", "exposure"],
            [["-1.5", "100"], ["-2.0", "100"], ["-2.5", "200"], ["-2.2", "100"], ["-1.8", "50"]], masterSeed: 7);
        Assert.Contains("(task 000000: seed ", Assert.Throws<InvalidDataException>(() => new BatchRunner(seeds, runner.Directory.Root, BatchRunnerTests.Work).Run()).Message, StringComparison.Ordinal);

        // batch.json of the edited manifest beside the old folders (as a run of a version without the check left it).
        runner.Directory.WriteInfo(edited);
        var report = BatchMerger.Merge(runner.Directory.Root);
        Assert.Equal([0], report.Status.Damaged);
        Assert.Equal($"{runner.Directory.TaskFolder(0)}: holds the results of another manifest's task (index = -1.5 there, -1.7 now). "
            + "Delete the folder to have the next run do the task again.", report.Damage[0]);
        Assert.Equal([1, 2, 3, 4], report.Status.Done);
    }

    [Fact]
    public void What_a_done_folder_holds_beyond_its_record_is_compared_by_the_caller_s_check()
    {
        var runner = Ran();
        var seen = new List<string>();
        var strict = new BatchRunner(BatchRunnerTests.Plan(), runner.Directory.Root, BatchRunnerTests.Work)
        {
            DoneFolderDifference = (task, folder) =>
            {
                seen.Add(Path.GetFileName(folder));
                return task.Index == 1 ? "note.txt differs" : null;
            },
        };

        var e = Assert.Throws<InvalidDataException>(() => strict.Run());
        Assert.Contains("(task 000001: note.txt differs)", e.Message, StringComparison.Ordinal);
        // Called for the done tasks only (3 failed): those a run would skip.
        Assert.Equal(["000000", "000001", "000002", "000004"], seen);
    }

    [Fact]
    public void Among_many_tasks_only_the_folders_that_exist_are_compared()
    {
        // More than a few tasks: the check lists the task folders once instead of looking each task up.
        string[][] Rows(string last) => [.. Enumerable.Range(0, 20).Select(i => new[] { i == 19 ? last : "-2.0", (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) })];
        var plan = BatchPlan.FromRows("many", ["index", "exposure"], Rows("-2.0"), masterSeed: 5);
        var runner = new BatchRunner(plan, _folder.File("many"), BatchRunnerTests.Work);
        runner.Run([0, 19]);

        var edited = new BatchRunner(BatchPlan.FromRows("many", ["index", "exposure"], Rows("-1.5"), masterSeed: 5), runner.Directory.Root, BatchRunnerTests.Work);
        Assert.Contains("(task 000019: index = -2.0 there, -1.5 now)", Assert.Throws<InvalidDataException>(() => edited.CheckDoneFolders()).Message, StringComparison.Ordinal);
        runner.CheckDoneFolders();
    }

    [Fact]
    public void The_status_and_the_merge_name_the_done_tasks_whose_fit_is_not_valid()
    {
        var runner = Ran();
        var record = InTask(runner, 2, BatchDirectory.DoneRecord);
        File.WriteAllText(record, File.ReadAllText(record).Replace("\"valid\": true", "\"valid\": false", StringComparison.Ordinal));

        Assert.Equal([2], BatchStatus.Scan(runner.Directory.Root).NotValid);
        var report = BatchMerger.Merge(runner.Directory.Root);
        Assert.Equal([2], report.Status.NotValid);
        Assert.Equal([0, 1, 2, 4], report.Status.Done);
    }
}
