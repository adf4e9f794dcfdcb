namespace ThreeML.Results;

/// <summary>Joint samples of the free parameters: one column per parameter path, all columns the same length, row i
/// of every column belonging to the same draw (so derived quantities keep the correlations).</summary>
public sealed class SampleSet
{
    private readonly double[][] _columns;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a sample set from columns (copied).</summary>
    /// <exception cref="ArgumentException">Paths and columns disagree in number, a path repeats, or the columns differ in length.</exception>
    public SampleSet(IReadOnlyList<string> paths, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(columns);
        if (paths.Count != columns.Count)
        {
            throw new ArgumentException($"{paths.Count} parameter paths but {columns.Count} sample columns.", nameof(columns));
        }

        var n = columns.Count == 0 ? 0 : columns[0].Length;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (!_index.TryAdd(paths[i], i))
            {
                throw new ArgumentException($"The parameter path '{paths[i]}' appears twice.", nameof(paths));
            }

            if (columns[i].Length != n)
            {
                throw new ArgumentException($"Column '{paths[i]}' has {columns[i].Length} samples but the first has {n}.", nameof(columns));
            }
        }

        Paths = [.. paths];
        _columns = [.. columns.Select(c => (double[])c.Clone())];
        Count = n;
        RequestedCount = n;
    }

    /// <summary>The number of samples (rows); every row is a valid draw.</summary>
    public int Count { get; }

    /// <summary>The number of samples asked for; larger than <see cref="Count"/> when a sampler could not fill the
    /// request (e.g. MLE draws whose rejection budget ran out because the covariance is far wider than the bounds).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than <see cref="Count"/>.</exception>
    public int RequestedCount
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, Count);
            field = value;
        }
    }

    /// <summary>Whether every requested sample was drawn (<see cref="Count"/> = <see cref="RequestedCount"/>).</summary>
    public bool IsComplete => Count == RequestedCount;

    /// <summary>The parameter paths, in column order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The samples of one parameter.</summary>
    /// <exception cref="KeyNotFoundException">No such path; the message suggests the closest.</exception>
    public ReadOnlySpan<double> this[string path] => _columns[IndexOf(path)];

    /// <summary>The samples of the parameter in column <paramref name="column"/>.</summary>
    public ReadOnlySpan<double> this[int column] => _columns[column];

    /// <summary>Whether a parameter path has samples.</summary>
    public bool Contains(string path) => _index.ContainsKey(path);

    /// <summary>Copies sample row <paramref name="row"/> (one value per parameter, in column order).</summary>
    public void GetRow(int row, Span<double> destination)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            destination[c] = _columns[c][row];
        }
    }

    /// <summary>The column index of a path.</summary>
    /// <exception cref="KeyNotFoundException">No such path.</exception>
    public int IndexOf(string path) =>
        _index.TryGetValue(path, out var i)
            ? i
            : throw new KeyNotFoundException($"No samples for '{path}'.{Astromodels.Text.NameSuggester.DidYouMean(path, _index.Keys)} Sampled parameters: {string.Join(", ", Paths)}.");
}
