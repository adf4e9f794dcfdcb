using ThreeML.Batch;
using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml batch run MANIFEST --out DIR [--index N | --shard i/n] [--threads K]</c>.</summary>
internal static class BatchRunCommand
{
    public static Command Create(CliContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "The batch manifest (YAML; see docs/batch.md)." };
        var outDir = new Option<string>("--out", "-o") { Description = "The output folder (tasks/NNNNNN/ per task).", Required = true };
        var index = new Option<int?>("--index") { Description = "Run only this task (default: $SLURM_ARRAY_TASK_ID when set, else all)." };
        var shard = new Option<string?>("--shard") { Description = "Run every n-th task starting at the i-th: i/n, 0 <= i < n." };
        var threads = new Option<int?>("--threads") { Description = "Tasks at once (default: two per core; results do not depend on it)." };
        var command = new Command("run", "Run the tasks of a batch manifest; completed tasks are skipped.");
        command.Arguments.Add(manifest);
        command.Options.Add(outDir);
        command.Options.Add(index);
        command.Options.Add(shard);
        command.Options.Add(threads);
        CommandAction.Set(command, context, (parse, output) =>
            Run(parse.GetValue(manifest)!, parse.GetValue(outDir)!, parse.GetValue(index), parse.GetValue(shard), parse.GetValue(threads), output, context.Error));
        return command;
    }

    private static int Run(string path, string outDir, int? index, string? shard, int? threads, CommandOutput output, TextWriter error)
    {
        var manifest = BatchManifest.Read(path);
        if (index is not null && shard is not null)
        {
            throw new CliException("--index and --shard exclude each other: give one.");
        }

        if (threads is <= 0)
        {
            throw new CliException($"--threads must be positive (the tasks run at once), not {threads}.");
        }

        index ??= shard is null ? ArrayTaskId() : null;
        var runner = AnalysisBatch.CreateRunner(manifest, outDir, threads);
        IEnumerable<int>? selection = index is { } i ? [CheckIndex(i, manifest)] : shard is null ? null : ParseShard(shard, runner);
        var gate = new object();
        var progress = new SyncProgress(o =>
        {
            lock (gate)
            {
                output.Line(Describe(o));
            }
        });
        var outcomes = runner.Run(selection, progress);
        var failed = outcomes.Where(o => o.State == BatchTaskState.Failed).ToList();
        var skipped = outcomes.Count(o => o.Skipped);
        // Fits that did not converge, this run's or earlier ones': done, but their results are not valid (as 'threeml fit'
        // exits with 1 for one).
        var notValid = outcomes.Where(o => o.State == BatchTaskState.Done && o.Record is { Valid: false }).ToList();
        var invalid = notValid.Count > 0 ? $"; {notValid.Count} not valid ({BatchStatus.Ranges(notValid.Select(o => o.Index))})" : "";
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count - failed.Count - skipped} done, {failed.Count} failed, {skipped} skipped (already complete){invalid} in {runner.Directory.Root}"));
        output.Document(new JsonObject
        {
            ["out"] = runner.Directory.Root,
            ["done"] = new JsonArray([.. outcomes.Where(o => o.State == BatchTaskState.Done && !o.Skipped).Select(o => (JsonNode)o.Index)]),
            ["skipped"] = new JsonArray([.. outcomes.Where(o => o.Skipped).Select(o => (JsonNode)o.Index)]),
            ["failed"] = new JsonArray([.. failed.Select(o => (JsonNode)o.Index)]),
            ["not_valid"] = new JsonArray([.. notValid.Select(o => (JsonNode)o.Index)]),
        });
        foreach (var f in failed)
        {
            error.WriteLine($"threeml: task {f.Index:D6} failed (exit {f.Record?.ExitStatus}): {f.Record?.Message}");
        }

        foreach (var n in notValid)
        {
            error.WriteLine($"threeml: task {n.Index:D6}: the fit is NOT VALID: {n.Record?.Message}");
        }

        return failed.Count == 0 && notValid.Count == 0 ? ExitCodes.Success : ExitCodes.AnalysisFailure;
    }

    private static string Describe(BatchTaskOutcome o)
    {
        var r = o.Record;
        var what = o.Skipped ? "already complete, skipped"
            : o.State == BatchTaskState.Failed ? $"failed: {r?.Message}"
            : r is { Valid: false } ? $"done, NOT VALID ({r.Message})" : "done";
        var time = o.Skipped || r is null ? "" : $" ({Duration(r.AnalysisSeconds)} fit, {Duration(r.TotalSeconds)} total)";
        return $"task {o.Index:D6}: {what}{time}";
    }

    // A GBM fit takes milliseconds: "0.00 s" would say nothing.
    private static string Duration(double seconds) => seconds < 1
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:F1} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds:F2} s");

    private static int? ArrayTaskId()
    {
        var text = Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID");
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw new CliException($"SLURM_ARRAY_TASK_ID is '{text}', not a task number.");
    }

    private static int CheckIndex(int i, BatchManifest manifest) => i >= 0 && i < manifest.Tasks.Count
        ? i
        : throw new CliException($"--index {i}: the manifest has tasks 0 to {manifest.Tasks.Count - 1}.");

    private static IEnumerable<int> ParseShard(string text, BatchRunner runner)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && i < n)
        {
            return runner.Shard(i, n);
        }

        throw new CliException($"--shard '{text}': expected i/n with 0 <= i < n, e.g. 0/4.");
    }

    // Progress<T> posts to the thread pool and may run after Run returns; lines must be written before the summary.
    private sealed class SyncProgress(Action<BatchTaskOutcome> report) : IProgress<BatchTaskOutcome>
    {
        public void Report(BatchTaskOutcome value) => report(value);
    }
}
