namespace ThreeML.Responses;

/// <summary>Assembles an <see cref="InstrumentResponse"/> from groups of matrix elements, as OGIP RMFs store them
/// (per energy bin: several groups, each a first channel and a run of values).</summary>
/// <remarks>Groups of the same energy bin are summed where they overlap. <see cref="Build"/> merges each energy bin's
/// groups into one contiguous run between its first and last non-zero channel.</remarks>
public sealed class ResponseBuilder
{
    private readonly double[] _energyEdges;
    private readonly double[] _channelEdges;
    // Every group's values in one buffer, in the order added: a response reader adds tens of thousands of elements, and
    // an array per group plus a copy per energy bin made reading a response allocate four times its matrix.
    private readonly List<(int Bin, int First, int Start, int Length)> _groups = [];
    private double[] _values;
    private int _count;

    /// <summary>Starts a response with the given grids.</summary>
    /// <param name="energyEdges">True-energy bin edges, keV, strictly increasing and positive (at least two).</param>
    /// <param name="channelEdges">Channel energy bounds, keV, non-decreasing (at least two).</param>
    /// <param name="expectedElements">How many matrix elements will be added, if known (a capacity: more may be added).</param>
    /// <exception cref="ArgumentException">An edge array is too short, not finite or not increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedElements"/> is negative.</exception>
    public ResponseBuilder(ReadOnlySpan<double> energyEdges, ReadOnlySpan<double> channelEdges, int expectedElements = 0)
    {
        CheckEdges(energyEdges, nameof(energyEdges), strict: true);
        CheckEdges(channelEdges, nameof(channelEdges), strict: false);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedElements);
        _energyEdges = energyEdges.ToArray();
        _channelEdges = channelEdges.ToArray();
        _values = new double[Math.Max(expectedElements, 16)];
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
        Check(energyBin, firstChannel, values);
        if (_values.Length - _count < values.Length)
        {
            Array.Resize(ref _values, Math.Max(2 * _values.Length, _count + values.Length));
        }

        values.CopyTo(_values.AsSpan(_count));
        _groups.Add((energyBin, firstChannel, _count, values.Length));
        _count += values.Length;
        return this;
    }

    /// <summary>A builder whose groups are runs of <paramref name="values"/> itself (<see cref="AddRun"/>), not copies: a
    /// response reader's decoded MATRIX column, which it neither changes nor keeps.</summary>
    internal static ResponseBuilder OverValues(ReadOnlySpan<double> energyEdges, ReadOnlySpan<double> channelEdges, double[] values)
    {
        var builder = new ResponseBuilder(energyEdges, channelEdges);
        builder._values = values;
        builder._count = values.Length;
        return builder;
    }

    /// <summary>Adds the group R[energyBin, firstChannel + i] = values[start + i], i &lt; length, of the array given to
    /// <see cref="OverValues"/>, with <see cref="Add"/>'s checks and messages.</summary>
    internal void AddRun(int energyBin, int firstChannel, int start, int length)
    {
        Check(energyBin, firstChannel, _values.AsSpan(start, length));
        _groups.Add((energyBin, firstChannel, start, length));
    }

    private void Check(int energyBin, int firstChannel, ReadOnlySpan<double> values)
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
    }

    /// <summary>Compiles the groups into an immutable response.</summary>
    /// <param name="info">Metadata, or null for none.</param>
    public InstrumentResponse Build(ResponseInfo? info = null)
    {
        var n = EnergyBinCount;
        // The groups of each energy bin in the order they were added (a stable counting sort), so that each bin's sums
        // are formed in that order.
        var start = new int[n + 1];
        foreach (var g in _groups)
        {
            start[g.Bin + 1]++;
        }

        for (var j = 0; j < n; j++)
        {
            start[j + 1] += start[j];
        }

        var order = new int[_groups.Count];
        var next = start[..n];
        for (var k = 0; k < _groups.Count; k++)
        {
            order[next[_groups[k].Bin]++] = k;
        }

        // Two passes over the bins: the first finds each bin's run from its first to its last non-zero channel, the
        // second sums the groups again and copies the runs into the one weights array. Only the channels a bin's groups
        // touch are summed, scanned and cleared, so the work follows the matrix elements and not bins × channels.
        var first = new int[n];
        var offset = new int[n + 1];
        var row = new double[ChannelCount];
        for (var j = 0; j < n; j++)
        {
            var (from, to) = SumBin(j, start, order, row);
            var lo = from;
            while (lo < to && row[lo] == 0)
            {
                lo++;
            }

            var hi = to;
            while (hi > lo && row[hi - 1] == 0)
            {
                hi--;
            }

            first[j] = lo < to ? lo : 0;
            offset[j + 1] = offset[j] + (hi - lo);
            Array.Clear(row, from, to - from);
        }

        var weights = new double[offset[n]];
        for (var j = 0; j < n; j++)
        {
            if (offset[j + 1] > offset[j])
            {
                var (from, to) = SumBin(j, start, order, row);
                row.AsSpan(first[j], offset[j + 1] - offset[j]).CopyTo(weights.AsSpan(offset[j]));
                Array.Clear(row, from, to - from);
            }
        }

        return new InstrumentResponse(new ResponseKernel(ChannelCount, first, offset, weights), _energyEdges, _channelEdges, info ?? ResponseInfo.None);
    }

    /// <summary>Adds energy bin <paramref name="bin"/>'s groups into <paramref name="row"/> (zero on entry) in the order
    /// they were added; returns the channels they touch, [from, to) (empty for a bin without groups).</summary>
    private (int From, int To) SumBin(int bin, int[] start, int[] order, double[] row)
    {
        int from = int.MaxValue, to = 0;
        for (var k = start[bin]; k < start[bin + 1]; k++)
        {
            var (_, f, at, length) = _groups[order[k]];
            from = Math.Min(from, f);
            to = Math.Max(to, f + length);
            var values = _values.AsSpan(at, length);
            for (var i = 0; i < values.Length; i++)
            {
                row[f + i] += values[i];
            }
        }

        return from < to ? (from, to) : (0, 0);
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
