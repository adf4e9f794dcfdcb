using System.Collections;
using ThreeML.Plugins;

namespace ThreeML;

/// <summary>An ordered collection of plugins with unique names (3ML's <c>DataList</c>).</summary>
public sealed class DataList : IReadOnlyList<IPlugin>
{
    private readonly IPlugin[] _plugins;

    /// <summary>Creates the list.</summary>
    /// <exception cref="ArgumentException">The list is empty, or two plugins share a name.</exception>
    public DataList(params IPlugin[] plugins)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        if (plugins.Length == 0)
        {
            throw new ArgumentException("A DataList needs at least one plugin.", nameof(plugins));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in plugins)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(plugins));
            if (!seen.Add(p.Name))
            {
                throw new ArgumentException($"Two plugins are named '{p.Name}'; plugin names in a DataList must be unique.", nameof(plugins));
            }
        }

        _plugins = [.. plugins];
    }

    /// <summary>The number of plugins.</summary>
    public int Count => _plugins.Length;

    /// <summary>The plugin at <paramref name="index"/>.</summary>
    public IPlugin this[int index] => _plugins[index];

    /// <summary>The plugin named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No plugin has that name; the message lists the names.</exception>
    public IPlugin this[string name] =>
        _plugins.FirstOrDefault(p => p.Name == name)
        ?? throw new KeyNotFoundException($"No plugin named '{name}'. The plugins are: {string.Join(", ", _plugins.Select(p => p.Name))}.");

    /// <inheritdoc />
    public IEnumerator<IPlugin> GetEnumerator() => ((IEnumerable<IPlugin>)_plugins).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
