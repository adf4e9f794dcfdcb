using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ThreeML.Cli.Analysis;

/// <summary>Reads typed values from YAML nodes while gathering every problem with its line, so that a file is
/// checked as a whole before anything runs.</summary>
internal sealed class YamlReadContext(string fileLabel, string baseDirectory)
{
    private readonly List<AnalysisProblem> _problems = [];

    public IReadOnlyList<AnalysisProblem> Problems => _problems;

    public string BaseDirectory { get; set; } = baseDirectory;

    public void Problem(YamlNode? node, string message) => _problems.Add(new AnalysisProblem(fileLabel, LineOf(node), message));

    public void Problem(int line, string message) => _problems.Add(new AnalysisProblem(fileLabel, line, message));

    public static int LineOf(YamlNode? node) => node is null ? 0 : (int)node.Start.Line;

    /// <summary>The entries of a mapping, reporting keys that are not allowed with a suggestion.</summary>
    public Dictionary<string, YamlNode> Mapping(YamlNode node, string section, IReadOnlyList<string> allowed)
    {
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            Problem(node, $"{section} must be a mapping of keys ({string.Join(", ", allowed)}).");
            return result;
        }

        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
            {
                Problem(k, $"unknown key '{key}' in {section}{Infrastructure.Suggestions.DidYouMean(key, allowed)}; allowed: {string.Join(", ", allowed)}.");
            }
            else if (!result.TryAdd(key, v))
            {
                Problem(k, $"'{key}' appears twice in {section}.");
            }
        }

        return result;
    }

    public string? String(Dictionary<string, YamlNode> map, string key, string section)
    {
        if (!map.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } s } && s.Length > 0 && !IsNull(node))
        {
            return s;
        }

        Problem(node, $"{section}.{key} must be a text value.");
        return null;
    }

    public double? Number(Dictionary<string, YamlNode> map, string key, string section)
    {
        if (!map.TryGetValue(key, out var node) || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } s } && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            return v;
        }

        Problem(node, $"{section}.{key} must be a number, not {Describe(node)}.");
        return null;
    }

    public bool Bool(Dictionary<string, YamlNode> map, string key, string section)
    {
        if (!map.TryGetValue(key, out var node) || IsNull(node))
        {
            return false;
        }

        var s = (node as YamlScalarNode)?.Value?.ToLowerInvariant();
        if (s is "true" or "yes" or "on")
        {
            return true;
        }

        if (s is not ("false" or "no" or "off"))
        {
            Problem(node, $"{section}.{key} must be true or false.");
        }

        return false;
    }

    /// <summary>A list of strings, also accepting a single string.</summary>
    public IReadOnlyList<string> Strings(Dictionary<string, YamlNode> map, string key, string section)
    {
        if (!map.TryGetValue(key, out var node) || IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode { Value: { } one })
        {
            return [one];
        }

        if (node is YamlSequenceNode seq && seq.Children.All(c => c is YamlScalarNode))
        {
            return [.. seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "")];
        }

        Problem(node, $"{section}.{key} must be a text value or a list of them.");
        return [];
    }

    /// <summary>A file path resolved against the base directory; reports a missing file.</summary>
    public string? ExistingFile(Dictionary<string, YamlNode> map, string key, string section)
    {
        var text = String(map, key, section);
        if (text is null || text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            // "none" goes to the OGIP reader as is: it means "no file", where a missing key means "the header's file".
            return text;
        }

        var resolved = Resolve(text);
        // "file.pha{2}" selects a spectrum; the file on disk is the part before the selector.
        var bare = resolved.EndsWith('}') && resolved.LastIndexOf('{') is var i and > 0 ? resolved[..i] : resolved;
        if (!File.Exists(bare))
        {
            Problem(map[key], $"{section}.{key}: {NoSuchFile(text, bare)}");
        }

        return resolved;
    }

    /// <summary>"no such file 'given'.", naming the path looked for when it differs from the one given (a relative path
    /// resolved against the base directory).</summary>
    public static string NoSuchFile(string given, string lookedFor) =>
        given == lookedFor ? $"no such file '{given}'." : $"no such file '{given}' (looked for '{lookedFor}').";

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(BaseDirectory, path));

    /// <summary>What a YAML node holds, for messages: its text in quotes, "a list" or "a mapping".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } s &&
        (s.Value is null or "" or "~" or "null" or "Null" or "NULL");
}
