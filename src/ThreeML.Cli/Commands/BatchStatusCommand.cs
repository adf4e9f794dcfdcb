using ThreeML.Batch;
using System.CommandLine;
using System.Text.Json.Nodes;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml batch status DIR [--resubmit-missing]</c>.</summary>
internal static class BatchStatusCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The batch output folder." };
        var resubmit = new Option<bool>("--resubmit-missing") { Description = "Submit the missing, failed and damaged tasks again with DIR/batch.sbatch." };
        var command = new Command("status", "Count the done, failed, missing and damaged tasks of a batch (and which they are).");
        command.Arguments.Add(dir);
        command.Options.Add(resubmit);
        CommandAction.Set(command, context, (parse, output) =>
        {
            var root = BatchMergeCommand.Existing(parse.GetValue(dir)!);
            var s = BatchStatus.Scan(root);
            output.Line($"{s.Count} tasks: {s.Done.Count} done, {s.Failed.Count} failed, {s.Missing.Count} missing"
                + (s.Damaged.Count > 0 ? $", {s.Damaged.Count} damaged" : ""));
            var folder = new BatchDirectory(root);
            ListProblems(output, s, i => folder.DamageOf(i));
            var doc = ToJson(s);
            var redo = s.ToRedo;
            if (parse.GetValue(resubmit) && redo.Count > 0)
            {
                var script = Path.Combine(Path.GetFullPath(root), SlurmScript.FileName);
                if (!File.Exists(script))
                {
                    throw new CliException($"'{script}' does not exist; write it with 'threeml batch slurm MANIFEST --out {root}'.");
                }

                var array = BatchStatus.Ranges(SlurmScript.ElementsFor(script, redo)) + MaxConcurrent(script);
                var job = SlurmScript.Submit(script, array);
                output.Line($"submitted job {job} (array {array})");
                doc["job"] = job;
                doc["array"] = array;
            }

            output.Document(doc);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static void ListProblems(CommandOutput output, BatchStatus s, Func<int, string?> damage)
    {
        if (s.Failed.Count > 0)
        {
            output.Line($"failed: {BatchStatus.Ranges(s.Failed)}");
        }

        if (s.Missing.Count > 0)
        {
            output.Line($"missing: {BatchStatus.Ranges(s.Missing)}");
        }

        if (s.NotValid.Count > 0)
        {
            output.Line($"not valid: {BatchStatus.Ranges(s.NotValid)} (done, but the fit did not converge: see the summary's message)");
        }

        if (s.Damaged.Count > 0)
        {
            // A folder changed after it was published: say how, and what redoes it.
            output.Line($"damaged: {BatchStatus.Ranges(s.Damaged)}");
            foreach (var i in s.Damaged)
            {
                output.Line($"  task {i:D6}: {damage(i)}");
            }
        }
    }

    internal static JsonObject ToJson(BatchStatus s) => new()
    {
        ["not_valid"] = new JsonArray([.. s.NotValid.Select(i => (JsonNode)i)]),
        ["count"] = s.Count,
        ["done"] = new JsonArray([.. s.Done.Select(i => (JsonNode)i)]),
        ["failed"] = new JsonArray([.. s.Failed.Select(i => (JsonNode)i)]),
        ["missing"] = new JsonArray([.. s.Missing.Select(i => (JsonNode)i)]),
        ["damaged"] = new JsonArray([.. s.Damaged.Select(i => (JsonNode)i)]),
    };

    // The script's own %K limit applies to a resubmission too.
    private static string MaxConcurrent(string script)
    {
        var line = File.ReadLines(script).FirstOrDefault(l => l.StartsWith("#SBATCH --array=", StringComparison.Ordinal));
        var percent = line?.IndexOf('%', StringComparison.Ordinal) ?? -1;
        return percent >= 0 ? line![percent..] : "";
    }
}
