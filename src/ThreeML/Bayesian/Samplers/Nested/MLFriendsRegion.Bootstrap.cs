using System.Numerics;
using System.Runtime.CompilerServices;

namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class MLFriendsRegion
{
    /// <summary>Nearest neighbours kept per point: all of them are left out of a round with probability e^(−8) ≈ 3·10⁻⁴, and then the row is scanned.</summary>
    private const int Neighbours = 8;

    /// <summary>
    /// Leave-out bootstrap of Buchner (2016, §3.2): in each round the live points are resampled with
    /// replacement; the points never drawn are "left out", and their distance to the nearest kept point
    /// is a sample of how far the next live point may lie from the current ones.
    /// </summary>
    /// <remarks>
    /// Each point's <see cref="Neighbours"/> nearest neighbours are sorted once per build; a left-out point's
    /// nearest kept point is then the first kept one in its list (about 1.6 look-ups, since each point is kept
    /// with probability 1 − 1/e), and only when all of them are left out is its row of the distance matrix
    /// scanned. The result is the same minimum as a scan of every row, at O(n) per round instead of O(n²).
    /// </remarks>
    /// <returns>The largest squared nearest-neighbour distance and the largest squared Mahalanobis distance from the kept-point ellipsoid, over all rounds.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Radius, double Enlargement) Bootstrap(double[] u, double[] w, int n, int d, int rounds, long seed, ulong key, bool withEllipsoid, BootstrapScratch scratch)
    {
        var k = Math.Min(Neighbours, n - 1);
        scratch.Ensure(n, d, k);
        var columns = scratch.Columns;
        PointDistances.Transpose(w, n, d, columns);
        var row = scratch.Row;
        var neighbours = scratch.Neighbours;
        var neighbourDistances = scratch.NeighbourDistances;
        NearestNeighbours(columns, w, n, d, k, row, neighbours, neighbourDistances);
        var kept = scratch.Kept.AsSpan(0, n);
        var radius = 0.0;
        var enlarge = 0.0;
        var mean = scratch.Mean;
        var factor = scratch.Factor.AsSpan(0, d * d);
        var moments = scratch.Moments;
        if (withEllipsoid)
        {
            moments.Load(u, n, d);
        }

        for (var r = 0; r < rounds; r++)
        {
            var rng = new RandomStream(seed, RandomPurpose.RegionBootstrap, (key * 1_000_003UL) + (ulong)r);
            kept.Clear();
            var keptCount = 0;
            for (var j = 0; j < n; j++)
            {
                var pick = rng.NextInt(n);
                keptCount += kept[pick] ? 0 : 1;
                kept[pick] = true;
            }

            if (keptCount == n || keptCount <= d)
            {
                continue;
            }

            for (var b = 0; b < n; b++)
            {
                if (!kept[b])
                {
                    radius = Math.Max(radius, NearestKept(columns, w, neighbours, neighbourDistances, kept, b, n, d, k, row));
                }
            }

            if (!withEllipsoid)
            {
                continue;
            }

            moments.MeanAndScaledCovariance(kept, keptCount, mean, factor);
            PointStatistics.CholeskyInPlace(factor, d);
            moments.PrepareQuadraticForm(mean, factor);
            for (var b = 0; b < n; b++)
            {
                if (!kept[b])
                {
                    enlarge = Math.Max(enlarge, moments.QuadraticForm(b));
                }
            }
        }

        return (radius, enlarge);
    }

    /// <summary>Squared distance from point <paramref name="b"/> to its nearest kept point.</summary>
    private static double NearestKept(double[] columns, double[] w, int[] neighbours, double[] neighbourDistances, ReadOnlySpan<bool> kept, int b, int n, int d, int k, double[] row)
    {
        for (var j = 0; j < k; j++)
        {
            if (kept[neighbours[(b * k) + j]])
            {
                return neighbourDistances[(b * k) + j];
            }
        }

        PointDistances.Row(columns, n, w.AsSpan(b * d, d), row);
        var min = double.PositiveInfinity;
        for (var a = 0; a < n; a++)
        {
            if (kept[a] && a != b)
            {
                min = Math.Min(min, row[a]);
            }
        }

        return min;
    }

    /// <summary>The <paramref name="k"/> nearest other points of each point and their squared distances, nearest first (row-major n×k).</summary>
    /// <remarks>Each point's distances are computed into <paramref name="row"/> and scanned while in cache; blocks of
    /// <see cref="Vector{T}.Count"/> distances none of which beats the current k-th are skipped with one comparison.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void NearestNeighbours(double[] columns, double[] w, int n, int d, int k, double[] row, int[] ids, double[] best)
    {
        var width = Vector.IsHardwareAccelerated ? Vector<double>.Count : n + 1;
        for (var b = 0; b < n; b++)
        {
            PointDistances.Row(columns, n, w.AsSpan(b * d, d), row);
            row[b] = double.PositiveInfinity;
            var bestB = best.AsSpan(b * k, k);
            var idsB = ids.AsSpan(b * k, k);
            bestB.Fill(double.PositiveInfinity);
            var worst = double.PositiveInfinity;
            var a = 0;
            for (; a <= n - width; a += width)
            {
                if (Vector.LessThanAny(new Vector<double>(row.AsSpan(a)), new Vector<double>(worst)))
                {
                    for (var j = a; j < a + width; j++)
                    {
                        Insert(row[j], j, bestB, idsB, ref worst);
                    }
                }
            }

            for (; a < n; a++)
            {
                Insert(row[a], a, bestB, idsB, ref worst);
            }
        }

    }

    private static void Insert(double x, int a, Span<double> best, Span<int> ids, ref double worst)
    {
        if (!(x < worst))
        {
            return;
        }

        var j = best.Length - 1;
        while (j > 0 && best[j - 1] > x)
        {
            best[j] = best[j - 1];
            ids[j] = ids[j - 1];
            j--;
        }

        best[j] = x;
        ids[j] = a;
        worst = best[^1];
    }
}
