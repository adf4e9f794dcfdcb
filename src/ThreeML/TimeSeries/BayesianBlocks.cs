using System.Numerics.Tensors;

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

        // Live candidates as parallel arrays (start cell, size and counts before it, best before it) so each step is
        // a handful of vector passes: value_j = best_j + n_j ln(n_j / T_j).
        var candStart = new int[n];
        var candPos = new double[n];
        var candCum = new double[n];
        var candBest = new double[n];
        var nk = new double[n];
        var tk = new double[n];
        var alive = 0;
        for (var r = 0; r < n; r++)
        {
            candStart[alive] = r;
            candPos[alive] = position[r];
            candCum[alive] = cumCounts[r];
            candBest[alive] = r > 0 ? best[r - 1] : 0.0;
            alive++;
            var m = alive;
            var nSpan = nk.AsSpan(0, m);
            var tSpan = tk.AsSpan(0, m);
            TensorPrimitives.Subtract(cumCounts[r + 1], candCum.AsSpan(0, m), nSpan);
            TensorPrimitives.Subtract(position[r + 1], candPos.AsSpan(0, m), tSpan);
            TensorPrimitives.Divide(nSpan, tSpan, tSpan);

            // An empty block has fitness 0: ln of the smallest double times 0 is 0, not NaN.
            TensorPrimitives.Max(tSpan, double.Epsilon, tSpan);
            TensorPrimitives.Log(tSpan, tSpan);
            TensorPrimitives.FusedMultiplyAdd(nSpan, tSpan, candBest.AsSpan(0, m), tSpan);

            // Ties go to the earliest start, as astropy's argmax.
            var arg = TensorPrimitives.IndexOfMax(tSpan);
            var top = tSpan[arg];
            best[r] = top - ncpPrior;
            last[r] = candStart[arg];
            var kept = 0;
            for (var j = 0; j < m; j++)
            {
                if (tSpan[j] >= best[r])
                {
                    candStart[kept] = candStart[j];
                    candPos[kept] = candPos[j];
                    candCum[kept] = candCum[j];
                    candBest[kept] = candBest[j];
                    kept++;
                }
            }

            alive = kept;
        }

        var change = new List<int>();
        for (var i = n; i > 0; i = last[i - 1])
        {
            change.Add(last[i - 1]);
        }

        change.Reverse();
        return change;
    }
}
