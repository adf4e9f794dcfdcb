using System.Diagnostics;
using ThreeML.Batch;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;
using ThreeML.Cli.Output;
using ThreeML.Ogip;

namespace ThreeML.Cli.Batch;

/// <summary>The work of a <c>threeml batch</c> task: fill the manifest's analysis template (or read the listed analysis
/// file), load the data, fit or sample, and write the tables and plots the analysis asks for, as <c>threeml fit</c>
/// does; the library's <see cref="BatchRunner"/> does the rest (folders, records, results file, parallelism).</summary>
public static class AnalysisBatch
{
    /// <summary>The name of each task's filled analysis file.</summary>
    public const string AnalysisFileName = "analysis.yml";

    /// <summary>The bound on the table models a runner keeps for its tasks, bytes (4 GiB): a table larger than the
    /// bound is read by every task again, each holding its own copy while it runs.</summary>
    public const long TableCacheBytes = 4L << 30;

    /// <summary>A runner of <paramref name="manifest"/>'s tasks writing into <paramref name="outputDirectory"/>.</summary>
    /// <param name="manifest">The checked manifest.</param>
    /// <param name="outputDirectory">The batch folder.</param>
    /// <param name="threads">Tasks at once; null for <see cref="BatchRunner.DefaultParallelism"/>.</param>
    /// <remarks>The runner's tasks share the files they parse: tasks that name the same OGIP spectra and responses
    /// (model variants, simulations) or the same XSPEC table model (a catalogue fitted with one table) read each file
    /// once (<see cref="OgipFileCache"/>). Spectra and responses are kept up to the cache's default bound; table models,
    /// few in a batch and often larger, up to <see cref="TableCacheBytes"/>.</remarks>
    public static BatchRunner CreateRunner(BatchManifest manifest, string outputDirectory, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var files = new OgipFileCache();
        var tables = new OgipFileCache(TableCacheBytes);
        return new BatchRunner(manifest.Plan, outputDirectory, context => Run(manifest, context, files, tables))
        {
            MaxDegreeOfParallelism = threads ?? BatchRunner.DefaultParallelism,
            DescribeFailure = e => (ErrorReporter.ExitCodeOf(e), Describe(e)),
            DoneFolderDifference = (task, folder) => AnalysisFileDifference(manifest, task, folder),
        };
    }

    /// <summary>The first line in which a done task's filled analysis file differs from what the manifest gives the task
    /// now (the template or a listed analysis file was edited), or null when they are the same.</summary>
    internal static string? AnalysisFileDifference(BatchManifest manifest, BatchTask task, string folder)
    {
        var file = Path.Combine(folder, AnalysisFileName);
        if (!File.Exists(file))
        {
            // Nothing to compare with (the variables and the seed were).
            return null;
        }

        var before = File.ReadAllText(file).Split('\n');
        var now = manifest.RenderAnalysis(task).Split('\n');
        for (var line = 0; line < Math.Max(before.Length, now.Length); line++)
        {
            var a = line < before.Length ? before[line].TrimEnd('\r') : null;
            var b = line < now.Length ? now[line].TrimEnd('\r') : null;
            if (a != b)
            {
                return $"{AnalysisFileName} line {line + 1}: {Shown(a)} there, {Shown(b)} now";
            }
        }

        return null;

        static string Shown(string? text) => text is null ? "no line" : $"'{text.Trim()}'";
    }

    /// <summary>Runs one task of <paramref name="manifest"/> into its staging folder.</summary>
    /// <param name="manifest">The checked manifest.</param>
    /// <param name="context">The task and its staging folder.</param>
    /// <param name="files">OGIP spectra and responses already read by other tasks, or null to read every file.</param>
    /// <param name="tables">XSPEC table models already read by other tasks, or null to read them.</param>
    /// <exception cref="AnalysisFileException">The filled analysis has problems.</exception>
    /// <exception cref="CliException">Two outputs name one file, or an output names a file of the task folder's own.</exception>
    public static BatchTaskResult Run(BatchManifest manifest, BatchTaskContext context, OgipFileCache? files = null, OgipFileCache? tables = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(context);
        var outputs = new List<string>();
        context.WriteText(AnalysisFileName, manifest.RenderAnalysis(context.Task));
        outputs.Add(AnalysisFileName);
        var analysis = manifest.LoadAnalysis(context.Task, tables);
        CheckOutputs(analysis.Outputs, context.Folder);
        var data = AnalysisDataBuilder.Build(analysis, files);
        var clock = Stopwatch.StartNew();
        var (results, _, _) = AnalysisRunner.Run(analysis, data, threads: context.MaxDegreeOfParallelism);
        var seconds = clock.Elapsed.TotalSeconds;
        var fluxes = TaskOutputs.Write(analysis, results, data, context, outputs);
        return new BatchTaskResult(results, seconds) { Outputs = outputs, Fluxes = fluxes };
    }

    // Before the fit, as `threeml fit` does: a task folder holds the runner's own files beside the outputs, and an output
    // of the same name would overwrite one or fail after the fit (the staging files are created new).
    private static void CheckOutputs(OutputSettings outputs, string folder)
    {
        var planned = OutputPlan.Planned(folder, outputs);
        OutputPlan.CheckDistinct(planned, relativeTo: folder);
        foreach (var (key, path) in planned)
        {
            var name = Path.GetRelativePath(folder, path);
            var own = name switch
            {
                AnalysisFileName => "filled analysis file",
                BatchDirectory.DoneRecord => "completion record",
                BatchDirectory.FailedRecord => "failure record",
                BatchRunner.ResultsFile when key != "outputs.results" => "results file",
                _ => null,
            };
            if (own is not null)
            {
                throw new CliException($"{key} would write '{name}', which is the task folder's own {own}; give the output another name.");
            }
        }
    }

    // One line for the record and the summary table: each problem ends with its full stop.
    private static string Describe(Exception e) => e is AnalysisFileException f
        ? string.Join(" ", f.Problems.Select(p => p.ToString()))
        : e.Message.ReplaceLineEndings(" ");
}
