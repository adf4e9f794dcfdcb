using System.Diagnostics;
using System.Globalization;
using Astromodels;
using Astromodels.Functions;
using Astromodels.Serialization;
using ThreeML.Batch;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Tests.Support;
using ThreeML.Ogip;
using ThreeML.Results;
using ThreeML.Results.Persistence;
using ThreeML.TableModels;

namespace ThreeML.Cli.Tests.Batch;

public class BatchRunnerTests
{
    [RequiresSharedDataFact]
    public void Shards_and_single_tasks_give_the_same_results_as_one_run_and_reruns_skip_completed_tasks()
    {
        using var temp = new TempFolder();
        var manifest = BatchManifest.Read(BatchTestData.Write(temp.Path));
        var all = AnalysisBatch.CreateRunner(manifest, temp.File("all")).Run();
        Assert.All(all, o => Assert.Equal(BatchTaskState.Done, o.State));
        Assert.All(all, o => Assert.True(o.Record!.Valid, $"task {o.Index}: {o.Record.Message}"));

        var sharded = AnalysisBatch.CreateRunner(manifest, temp.File("sharded"), threads: 1);
        sharded.Run(sharded.Shard(1, 3));
        Assert.Equal([1, 4, 7, 10], BatchStatus.Scan(temp.File("sharded")).Done);
        foreach (var shard in new[] { 0, 2 })
        {
            sharded.Run(sharded.Shard(shard, 3));
        }

        var again = sharded.Run();
        Assert.All(again, o => Assert.True(o.Skipped));
        BatchMerger.Merge(temp.File("all"));
        BatchMerger.Merge(temp.File("sharded"));
        Assert.Equal(File.ReadAllText(temp.File("all/summary.csv")), File.ReadAllText(temp.File("sharded/summary.csv")));

        var set = AnalysisResultsSet.Read(temp.File("all/results.fits"));
        Assert.Equal(BatchTestData.TaskCount, set.Count);
        Assert.Equal(BatchMerger.SequenceName, set.Sequence.Name);
        Assert.Equal(manifest.Tasks.Select(t => (double)t.Seed!), set.Sequence["SEED"].Values);
        var single = AnalysisResults.Read(temp.File("all/tasks/000004/results.fits"));
        Assert.Equal(single.BestFit, set[4].BestFit);
        Assert.Equal(["results.fits", "analysis.yml", "parameters.csv", "flux.csv"], all[4].Record!.Outputs);
    }

    [RequiresSharedDataFact]
    public void Tasks_that_share_their_files_give_the_results_of_tasks_that_read_them_alone()
    {
        using var temp = new TempFolder();
        var manifest = BatchManifest.Read(BatchTestData.Write(temp.Path));
        // One runner, one task at a time: the cut-off power law of each GBM detector (tasks 1, 3, 5) takes the spectra
        // and the response the power law before it (tasks 0, 2, 4) read; alone, each task reads them itself.
        var shared = AnalysisBatch.CreateRunner(manifest, temp.File("shared"), threads: 1).Run([0, 1, 2, 3, 4, 5]);
        Assert.All(shared, o => Assert.Equal(BatchTaskState.Done, o.State));
        foreach (var i in new[] { 1, 3, 5 })
        {
            AnalysisBatch.CreateRunner(manifest, temp.File($"alone{i}"), threads: 1).Run([i]);
            var task = $"tasks/{i:D6}";
            Assert.Equal(AnalysisResults.Read(temp.File($"shared/{task}/results.fits")).BestFit, AnalysisResults.Read(temp.File($"alone{i}/{task}/results.fits")).BestFit);
            foreach (var table in new[] { "parameters.csv", "flux.csv" })
            {
                Assert.Equal(File.ReadAllText(temp.File($"shared/{task}/{table}")), File.ReadAllText(temp.File($"alone{i}/{task}/{table}")));
            }
        }
    }

