using System.Text.RegularExpressions;
using ThreeML.Batch;
using ThreeML.Cli.Analysis;
using ThreeML.Ogip;

namespace ThreeML.Cli.Batch;

/// <summary>A validated batch manifest: an analysis template and the tasks that fill it, or a list of analysis files
/// (see docs/batch.md).</summary>
/// <remarks>Relative paths in the manifest, in the template and in the analysis files resolve against the manifest's
/// folder, so a task runs the same wherever the scheduler starts it.</remarks>
public sealed partial class BatchManifest
{
    internal BatchManifest(string path, string? templateText, string? templatePath, int templateLine, long? masterSeed,
        IReadOnlyList<string> variableNames, IReadOnlyList<BatchTask> tasks)
    {
        Path = path;
        TemplateText = templateText;
        TemplatePath = templatePath;
        TemplateLine = templateLine;
        MasterSeed = masterSeed;
        VariableNames = variableNames;
        Tasks = tasks;
    }

    /// <summary>The manifest file (full path).</summary>
    public string Path { get; }

    /// <summary>The folder relative paths resolve against: the manifest's.</summary>
    public string BaseDirectory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The master seed, or null when each analysis keeps its own seed.</summary>
    public long? MasterSeed { get; }

    /// <summary>The template variables, in manifest order (without the built-in <c>task</c> and <c>seed</c>).</summary>
    public IReadOnlyList<string> VariableNames { get; }

    /// <summary>The tasks, numbered 0 ... Count − 1.</summary>
    public IReadOnlyList<BatchTask> Tasks { get; }

    /// <summary>The tasks as a <see cref="BatchPlan"/> for <see cref="BatchRunner"/> (source: the manifest's path).</summary>
    public BatchPlan Plan => new(Path, MasterSeed, VariableNames, Tasks);

    internal string? TemplateText { get; }

    internal string? TemplatePath { get; }

    // Line of the template's first line in the manifest (inline template), or 0 for a template file.
    internal int TemplateLine { get; }

    /// <summary>Reads and checks a manifest.</summary>
    /// <exception cref="BatchManifestException">Every problem found, each with its line.</exception>
    /// <exception cref="FileNotFoundException">The manifest does not exist.</exception>
    public static BatchManifest Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path)
            ? BatchManifestReader.Parse(File.ReadAllText(path), System.IO.Path.GetFullPath(path))
            : throw new FileNotFoundException($"no such batch manifest: '{path}'.", path);
    }

    /// <summary>Parses manifest text as if it were the file <paramref name="path"/> (for messages and relative paths).</summary>
    /// <exception cref="BatchManifestException">Every problem found, each with its line.</exception>
    public static BatchManifest Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return BatchManifestReader.Parse(text, System.IO.Path.GetFullPath(path));
    }

    /// <summary>The analysis-file text of a task: the template with <c>{{name}}</c> replaced by the task's values (and
    /// <c>{{task}}</c>, <c>{{seed}}</c>), or the listed analysis file's text. Lines keep their numbers.</summary>
    public string RenderAnalysis(BatchTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.AnalysisPath is not null)
        {
            return File.ReadAllText(task.AnalysisPath);
        }

        return Placeholder().Replace(TemplateText!, m => Value(task, m.Groups[1].Value));
    }

    /// <summary>Reads and checks a task's analysis; with a master seed the task's seed replaces <c>analysis.seed</c>.</summary>
    /// <param name="task">The task.</param>
    /// <param name="files">Table models already read by other tasks (those the model names), or null to read them.</param>
    /// <exception cref="AnalysisFileException">The filled analysis has problems (lines of the template or the file).</exception>
    public AnalysisFile LoadAnalysis(BatchTask task, OgipFileCache? files = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var source = task.AnalysisPath ?? TemplatePath ?? Path;
        var text = RenderAnalysis(task);
        AnalysisFile file;
        try
        {
            file = AnalysisFileReader.Parse(text, source, BaseDirectory, files is null ? null : files.LoadTable);
        }
        catch (AnalysisFileException e) when (TemplateLine > 0 && task.AnalysisPath is null)
        {
            // An inline template: report lines of the manifest, where the user edits the template.
            throw new AnalysisFileException([.. e.Problems.Select(p => p with { Line = p.Line > 0 ? p.Line + TemplateLine - 1 : 0 })]);
        }

        if (file.TimeResolved is not null)
        {
            // A task's results file holds one analysis, which merge gathers into the batch's SEQUENCE.
            throw new AnalysisFileException([new AnalysisProblem(System.IO.Path.GetFileName(source), file.TimeResolved.Line,
                "a batch task runs one analysis; a time_resolved file runs with 'threeml fit', or make each interval a task (active_intervals: \"{{interval}}\").")]);
        }

        return task.Seed is { } seed ? file with { Analysis = file.Analysis with { Seed = seed } } : file;
    }

    internal static string Value(BatchTask task, string name) => name switch
    {
        "task" => task.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "seed" => (task.Seed ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => task[name],
    };

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    internal static partial Regex Placeholder();
}
