using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThreeML.TimeSeries;

/// <summary>Bayesian blocks (Scargle et al. 2013, ApJ 764, 167): the optimal partition of events or binned counts into
/// blocks of constant rate (3ML's <c>bayesian_blocks</c>, astropy's <c>fitness="events"</c>).</summary>
/// <remarks>
/// <para>Data are cells of known size (the Voronoi cells between sorted event times, or time bins with their exposure)
/// holding counts. A block of total counts n and size T has fitness n ln(n/T); the optimal partition maximises
/// Σ fitness − ncpPrior × (number of blocks) by dynamic programming over the cells (Scargle 2013, §3). The prior per
/// change point is either given or computed from the false-alarm probability p0 with eq. 21 of the paper,
/// ncpPrior = 4 − ln(73.53 p0 N^−0.478).</para>
/// <para>The search prunes candidates that can never start the last block again (PELT, Killick et al. 2012): because
/// splitting a block never lowers the summed fitness, a start r with best(r−1) + fit(r..R) &lt; best(R) stays
/// suboptimal for every later R. The result equals the exhaustive O(N²) search; run time is near linear when blocks
/// are short compared with the data.</para>
/// </remarks>
public static class BayesianBlocks
{
    /// <summary>The prior per change point for a false-alarm probability (Scargle 2013, eq. 21).</summary>
    /// <param name="p0">False-alarm probability, 0 &lt; p0 &lt; 1 (3ML and astropy default to 0.05).</param>
    /// <param name="cellCount">The number of cells N (distinct event times, or bins).</param>
    public static double NcpPriorFromP0(double p0, int cellCount)
    {
        if (!(p0 > 0 && p0 < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p0), p0, "p0 is a false-alarm probability and must lie in (0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(cellCount, 1);
        return 4.0 - Math.Log(73.53 * p0 * Math.Pow(cellCount, -0.478));
    }

    /// <summary>Block edges for event times (TTE), s: the first edge is the first event, the last the last event, as
    /// astropy; events at the same time count together.</summary>
    /// <param name="times">Event times, s, sorted ascending.</param>
    /// <param name="p0">False-alarm probability; used when <paramref name="ncpPrior"/> is null.</param>
    /// <param name="ncpPrior">The prior per change point, or null to derive it from <paramref name="p0"/>.</param>
    /// <exception cref="ArgumentException">Fewer than two distinct times, unsorted or non-finite times.</exception>
    public static double[] ForEvents(ReadOnlySpan<double> times, double p0 = 0.05, double? ncpPrior = null)
    {
        var unique = new List<double>(times.Length);
        var counts = new List<double>(times.Length);
        for (var i = 0; i < times.Length; i++)
        {
            if (!double.IsFinite(times[i]) || (i > 0 && times[i] < times[i - 1]))
            {
                throw new ArgumentException($"Event times must be finite and sorted ascending; event {i} ({times[i]}) breaks that.", nameof(times));
            }

            if (unique.Count > 0 && times[i] == unique[^1])
            {
                counts[^1] += 1;
            }
            else
            {
                unique.Add(times[i]);
                counts.Add(1);
            }
        }

        var n = unique.Count;
        if (n < 2)
        {
            throw new ArgumentException($"Bayesian blocks need at least two distinct event times; got {n}.", nameof(times));
        }

        var edges = new double[n + 1];
        edges[0] = unique[0];
        for (var i = 1; i < n; i++)
        {
            edges[i] = 0.5 * (unique[i - 1] + unique[i]);
        }

        edges[n] = unique[n - 1];
        var change = Partition(edges, [.. counts], ncpPrior ?? NcpPriorFromP0(p0, n));
        return change.Select(c => edges[c]).Append(edges[n]).ToArray();
    }

    /// <summary>Block edges for a binned light curve, s (each a bin edge).</summary>
    /// <param name="starts">Bin starts, s, sorted.</param>
    /// <param name="stops">Bin stops, s.</param>
    /// <param name="counts">Counts per bin (integers ≥ 0).</param>
    /// <param name="exposures">Live time per bin, s, or empty to use the bin widths (gaps between bins then add nothing).</param>
    /// <param name="p0">False-alarm probability; used when <paramref name="ncpPrior"/> is null.</param>
    /// <param name="ncpPrior">The prior per change point, or null to derive it from <paramref name="p0"/>.</param>
    /// <exception cref="ArgumentException">Lengths disagree, bins are unsorted, or a count or exposure is invalid.</exception>
    public static double[] ForBinned(ReadOnlySpan<double> starts, ReadOnlySpan<double> stops, ReadOnlySpan<double> counts,
        ReadOnlySpan<double> exposures, double p0 = 0.05, double? ncpPrior = null)
    {
        var n = starts.Length;
        if (n < 1 || stops.Length != n || counts.Length != n || (exposures.Length != 0 && exposures.Length != n))
        {
            throw new ArgumentException($"Give as many stops, counts (and exposures, if any) as starts (≥ 1); got {n} starts, {stops.Length} stops, {counts.Length} counts, {exposures.Length} exposures.");
        }

        // Block sizes are sums of cell sizes: the cumulative size plays the role of the edges of the events case.
        var cumulative = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var size = exposures.Length == 0 ? stops[i] - starts[i] : exposures[i];
            if (!(size > 0) || !(counts[i] >= 0) || counts[i] != Math.Floor(counts[i]) || (i > 0 && starts[i] < stops[i - 1]))
            {
                throw new ArgumentException($"Bin {i}: expected a positive size, a non-negative integer count and sorted bins (size {size}, count {counts[i]}).");
            }

            cumulative[i + 1] = cumulative[i] + size;
        }

        var change = Partition(cumulative, counts.ToArray(), ncpPrior ?? NcpPriorFromP0(p0, n));
        var result = new double[change.Count + 1];
        for (var i = 0; i < change.Count; i++)
        {
            result[i] = starts[change[i]];
        }

        result[^1] = stops[n - 1];
        return result;
    }