    [RequiresSharedDataFact]
    public void The_command_reports_each_task_with_its_times_in_readable_units()
    {
        using var temp = new TempFolder();
        var path = BatchTestData.Write(temp.Path);
        var run = Threeml.Run("batch", "run", path, "--out", temp.File("out"), "--index", "0");
        Assert.True(run.ExitCode == 0, run.ToString());
        // A GBM fit takes milliseconds: "0.00 s" said nothing.
        Assert.Matches(@"^task 000000: done \((\d+\.\d ms|\d+\.\d\d s) fit, (\d+\.\d ms|\d+\.\d\d s) total\)$", run.Stdout.Split('\n')[0].TrimEnd());

        var again = Threeml.Run("batch", "run", path, "--out", temp.File("out"), "--index", "0");
        Assert.Equal("task 000000: already complete, skipped", again.Stdout.Split('\n')[0].TrimEnd());
    }

    // The test batch written into the folder and the given tasks run into its "out"; returns the manifest and "out".
    private static (string Manifest, string OutDir) Ran(TempFolder temp, params int[] tasks)
    {
        var path = BatchTestData.Write(temp.Path);
        var outDir = temp.File("out");
        AnalysisBatch.CreateRunner(BatchManifest.Read(path), outDir).Run(tasks);
        return (path, outDir);
    }

    [RequiresSharedDataFact]
    public void A_damaged_task_folder_is_listed_with_why_and_done_again_by_the_next_run()
    {
        using var temp = new TempFolder();
        var (path, outDir) = Ran(temp, 6, 7);
        var record = Path.Combine(outDir, "tasks", "000006", BatchDirectory.DoneRecord);
        File.WriteAllText(record, "{ broken");

        var status = Threeml.Run("batch", "status", outDir);
        Assert.Equal(0, status.ExitCode);
        var lines = status.Stdout.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Equal("12 tasks: 1 done, 0 failed, 10 missing, 1 damaged", lines[0]);
        Assert.Contains("damaged: 6", lines);
        Assert.Contains(lines, l => l.StartsWith($"  task 000006: {record}: not a task record (", StringComparison.Ordinal) && l.EndsWith(" The next run does the task again.", StringComparison.Ordinal));

        var merge = Threeml.Run("batch", "merge", outDir);
        Assert.Equal(1, merge.ExitCode);
        Assert.Contains("merged 1 of 12 tasks", merge.Stdout, StringComparison.Ordinal);
        Assert.Contains("damaged: 6", merge.Stdout, StringComparison.Ordinal);

        var rerun = Threeml.Run("batch", "run", path, "--out", outDir, "--index", "6");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.StartsWith("task 000006: done (", rerun.Stdout, StringComparison.Ordinal);
        Assert.Equal([6, 7], BatchStatus.Scan(outDir).Done);
    }

