namespace ThreeML.Responses;

/// <summary>Assembles an <see cref="InstrumentResponse"/> from groups of matrix elements, as OGIP RMFs store them
/// (per energy bin: several groups, each a first channel and a run of values).</summary>
/// <remarks>Groups of the same energy bin are summed where they overlap. <see cref="Build"/> merges each energy bin's
/// groups into one contiguous run between its first and last non-zero channel.</remarks>
public sealed class ResponseBuilder
{
    private readonly double[] _energyEdges;
    private readonly double[] _channelEdges;
    private readonly List<(int First, double[] Values)>[] _groups;

    /// <summary>Starts a response with the given grids.</summary>
    /// <param name="energyEdges">True-energy bin edges, keV, strictly increasing and positive (at least two).</param>
    /// <param name="channelEdges">Channel energy bounds, keV, non-decreasing (at least two).</param>
    /// <exception cref="ArgumentException">An edge array is too short, not finite or not increasing.</exception>
    public ResponseBuilder(ReadOnlySpan<double> energyEdges, ReadOnlySpan<double> channelEdges)
    {
        CheckEdges(energyEdges, nameof(energyEdges), strict: true);
        CheckEdges(channelEdges, nameof(channelEdges), strict: false);
        _energyEdges = energyEdges.ToArray();
        _channelEdges = channelEdges.ToArray();
        _groups = new List<(int, double[])>[_energyEdges.Length - 1];
    }

    /// <summary>The number of true-energy bins.</summary>
    public int EnergyBinCount => _energyEdges.Length - 1;

    /// <summary>The number of channels.</summary>
    public int ChannelCount => _channelEdges.Length - 1;

    /// <summary>Adds a group of matrix elements R[energyBin, firstChannel + i] = values[i] (cm²).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The energy bin or the channel run is out of range.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public ResponseBuilder Add(int energyBin, int firstChannel, ReadOnlySpan<double> values)
    {
        if ((uint)energyBin >= (uint)EnergyBinCount)
        {
            throw new ArgumentOutOfRangeException(nameof(energyBin), energyBin, $"The response has {EnergyBinCount} energy bins (0-based index).");
        }

        if (firstChannel < 0 || firstChannel + values.Length > ChannelCount)
        {
            throw new ArgumentOutOfRangeException(nameof(firstChannel), firstChannel, $"Energy bin {energyBin}: channels [{firstChannel}, {firstChannel + values.Length}) exceed the {ChannelCount} channels (0-based).");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Energy bin {energyBin}, channel {firstChannel + i}: matrix element {values[i]} is not finite.", nameof(values));
            }
        }

        (_groups[energyBin] ??= []).Add((firstChannel, values.ToArray()));
        return this;
    }

    /// <summary>Compiles the groups into an immutable response.</summary>
    /// <param name="info">Metadata, or null for none.</param>
    public InstrumentResponse Build(ResponseInfo? info = null)
    {
        var n = EnergyBinCount;
        var first = new int[n];
        var offset = new int[n + 1];
        var runs = new List<double[]>(n);
        var row = new double[ChannelCount];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(row);
            foreach (var (f, values) in _groups[j] ?? [])
            {
                for (var i = 0; i < values.Length; i++)
                {
                    row[f + i] += values[i];
                }
            }

            var lo = 0;
            while (lo < row.Length && row[lo] == 0)
            {
                lo++;
            }

            var hi = row.Length;
            while (hi > lo && row[hi - 1] == 0)
            {
                hi--;
            }

            first[j] = lo < row.Length ? lo : 0;
            runs.Add(row[lo..hi]);
            offset[j + 1] = offset[j] + (hi - lo);
        }

        var weights = new double[offset[n]];
        for (var j = 0; j < n; j++)
        {
            runs[j].CopyTo(weights, offset[j]);
        }

        return new InstrumentResponse(new ResponseKernel(ChannelCount, first, offset, weights), _energyEdges, _channelEdges, info ?? ResponseInfo.None);
    }

    private static void CheckEdges(ReadOnlySpan<double> edges, string name, bool strict)
    {
        if (edges.Length < 2)
        {
            throw new ArgumentException($"At least two {name} are needed (got {edges.Length}).", name);
        }

        for (var i = 0; i < edges.Length; i++)
        {
            if (!double.IsFinite(edges[i]) || edges[i] < 0)
            {
                throw new ArgumentException($"{name}[{i}] = {edges[i]} must be a finite, non-negative energy in keV.", name);
            }

            if (i > 0 && (strict ? edges[i] <= edges[i - 1] : edges[i] < edges[i - 1]))
            {
                throw new ArgumentException($"{name} must increase: [{i - 1}] = {edges[i - 1]} and [{i}] = {edges[i]}.", name);
            }
        }
    }
}
