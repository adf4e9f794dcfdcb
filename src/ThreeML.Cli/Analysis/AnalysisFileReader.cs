using Astromodels.Serialization;
using Astromodels;
using ThreeML.TableModels;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

/// <summary>Reads and validates a declarative analysis file (YAML), reporting every problem with its line.</summary>
public static partial class AnalysisFileReader
{
    private static readonly string[] TopKeys = ["base_dir", "data", "model", "analysis", "outputs", TimeResolvedKey];
    private static readonly string[] ModelKeys = ["file", "yaml", "assign"];

    /// <summary>Reads <paramref name="path"/>. Relative paths inside resolve against the working directory, or against
    /// <c>base_dir</c> (itself relative to the analysis file) when given.</summary>
    /// <exception cref="AnalysisFileException">Every problem found, each with its line.</exception>
    /// <exception cref="FileNotFoundException">The analysis file does not exist.</exception>
    public static AnalysisFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no such analysis file: '{path}'.", path);
        }

        return Parse(File.ReadAllText(path), path, Directory.GetCurrentDirectory());
    }

    /// <summary>Parses analysis-file text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="path">The file the text came from (for messages and base_dir).</param>
    /// <param name="workingDirectory">Where relative paths resolve without base_dir.</param>
    /// <param name="tables">Loads the XSPEC table models the model names (a batch's <see cref="ThreeML.Ogip.OgipFileCache.LoadTable"/>,
    /// which reads each table once); null for <see cref="XspecTableModel.Load(string, string)"/>.</param>
    /// <exception cref="AnalysisFileException">Every problem found, each with its line.</exception>
    public static AnalysisFile Parse(string text, string path, string workingDirectory, TableFunctionLoader? tables = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = System.IO.Path.GetFileName(path);
        var ctx = new YamlReadContext(label, workingDirectory);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new AnalysisFileException([new AnalysisProblem(label, (int)e.Start.Line, "not valid YAML: " + Innermost(e))]);
        }

        if (stream.Documents.Count == 0)
        {
            throw new AnalysisFileException([new AnalysisProblem(label, 0, "the file is empty; it needs data, model and analysis sections.")]);
        }

        var top = ctx.Mapping(stream.Documents[0].RootNode, "the analysis file", TopKeys);
        if (ctx.String(top, "base_dir", "the analysis file") is { } baseDir)
        {
            var fileDir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? workingDirectory;
            ctx.BaseDirectory = System.IO.Path.GetFullPath(System.IO.Path.Combine(fileDir, baseDir));
        }

        foreach (var required in new[] { "data", "model" })
        {
            if (!top.ContainsKey(required))
            {
                ctx.Problem(0, $"the '{required}' section is missing.");
            }
        }

        var timeResolvedNode = top.GetValueOrDefault(TimeResolvedKey);
        var data = top.TryGetValue("data", out var d) ? ReadData(ctx, d, timeResolvedNode is not null) : [];
        var (model, assignments) = top.TryGetValue("model", out var m) ? ReadModel(ctx, m, data, tables ?? XspecTableModel.Load) : (null, new Dictionary<string, string>());
        var analysis = ReadAnalysis(ctx, top.GetValueOrDefault("analysis"), model);
        var outputs = ReadOutputs(ctx, top.GetValueOrDefault("outputs"), model, [.. data.Select(e => e.Name)],
            timeResolvedNode is null ? OutputSettings.PlotNames : TimeResolvedSettings.PlotNames);
        var timeResolved = ReadTimeResolved(ctx, timeResolvedNode, data, analysis);
        if (ctx.Problems.Count > 0 || model is null)
        {
            throw new AnalysisFileException([.. ctx.Problems.OrderBy(p => p.Line)]);
        }

        return new AnalysisFile(path, data, model, assignments, analysis, outputs) { TimeResolved = timeResolved };
    }

    private static (Model?, Dictionary<string, string>) ReadModel(YamlReadContext ctx, YamlNode node, IReadOnlyList<DataEntry> data, TableFunctionLoader tables)
    {
        var map = ctx.Mapping(node, "model", ModelKeys);
        var assignments = new Dictionary<string, string>(StringComparer.Ordinal);
        Model? model = null;
        if (map.ContainsKey("file") == map.ContainsKey("yaml"))
        {
            ctx.Problem(node, "model needs exactly one of 'file' (an astromodels YAML file) or 'yaml' (the model inline).");
        }
        else if (map.ContainsKey("file"))
        {
            var file = ctx.ExistingFile(map, "file", "model");
            model = file is null || !File.Exists(file) ? null : LoadModel(ctx, map["file"], () => Model.Load(file, tables), 0);
        }
        else if (map["yaml"] is YamlScalarNode { Value: { } inline } scalar)
        {
            // A block scalar's text starts on the line after its indicator; model errors are mapped back to file lines.
            model = LoadModel(ctx, scalar, () => Model.FromYaml(inline, tables), YamlReadContext.LineOf(scalar));
        }
        else
        {
            ctx.Problem(map["yaml"], "model.yaml must be the model's YAML text as a block (yaml: |).");
        }

        var assign = map.TryGetValue("assign", out var a) ? ctx.Mapping(a, "model.assign", [.. data.Select(x => x.Name)]) : [];
        foreach (var (dataName, sourceNode) in assign)
        {
            var source = (sourceNode as YamlScalarNode)?.Value ?? "";
            if (model is not null && !model.Sources.ContainsKey(source))
            {
                ctx.Problem(sourceNode, $"model.assign.{dataName}: the model has no source '{source}'{Infrastructure.Suggestions.DidYouMean(source, model.Sources.Keys)}.");
            }

            assignments[dataName] = source;
        }

        return (model, assignments);
    }

    private static Model? LoadModel(YamlReadContext ctx, YamlNode node, Func<Model> load, int lineOffset)
    {
        try
        {
            return load();
        }
        catch (ModelFileException e)
        {
            var line = lineOffset > 0 && e.Line is int l and > 0 ? lineOffset + l : YamlReadContext.LineOf(node);
            ctx.Problem(line, "model: " + e.Message.Split('\n')[0]);
        }
        catch (Exception e) when (e is ArgumentException or IOException or YamlException or InvalidOperationException)
        {
            ctx.Problem(node, "model: " + e.Message.Split('\n')[0]);
        }

        return null;
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e.Message;
    }
}
