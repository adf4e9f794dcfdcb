using System.Globalization;
using ThreeML.Cli.Analysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Batch;

/// <summary>Reads a batch manifest, gathering every problem with its line before anything runs.</summary>
internal static class BatchManifestReader
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
                ctx.Problem(seedNode, $"master_seed must be an integer, not '{(seedNode as YamlScalarNode)?.Value ?? seedNode.NodeType.ToString()}'.");
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
            ctx.Problem(node, $"template: no such file '{value}' (looked for '{file}').");
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
                ctx.Problem(item, $"analyses: no such file '{given}' (looked for '{resolved}').");
            }

            result.Add((given, resolved));
        }

        return result;
    }

    private static (List<string> Names, List<KeyValuePair<string, string>[]> Rows) ReadTasks(YamlReadContext ctx, YamlNode node)
    {
        var map = ctx.Mapping(node, "tasks", TaskKeys);
        var names = new List<string>();
        var rows = new List<KeyValuePair<string, string>[]>();
        if (map.Count == 0 && ctx.Problems.Count == 0)
        {
            ctx.Problem(node, "tasks needs 'product' (lists whose every combination is a task) and/or 'rows' (one task each).");
        }

        if (map.TryGetValue("product", out var product))
        {
            var lists = new List<(string Name, string[] Values)>();
            foreach (var (key, valuesNode) in ctx.Mapping(product, "tasks.product", [.. ((product as YamlMappingNode)?.Children.Keys ?? []).Select(k => (k as YamlScalarNode)?.Value ?? "")]))
            {
                CheckName(ctx, key, product);
                var values = Scalars(ctx, valuesNode, $"tasks.product.{key}");
                if (values.Length == 0)
                {
                    ctx.Problem(valuesNode, $"tasks.product.{key} must be a non-empty list of values.");
                }

                lists.Add((key, values));
                names.Add(key);
            }

            rows.AddRange(Cartesian(lists));
        }

        if (map.TryGetValue("rows", out var rowsNode))
        {
            ReadRows(ctx, rowsNode, names, rows, map.ContainsKey("product"));
        }

        return (names, rows);
    }

    private static void ReadRows(YamlReadContext ctx, YamlNode node, List<string> names, List<KeyValuePair<string, string>[]> rows, bool namesFixed)
    {
        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            ctx.Problem(node, "tasks.rows must be a non-empty list of mappings, one per task ({name: value, ...}).");
            return;
        }

        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode row)
            {
                ctx.Problem(item, "each entry of tasks.rows must be a mapping {name: value, ...}.");
                continue;
            }

            var keys = row.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "").ToList();
            if (!namesFixed && rows.Count == 0)
            {
                foreach (var k in keys)
                {
                    CheckName(ctx, k, item);
                }

                names.AddRange(keys);
            }

            var missing = names.Except(keys).ToList();
            var extra = keys.Except(names).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                ctx.Problem(item, $"every task needs the same variables ({string.Join(", ", names)}); this row "
                    + string.Join(" and ", new[] { missing.Count > 0 ? "lacks " + string.Join(", ", missing) : null, extra.Count > 0 ? "adds " + string.Join(", ", extra) : null }.OfType<string>()) + ".");
                continue;
            }

            var values = names.Select(n => new KeyValuePair<string, string>(n, ScalarValue(ctx, row.Children[new YamlScalarNode(n)], $"tasks.rows.{n}"))).ToArray();
            rows.Add(values);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>[]> Cartesian(List<(string Name, string[] Values)> lists)
    {
        if (lists.Count == 0 || lists.Any(l => l.Values.Length == 0))
        {
            yield break;
        }

        // The last variable varies fastest (as Python's itertools.product), so task numbers follow the manifest's layout.
        var counters = new int[lists.Count];
        while (true)
        {
            yield return [.. lists.Select((l, i) => new KeyValuePair<string, string>(l.Name, l.Values[counters[i]]))];
            var d = lists.Count - 1;
            while (d >= 0 && ++counters[d] == lists[d].Values.Length)
            {
                counters[d--] = 0;
            }

            if (d < 0)
            {
                yield break;
            }
        }
    }

    private static string[] Scalars(YamlReadContext ctx, YamlNode node, string section) => node switch
    {
        YamlSequenceNode seq => [.. seq.Children.Select(c => ScalarValue(ctx, c, section))],
        YamlScalarNode => [ScalarValue(ctx, node, section)],
        _ => ReportList(ctx, node, section),
    };

    private static string[] ReportList(YamlReadContext ctx, YamlNode node, string section)
    {
        ctx.Problem(node, $"{section} must be a list of values.");
        return [];
    }

    private static string ScalarValue(YamlReadContext ctx, YamlNode node, string section)
    {
        if (node is YamlScalarNode { Value: { } v } && !v.Contains('\n', StringComparison.Ordinal) && !v.Contains("{{", StringComparison.Ordinal))
        {
            return v;
        }

        ctx.Problem(node, $"{section}: each value must be one line of text or a number (values fill the template line by line).");
        return "";
    }

    private static void CheckName(YamlReadContext ctx, string name, YamlNode where)
    {
        if (BuiltIns.Contains(name))
        {
            ctx.Problem(where, $"'{name}' is a built-in variable (the task number or the task seed); choose another name.");
        }
        else if (!BatchManifest.Placeholder().IsMatch("{{" + name + "}}"))
        {
            ctx.Problem(where, $"variable name '{name}' must start with a letter or '_' and hold only letters, digits and '_'.");
        }
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
