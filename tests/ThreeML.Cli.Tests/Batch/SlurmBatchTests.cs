using System.Diagnostics;
using ThreeML.Batch;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Tests.Support;
using ThreeML.Results;
using ThreeML.Results.Persistence;
using Xunit.Abstractions;

namespace ThreeML.Cli.Tests.Batch;

/// <summary>Runs a batch as a real Slurm job array (the single-node cluster of scripts/slurm) and checks it against a
/// local run, bit for bit, including a task cancelled while it runs and completed by resubmission.</summary>
public class SlurmBatchTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [RequiresSlurmFact]
    public void A_job_array_merges_to_the_local_results_and_a_cancelled_task_is_resubmitted_alone()
    {
        using var temp = new TempFolder();
        var manifestPath = BatchTestData.Write(temp.Path);
        AnalysisBatch.CreateRunner(BatchManifest.Read(manifestPath), temp.File("local")).Run();
        BatchMerger.Merge(temp.File("local"));

        var outDir = temp.File("slurm");
        var submit = Threeml.Run("batch", "slurm", manifestPath, "--out", outDir, "--max-concurrent", "2", "--time", "00:05:00", "--mem", "500M", "--submit", "--json");
        Assert.True(submit.ExitCode == 0, submit.ToString());
        string job;
        using (var doc = submit.Json())
        {
            job = doc.RootElement.GetProperty("job").GetString()!;
        }

        Assert.Contains("#SBATCH --array=0-11%2", File.ReadAllText(Path.Combine(outDir, SlurmScript.FileName)), StringComparison.Ordinal);
        var cancelled = CancelFirstRunningTask(job);
        log.WriteLine($"job {job}: cancelled element {cancelled ?? "(none caught running)"}");
        WaitFor(job);

        var status = BatchStatus.Scan(outDir);
        Assert.Empty(status.Failed);
        log.WriteLine($"after the array: done {BatchStatus.Ranges(status.Done)}, missing {BatchStatus.Ranges(status.Missing)}");
        Assert.True(status.Missing.Count <= 1, $"only the cancelled task may be missing, not {BatchStatus.Ranges(status.Missing)}");
        if (status.Missing.Count == 1)
        {
            Assert.Equal($"{job}_{status.Missing[0]}", cancelled);
            var before = status.Done.ToDictionary(i => i, i => File.ReadAllText(Record(outDir, i)));
            var resubmit = Threeml.Run("batch", "status", outDir, "--resubmit-missing", "--json");
            Assert.True(resubmit.ExitCode == 0, resubmit.ToString());
            using var doc = resubmit.Json();
            Assert.Equal($"{status.Missing[0]}%2", doc.RootElement.GetProperty("array").GetString());
            WaitFor(doc.RootElement.GetProperty("job").GetString()!);
            Assert.All(before, r => Assert.Equal(r.Value, File.ReadAllText(Record(outDir, r.Key))));
        }

        var merge = Threeml.Run("batch", "merge", outDir);
        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal(File.ReadAllText(temp.File("local/summary.csv")), File.ReadAllText(Path.Combine(outDir, "summary.csv")));
        var local = AnalysisResultsSet.Read(temp.File("local/results.fits"));
        var cluster = AnalysisResultsSet.Read(Path.Combine(outDir, "results.fits"));
        Assert.Equal(local.Sequence.Columns, cluster.Sequence.Columns);
        for (var i = 0; i < local.Count; i++)
        {
            Assert.Equal(local[i].BestFit, cluster[i].BestFit);
            Assert.Equal(local[i].GetVariates(local[i].FreeParameterPaths[0]).ToArray(), cluster[i].GetVariates(cluster[i].FreeParameterPaths[0]).ToArray());
        }
    }

    private static string Record(string outDir, int i) => Path.Combine(outDir, "tasks", $"{i:D6}", BatchDirectory.DoneRecord);

    // Cancels the first array element seen running, mid-way through its fit; null when none was caught running.
    private static string? CancelFirstRunningTask(string job)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            var running = Slurm("squeue", "-h", "-j", job, "-t", "R", "-o", "%i").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (running.Length > 0)
            {
                Slurm("scancel", running[0].Trim());
                return running[0].Trim();
            }

            if (Slurm("squeue", "-h", "-j", job, "-o", "%i").Trim().Length == 0)
            {
                return null;
            }

            Thread.Sleep(25);
        }

        return null;
    }

    private static void WaitFor(string job)
    {
        var clock = Stopwatch.StartNew();
        while (Slurm("squeue", "-h", "-j", job, "-o", "%i").Trim().Length > 0)
        {
            Assert.True(clock.Elapsed < Patience, $"Slurm job {job} still queued after {Patience.TotalSeconds} s.");
            Thread.Sleep(100);
        }
    }

    private static string Slurm(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        // squeue on a job that has left the queue says "Invalid job id specified": the job is over.
        return p.ExitCode == 0 || stderr.Contains("Invalid job id", StringComparison.Ordinal) ? stdout.Result : throw new InvalidOperationException($"{command} failed: {stderr}");
    }
}