    /// <summary>The first cell of every block, by dynamic programming with pruning; <paramref name="position"/>[k] is
    /// the cumulative size before cell k.</summary>
    /// <remarks>The live candidates are parallel arrays (start cell, size and counts before it, best total before it).
    /// Each step is one fused SIMD pass computing value_j = best_j + n_j ln(max(n_j / T_j, ε)) and its maximum, then a
    /// compaction that starts at the first pruned candidate, if any; no allocation inside the loop.</remarks>
    private static List<int> Partition(double[] position, double[] counts, double ncpPrior)
    {
        var n = counts.Length;
        var cumCounts = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            cumCounts[i + 1] = cumCounts[i] + counts[i];
        }

        var best = new double[n];
        var last = new int[n];
        var candStart = new int[n];
        var candPos = new double[n];
        var candCum = new double[n];
        var candBest = new double[n];
        var values = new double[n];
        var alive = 0;
        for (var r = 0; r < n; r++)
        {
            candStart[alive] = r;
            candPos[alive] = position[r];
            candCum[alive] = cumCounts[r];
            candBest[alive] = r > 0 ? best[r - 1] : 0.0;
            alive++;
            var top = BlockValues(cumCounts[r + 1], position[r + 1], candCum.AsSpan(0, alive), candPos.AsSpan(0, alive), candBest.AsSpan(0, alive), values.AsSpan(0, alive));

            // Ties go to the earliest start, as astropy's argmax.
            var arg = values.AsSpan(0, alive).IndexOf(top);
            best[r] = top - ncpPrior;
            last[r] = candStart[arg];
            alive = Prune(best[r], alive, values, candStart, candPos, candCum, candBest);
        }

        var change = new List<int>();
        for (var i = n; i > 0; i = last[i - 1])
        {
            change.Add(last[i - 1]);
        }

