using ThreeML.Batch;
using System.Globalization;
using ThreeML.Cli.Analysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Batch;

/// <summary>Reads a batch manifest, gathering every problem with its line before anything runs.</summary>
internal static partial class BatchManifestReader
{
    private static readonly string[] TopKeys = ["template", "master_seed", "tasks", "analyses"];
    private static readonly string[] TaskKeys = ["product", "rows"];
    private static readonly string[] BuiltIns = ["task", "seed"];

    public static BatchManifest Parse(string text, string path)
    {
        var label = Path.GetFileName(path);
        var directory = Path.GetDirectoryName(path)!;
        var ctx = new YamlReadContext(label, directory);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new BatchManifestException([new AnalysisProblem(label, (int)e.Start.Line, "not valid YAML: " + e.Message)]);
        }

        if (stream.Documents.Count == 0)
        {
            throw new BatchManifestException([new AnalysisProblem(label, 0, "the manifest is empty; it needs 'template' and 'tasks', or 'analyses'.")]);
        }

        var top = ctx.Mapping(stream.Documents[0].RootNode, "the batch manifest", TopKeys);
        long? masterSeed = null;
        if (top.TryGetValue("master_seed", out var seedNode))
        {
            if (seedNode is YamlScalarNode { Value: { } s } && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m))
            {
                masterSeed = m;
            }
            else
            {
                ctx.Problem(seedNode, $"master_seed must be an integer, not {YamlReadContext.Describe(seedNode)}.");
            }
        }

        var hasTemplate = top.ContainsKey("template");
        if (hasTemplate == top.ContainsKey("analyses"))
        {
            ctx.Problem(0, "the manifest needs exactly one of 'template' (with 'tasks') or 'analyses' (a list of analysis files).");
        }
        else if (hasTemplate != top.ContainsKey("tasks"))
        {
            ctx.Problem(hasTemplate ? top["template"] : top["tasks"], hasTemplate
                ? "a template needs a 'tasks' section (product and/or rows) to fill it."
                : "'tasks' fills a template; add 'template' (or use 'analyses' for a list of analysis files).");
        }

        BatchManifest? manifest = null;
        if (hasTemplate && top.TryGetValue("tasks", out var tasksNode))
        {
            var (templateText, templatePath, templateLine) = ReadTemplate(ctx, top);
            var (names, rows) = ReadTasks(ctx, tasksNode);
            if (templateText is not null)
            {
                CheckVariables(ctx, templateText, templateLine, names, top["template"], tasksNode);
            }

            var tasks = rows.Select((r, i) => new BatchTask(i, Seed(masterSeed, i), r, null)).ToArray();
            manifest = new BatchManifest(path, templateText, templatePath, templateLine, masterSeed, names, tasks);
        }
        else if (top.TryGetValue("analyses", out var list))
        {
            var files = ReadAnalyses(ctx, list);
            var tasks = files.Select((f, i) => new BatchTask(i, Seed(masterSeed, i), [new("analysis", f.Given)], f.Resolved)).ToArray();
            manifest = new BatchManifest(path, null, null, 0, masterSeed, ["analysis"], tasks);
        }

        if (ctx.Problems.Count > 0 || manifest is null)
        {
            throw new BatchManifestException([.. ctx.Problems.OrderBy(p => p.Line)]);
        }

        return manifest;
    }

    private static int? Seed(long? master, int index) => master is { } m ? TaskSeeds.Derive(m, index) : null;

    private static (string? Text, string? Path, int Line) ReadTemplate(YamlReadContext ctx, Dictionary<string, YamlNode> top)
    {
        var node = top["template"];
        if (node is not YamlScalarNode { Value: { Length: > 0 } value } scalar)
        {
            ctx.Problem(node, "template must be the path of an analysis file or the analysis inline as a block (template: |).");
            return (null, null, 0);
        }

        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // A block scalar's text starts on the line after its indicator.
            return (value, null, YamlReadContext.LineOf(scalar) + 1);
        }

        var file = ctx.Resolve(value);
        if (!File.Exists(file))
        {
            ctx.Problem(node, $"template: {YamlReadContext.NoSuchFile(value, file)}");
            return (null, null, 0);
        }

        return (File.ReadAllText(file), file, 0);
    }

    private static List<(string Given, string Resolved)> ReadAnalyses(YamlReadContext ctx, YamlNode node)
    {
        var result = new List<(string, string)>();
        if (node is not YamlSequenceNode { Children.Count: > 0 } seq)
        {
            ctx.Problem(node, "analyses must be a non-empty list of analysis-file paths.");
            return result;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode { Value: { Length: > 0 } given })
            {
                ctx.Problem(item, "each entry of analyses must be the path of an analysis file.");
                continue;
            }

            var resolved = ctx.Resolve(given);
            if (!File.Exists(resolved))
            {
                ctx.Problem(item, $"analyses: {YamlReadContext.NoSuchFile(given, resolved)}");
            }

            result.Add((given, resolved));
        }

        return result;
    }

    private static void CheckVariables(YamlReadContext ctx, string template, int templateLine, List<string> names, YamlNode templateNode, YamlNode tasksNode)
    {
        var lines = template.Split('\n');
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (System.Text.RegularExpressions.Match m in BatchManifest.Placeholder().Matches(lines[i]))
            {
                var name = m.Groups[1].Value;
                used.Add(name);
                if (!names.Contains(name) && !BuiltIns.Contains(name))
                {
                    var line = templateLine > 0 ? templateLine + i : YamlReadContext.LineOf(templateNode);
                    var where = templateLine > 0 ? "" : $" (template line {i + 1})";
                    ctx.Problem(line, $"the template uses {{{{{name}}}}}{where} but no task defines '{name}'{Infrastructure.Suggestions.DidYouMean(name, names.Concat(BuiltIns))}; variables: {string.Join(", ", names.Concat(BuiltIns))}.");
                }
            }
        }

        foreach (var unused in names.Where(n => !used.Contains(n)))
        {
            ctx.Problem(tasksNode, $"tasks define '{unused}' but the template never uses {{{{{unused}}}}}.");
        }
    }
}
