using ThreeML.Batch;
using System.CommandLine;
using System.Text.Json.Nodes;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml batch merge DIR [--results FILE] [--summary FILE]</c>.</summary>
internal static class BatchMergeCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "The batch output folder." };
        var results = new Option<string?>("--results") { Description = "The merged results file (default DIR/results.fits)." };
        var summary = new Option<string?>("--summary") { Description = "The summary table (default DIR/summary.csv)." };
        var command = new Command("merge", "Merge the completed tasks into one results set and a summary table; lists failed, missing and damaged tasks.");
        command.Arguments.Add(dir);
        command.Options.Add(results);
        command.Options.Add(summary);
        CommandAction.Set(command, context, (parse, output) =>
        {
            var report = BatchMerger.Merge(Existing(parse.GetValue(dir)!), parse.GetValue(results), parse.GetValue(summary));
            var s = report.Status;
            output.Line($"merged {s.Done.Count} of {s.Count} tasks");
            BatchStatusCommand.ListProblems(output, s, i => report.Damage.GetValueOrDefault(i));
            output.Line(report.ResultsFile is null ? "no task is done: no results file written" : $"wrote {report.ResultsFile}");
            output.Line($"wrote {report.SummaryFile}");
            var doc = BatchStatusCommand.ToJson(s);
            doc["results"] = report.ResultsFile;
            doc["summary"] = report.SummaryFile;
            output.Document(doc);
            // Every task merged and every fit valid: anything less is said by the exit code too.
            return s.Done.Count == s.Count && s.NotValid.Count == 0 ? ExitCodes.Success : ExitCodes.AnalysisFailure;
        });
        return command;
    }

    internal static string Existing(string dir) => Directory.Exists(dir) ? dir : throw new CliException($"no such folder: '{dir}'.");
}
