using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class MLFriendsRegion
{
    /// <summary>
    /// Leave-out bootstrap of Buchner (2016, §3.2): in each round the live points are resampled with
    /// replacement; the points never drawn are "left out", and their distance to the nearest kept point
    /// is a sample of how far the next live point may lie from the current ones.
    /// </summary>
    /// <returns>The largest squared nearest-neighbour distance and the largest squared Mahalanobis distance from the kept-point ellipsoid, over all rounds.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Radius, double Enlargement) Bootstrap(double[] u, double[] w, int n, int d, int rounds, long seed, ulong key, int maxThreads, bool withEllipsoid, double[] dist)
    {
        PairDistances(w, n, d, dist);
        var radius = new double[rounds];
        var enlarge = new double[rounds];
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        void Round(int r)
        {
            var rng = new RandomStream(seed, RandomPurpose.RegionBootstrap, (key * 1_000_003UL) + (ulong)r);
            var kept = new bool[n];
            for (var k = 0; k < n; k++)
            {
                kept[rng.NextInt(n)] = true;
            }

            var keptCount = kept.Count(x => x);
            if (keptCount == n || keptCount <= d)
            {
                return;
            }

            // Branch-free nearest kept neighbour: dropped points get +inf added, then a vector minimum.
            var penalty = new double[n];
            var shifted = new double[n];
            for (var a = 0; a < n; a++)
            {
                penalty[a] = kept[a] ? 0 : double.PositiveInfinity;
            }

            var maxMin = 0.0;
            for (var b = 0; b < n; b++)
            {
                if (!kept[b])
                {
                    TensorPrimitives.Add(dist.AsSpan(b * n, n), penalty, shifted);
                    maxMin = Math.Max(maxMin, TensorPrimitives.Min(shifted));
                }
            }

            radius[r] = maxMin;
            if (!withEllipsoid)
            {
                return;
            }

            var mean = PointStatistics.Mean(u, n, d, kept);
            var factor = PointStatistics.ScaledCovariance(u, mean, n, d, kept);
            PointStatistics.CholeskyInPlace(factor, d);
            Span<double> delta = stackalloc double[d];
            Span<double> work = stackalloc double[d];
            var worst = 0.0;
            for (var b = 0; b < n; b++)
            {
                if (!kept[b])
                {
                    for (var i = 0; i < d; i++)
                    {
                        delta[i] = u[(b * d) + i] - mean[i];
                    }

                    worst = Math.Max(worst, PointStatistics.MahalanobisSquared(factor, delta, work, d));
                }
            }

            enlarge[r] = worst;
        }

        if (maxThreads > 1)
        {
            Parallel.For(0, rounds, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, Round);
        }
        else
        {
            for (var r = 0; r < rounds; r++)
            {
                Round(r);
            }
        }

        return (radius.Max(), enlarge.Max());
    }
}
