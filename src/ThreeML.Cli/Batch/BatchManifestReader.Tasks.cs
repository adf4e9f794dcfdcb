using ThreeML.Batch;
using ThreeML.Cli.Analysis;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Batch;

/// <summary>The task list of a manifest: the cartesian product and the explicit rows.</summary>
internal static partial class BatchManifestReader
{
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
}