        change.Reverse();
        return change;
    }

    /// <summary>value_j = best_j + n_j ln(max(n_j / T_j, ε)) with n_j = cumNext − cum_j and T_j = posNext − pos_j, for
    /// every live candidate; returns the largest value.</summary>
    /// <remarks>An empty block has fitness 0: ln of the smallest double times 0 is 0, not NaN. The vector path uses the
    /// hardware FMA and .NET's vector logarithm; the scalar tail the same operations one element at a time.</remarks>
    private static double BlockValues(double cumNext, double posNext, ReadOnlySpan<double> cum, ReadOnlySpan<double> pos,
        ReadOnlySpan<double> bestBefore, Span<double> values)
    {
        var m = values.Length;
        var j = 0;
        var top = double.NegativeInfinity;
        if (Vector256.IsHardwareAccelerated && m >= Vector256<double>.Count)
        {
            // Unchecked loads (the loop bound keeps them inside the spans) and the native max: no value is NaN and every
            // ratio is ≥ 0, so IEEE's rules for NaN and signed zeros change nothing.
            ref var cumRef = ref MemoryMarshal.GetReference(cum);
            ref var posRef = ref MemoryMarshal.GetReference(pos);
            ref var bestRef = ref MemoryMarshal.GetReference(bestBefore);
            ref var valueRef = ref MemoryMarshal.GetReference(values);
            var c = Vector256.Create(cumNext);
            var p = Vector256.Create(posNext);
            var eps = Vector256.Create(double.Epsilon);
            var max = Vector256.Create(double.NegativeInfinity);
            for (; j <= m - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var k = (nuint)j;
                var nj = c - Vector256.LoadUnsafe(ref cumRef, k);
                var tj = p - Vector256.LoadUnsafe(ref posRef, k);
                var v = Vector256.FusedMultiplyAdd(nj, Vector256.Log(Vector256.MaxNative(nj / tj, eps)), Vector256.LoadUnsafe(ref bestRef, k));
                v.StoreUnsafe(ref valueRef, k);
                max = Vector256.MaxNative(max, v);
            }

            for (var k = 0; k < Vector256<double>.Count; k++)
            {
                top = Math.Max(top, max[k]);
            }
        }

        for (; j < m; j++)
        {
            var nj = cumNext - cum[j];
            var v = Math.FusedMultiplyAdd(nj, Math.Log(Math.Max(nj / (posNext - pos[j]), double.Epsilon)), bestBefore[j]);
            values[j] = v;
            top = Math.Max(top, v);
        }

        return top;
    }

    /// <summary>Drops every candidate whose value is below <paramref name="threshold"/> (PELT), keeping order; the
    /// arrays are only touched from the first dropped candidate on.</summary>
    private static int Prune(double threshold, int alive, double[] values, int[] candStart, double[] candPos, double[] candCum, double[] candBest)
    {
        var first = FirstBelow(values.AsSpan(0, alive), threshold);
        if (first < 0)
        {
            return alive;
        }

        var kept = first;
        for (var j = first + 1; j < alive; j++)
        {
            if (values[j] >= threshold)
            {
                candStart[kept] = candStart[j];
                candPos[kept] = candPos[j];
                candCum[kept] = candCum[j];
                candBest[kept] = candBest[j];
                kept++;
            }
        }

        return kept;
    }

    private static int FirstBelow(ReadOnlySpan<double> values, double threshold)
    {
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var t = Vector256.Create(threshold);
            for (; j <= values.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var below = Vector256.LessThan(Vector256.Create(values.Slice(j, Vector256<double>.Count)), t).ExtractMostSignificantBits();
                if (below != 0)
                {
                    return j + System.Numerics.BitOperations.TrailingZeroCount(below);
                }
            }
        }

        for (; j < values.Length; j++)
        {
            if (values[j] < threshold)
            {
                return j;
            }
        }

        return -1;
    }
}