    [RequiresSharedDataFact]
    public void A_manifest_edited_under_done_tasks_is_refused_rather_than_its_rows_given_the_old_results()
    {
        using var temp = new TempFolder();
        var (path, outDir) = Ran(temp, 6);
        File.WriteAllText(path, File.ReadAllText(path).Replace("sel: \"10-1000\", model: sim1/model.yml", "sel: \"20-1000\", model: sim1/model.yml", StringComparison.Ordinal));

        foreach (var run in new[] { Threeml.Run("batch", "run", path, "--out", outDir), Threeml.Run("batch", "run", path, "--out", outDir, "--index", "6") })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"threeml: '{outDir}' holds the results of another manifest (task 000006: sel = 10-1000 there, 20-1000 now). "
                + "Write this manifest's results to another folder, or delete those task folders to run the tasks again.", run.Stderr.Trim());
        }

        Assert.Equal([6], BatchStatus.Scan(outDir).Done);

        var slurm = Threeml.Run("batch", "slurm", path, "--out", outDir);
        Assert.Equal(2, slurm.ExitCode);
        Assert.StartsWith($"threeml: '{outDir}' holds the results of another manifest (task 000006: sel = 10-1000 there", slurm.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, SlurmScript.FileName)));

        // The rows as they were, but the template edited: the filled analysis file tells.
        File.WriteAllText(path, File.ReadAllText(path).Replace("sel: \"20-1000\", model: sim1/model.yml", "sel: \"10-1000\", model: sim1/model.yml", StringComparison.Ordinal));
        var template = temp.File("template.yml");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{samples: 300}", "{samples: 500}", StringComparison.Ordinal));
        var edited = Threeml.Run("batch", "run", path, "--out", outDir, "--index", "6");
        Assert.Equal(2, edited.ExitCode);
        Assert.Equal($"threeml: '{outDir}' holds the results of another manifest (task 000006: analysis.yml line 11: 'options: {{samples: 300}}' there, "
            + "'options: {samples: 500}' now). Write this manifest's results to another folder, or delete those task folders to run the tasks again.", edited.Stderr.Trim());
        File.WriteAllText(template, File.ReadAllText(template).Replace("{samples: 500}", "{samples: 300}", StringComparison.Ordinal));
        Assert.Equal("task 000006: already complete, skipped", Threeml.Run("batch", "run", path, "--out", outDir, "--index", "6").Stdout.Split('\n')[0].TrimEnd());
    }

    [RequiresSharedDataFact]
    public void Fits_that_are_not_valid_are_said_by_run_status_and_merge_and_by_their_exit_codes()
    {
        using var temp = new TempFolder();
        var (path, outDir) = Ran(temp, 6, 7);
        // Task 7's record as a fit that did not converge writes it.
        var record = Path.Combine(outDir, "tasks", "000007", BatchDirectory.DoneRecord);
        File.WriteAllText(record, File.ReadAllText(record).Replace("\"valid\": true", "\"valid\": false", StringComparison.Ordinal)
            .Replace("\"message\": null", "\"message\": \"the minimizer stopped at its call limit\"", StringComparison.Ordinal));

        var run = Threeml.Run("batch", "run", path, "--out", outDir, "--index", "7");
        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith($"0 done, 0 failed, 1 skipped (already complete); 1 not valid (7) in {outDir}", run.Stdout.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal("threeml: task 000007: the fit is NOT VALID: the minimizer stopped at its call limit", run.Stderr.Trim());
        Assert.Equal(0, Threeml.Run("batch", "run", path, "--out", outDir, "--index", "6").ExitCode);

        var status = Threeml.Run("batch", "status", outDir);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("not valid: 7 (done, but the fit did not converge: see the summary's message)", status.Stdout, StringComparison.Ordinal);
        using (var doc = Threeml.Run("batch", "status", outDir, "--json").Json())
        {
            Assert.Equal([7], doc.RootElement.GetProperty("not_valid").EnumerateArray().Select(e => e.GetInt32()));
        }

        var merge = Threeml.Run("batch", "merge", outDir);
        Assert.Equal(1, merge.ExitCode);
        Assert.Contains("not valid: 7", merge.Stdout, StringComparison.Ordinal);
    }

    [RequiresSharedDataFact]
    public void A_failing_task_records_why_and_the_merge_lists_it_and_the_missing_ones()
    {
        using var temp = new TempFolder();
        var path = BatchTestData.Write(temp.Path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("sim3/src.pha", "sim3/nothing.pha", StringComparison.Ordinal)
            .Replace("sim3/src.rsp", "/nonexistent/src.rsp", StringComparison.Ordinal));
        var runner = AnalysisBatch.CreateRunner(BatchManifest.Read(path), temp.File("out"));
        var outcomes = runner.Run([7, 8, 9]);
        Assert.Equal([BatchTaskState.Done, BatchTaskState.Failed, BatchTaskState.Done], outcomes.Select(o => o.State));
        var failed = runner.Directory.ReadRecord(8)!;
        Assert.Equal(2, failed.ExitStatus);
        // Every problem, on one line; the path looked for only where it is not the path given.
        Assert.Equal($"template.yml line 3: det.observation: no such file 'sim3/nothing.pha' (looked for '{temp.File("sim3/nothing.pha")}'). "
            + "template.yml line 5: det.response: no such file '/nonexistent/src.rsp'.", failed.Message);
        Assert.True(File.Exists(Path.Combine(runner.Directory.TaskFolder(8), BatchDirectory.FailedRecord)));

        var report = BatchMerger.Merge(temp.File("out"));
        Assert.Equal([7, 9], report.Status.Done);
        Assert.Equal([8], report.Status.Failed);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 10, 11], report.Status.Missing);
        var rows = File.ReadAllLines(report.SummaryFile);
        Assert.Equal(BatchTestData.TaskCount + 1, rows.Length);
        Assert.StartsWith("8,failed,,", rows[9], StringComparison.Ordinal);
        Assert.StartsWith("0,missing,,", rows[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"no record: never run, still running, or killed before it finished\"", rows[1], StringComparison.Ordinal);
        Assert.Equal(2, AnalysisResultsSet.Read(report.ResultsFile!).Count);

        var cli = Threeml.Run("batch", "status", temp.File("out"));
        Assert.Contains("12 tasks: 2 done, 1 failed, 9 missing", cli.Stdout, StringComparison.Ordinal);
        Assert.Contains("missing: 0-6,10-11", cli.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_fitting_one_table_model_read_its_file_once_and_give_the_results_of_tasks_run_alone()
    {
        using var temp = new TempFolder();
        foreach (var sim in new[] { "sim1", "sim2", "sim3" })
        {
            Directory.CreateDirectory(temp.File(sim));
            SyntheticData.Write(temp.File(sim), seed: int.Parse(sim[3..], CultureInfo.InvariantCulture));
        }

        // A power-law table over the simulated spectra's energies; the model file names it relative to its own folder.
        var table = temp.File("plaw.fits");
        XspecTableWriter.Write(table, "plaw", new Powerlaw(K: 0.5, piv: 100), [TableParameter.Grid("index", [-2.4, -2.0, -1.6])],
            Enumerable.Range(0, 201).Select(i => 5.0 * Math.Pow(400, i / 200.0)).ToArray());
        var model = new Model(new PointSource("src", 10.0, 20.0, XspecTableModel.Read(table)));
        File.WriteAllText(temp.File("table.yml"), model.ToYaml().Replace(table, "plaw.fits", StringComparison.Ordinal));
        File.WriteAllText(temp.File("template.yml"), "data:\n  - name: sim\n    observation: {{sim}}/src.pha\n    selections: \"12-900\"\nmodel:\n  file: table.yml\nanalysis:\n  type: mle\n");
        File.WriteAllText(temp.File("batch.yml"), "template: template.yml\nmaster_seed: 5\ntasks:\n  product:\n    sim: [sim1, sim2, sim3]\n");
        var manifest = BatchManifest.Read(temp.File("batch.yml"));

        var files = new OgipFileCache();
        var tables = new OgipFileCache();
        var shared = new BatchRunner(manifest.Plan, temp.File("shared"), context => AnalysisBatch.Run(manifest, context, files, tables)) { MaxDegreeOfParallelism = 1 }.Run();
        Assert.All(shared, o => Assert.True(o.Record is { Completed: true, Valid: true }, $"task {o.Index}: {o.Record?.Message}"));
        Assert.Equal((1L, 2L), (tables.ReadCount, tables.ReuseCount));
        for (var i = 0; i < 3; i++)
        {
            AnalysisBatch.CreateRunner(manifest, temp.File($"alone{i}")).Run([i]);
            var task = $"tasks/{i:D6}/results.fits";
            Assert.Equal(AnalysisResults.Read(temp.File($"alone{i}/{task}")).BestFit, AnalysisResults.Read(temp.File($"shared/{task}")).BestFit);
        }
    }

    [RequiresSharedDataFact]
    public void Outputs_that_collide_with_each_other_or_with_the_task_folders_own_files_fail_the_task_before_its_fit()
    {
        using var temp = new TempFolder();
        var path = BatchTestData.Write(temp.Path);
        var template = File.ReadAllText(temp.File("template.yml"));
        foreach (var (from, to, message) in new[]
        {
            ("parameters: parameters.csv", "parameters: done.json",
                "outputs.parameters would write 'done.json', which is the task folder's own completion record; give the output another name."),
            ("parameters: parameters.csv", "parameters: analysis.yml",
                "outputs.parameters would write 'analysis.yml', which is the task folder's own filled analysis file; give the output another name."),
            ("file: flux.csv", "file: results.fits",
                "outputs.flux[0].file would write 'results.fits', which is the task folder's own results file; give the output another name."),
            ("file: flux.csv", "file: parameters.csv",
                "outputs.parameters and outputs.flux[0].file all write 'parameters.csv'; give each output its own file name."),
        })
        {
            File.WriteAllText(temp.File("template.yml"), template.Replace(from, to, StringComparison.Ordinal));
            var outDir = temp.File($"out-{to.Split(' ')[1]}");
            var runner = AnalysisBatch.CreateRunner(BatchManifest.Read(path), outDir);
            var outcome = Assert.Single(runner.Run([7]));
            Assert.Equal(BatchTaskState.Failed, outcome.State);
            var record = runner.Directory.ReadRecord(7)!;
            Assert.Equal((2, message), (record.ExitStatus, record.Message));
            // Stopped before the fit: only the filled analysis file was written.
            Assert.Equal([AnalysisBatch.AnalysisFileName], record.Outputs);
        }

        // The results file under its own name is the runner's, as in a lone task folder.
        File.WriteAllText(temp.File("template.yml"), template.Replace("parameters: parameters.csv", "parameters: parameters.csv\n  results: results.fits", StringComparison.Ordinal));
        Assert.Equal(BatchTaskState.Done, Assert.Single(AnalysisBatch.CreateRunner(BatchManifest.Read(path), temp.File("out-results")).Run([7])).State);
    }

    [RequiresSharedDataFact]
    public void A_run_killed_mid_way_restarts_with_only_the_missing_tasks()
    {
        using var temp = new TempFolder();
        const int count = 150;
        var path = BatchTestData.WriteReplicas(temp.Path, count);
        var outDir = temp.File("out");
        using (var process = Process.Start(new ProcessStartInfo(SlurmScript.ThisCommand().Trim('\''))
        {
            ArgumentList = { "batch", "run", path, "--out", outDir, "--threads", "1" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            var clock = Stopwatch.StartNew();
            while ((!File.Exists(Path.Combine(outDir, "batch.json")) || BatchStatus.Scan(outDir).Done.Count < 3) && clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                Thread.Sleep(20);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var before = BatchStatus.Scan(outDir);
        Assert.InRange(before.Done.Count, 3, count - 1);
        var records = before.Done.ToDictionary(i => i, i => File.ReadAllText(Path.Combine(outDir, "tasks", $"{i:D6}", BatchDirectory.DoneRecord)));

        var rerun = Threeml.Run("batch", "run", path, "--out", outDir, "--json");
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        using var doc = rerun.Json();
        Assert.Equal(before.Done, doc.RootElement.GetProperty("skipped").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(before.Missing.Concat(before.Failed).Order(), doc.RootElement.GetProperty("done").EnumerateArray().Select(e => e.GetInt32()));
        Assert.All(records, r => Assert.Equal(r.Value, File.ReadAllText(Path.Combine(outDir, "tasks", $"{r.Key:D6}", BatchDirectory.DoneRecord))));
        Assert.Equal(count, BatchStatus.Scan(outDir).Done.Count);
    }
}
