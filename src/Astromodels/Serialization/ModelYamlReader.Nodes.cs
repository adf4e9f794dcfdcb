using Astromodels.Internal;
using Astromodels.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Astromodels.Serialization;

internal sealed partial class ModelYamlReader
{
    private ModelFileException Fail(string path, YamlNode? node, string reason, Exception? inner = null) =>
        new(Clean(reason), _file, path.Length == 0 ? null : path, node is null ? null : (int)node.Start.Line, inner);

    /// <summary>Drops the " (Parameter 'x')" and "Actual value was" tails that argument exceptions add to their
    /// messages: they name C# arguments, not entries of the file.</summary>
    private static string Clean(string message)
    {
        var firstLine = message.Split('\n')[0];
        var tail = firstLine.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return tail > 0 && firstLine.EndsWith("')", StringComparison.Ordinal) ? firstLine[..tail] : firstLine;
    }

    private YamlMappingNode Map(YamlNode node, string path) =>
        node as YamlMappingNode ?? throw Fail(path, node, $"expected a mapping (key: value entries), got {Describe(node)}");

    /// <summary>The entries of a mapping in file order, with scalar keys.</summary>
    private IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map, string path)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } text })
            {
                throw Fail(path, key, "keys must be plain text");
            }

            yield return (text, value);
        }
    }

    /// <summary>The key node of an entry (its line is where the entry starts), or the mapping when the key is absent.</summary>
    private static YamlNode KeyNode(YamlMappingNode map, string key) =>
        map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } text } && text == key) ?? map;

    private static YamlNode? Get(YamlMappingNode map, string key)
    {
        // By text, whatever the key's quoting style or tag.
        foreach (var (k, value) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } text } && text == key)
            {
                return value;
            }
        }

        return null;
    }

    private YamlNode Require(YamlMappingNode map, string key, string path) =>
        Get(map, key) ?? throw Fail(path, map, $"the entry '{key}' is missing");

    /// <summary>Rejects keys other than <paramref name="allowed"/>, suggesting the closest allowed key.</summary>
    private void CheckKeys(YamlMappingNode map, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, value) in Entries(map, path))
        {
            if (!allowed.Contains(key))
            {
                var where = path.Length == 0 ? key : $"{path}.{key}";
                throw Fail(where, KeyNode(map, key), $"unknown entry '{key}'.{NameSuggester.DidYouMean(key, allowed)} Expected one of: {string.Join(", ", allowed)}");
            }
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: var v } && (v is null || YamlScalars.IsNull(v));

    private double Number(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text } && YamlScalars.TryParseNumber(text, out var value))
        {
            return value;
        }

        throw Fail(path, node, $"expected a number, got {Describe(node)}");
    }

    private double? NullableNumber(YamlNode node, string path) => IsNull(node) ? null : Number(node, path);

    private bool Bool(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text } && YamlScalars.TryParseBool(text, out var value))
        {
            return value;
        }

        throw Fail(path, node, $"expected true or false, got {Describe(node)}");
    }

    private string Text(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } text } && !(IsNull(node) && text.Length > 0) ? text
            : throw Fail(path, node, $"expected text, got {Describe(node)}");

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null } => "nothing",
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => $"'{s.Value}'",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "an unsupported node",
    };
}
