namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>
/// A bootstrapped ellipsoid around the live points in physical parameter space, used to reject region draws
/// before the likelihood is called (UltraNest's <c>tregion</c>, a <c>WrappingEllipsoid</c> on the transformed points).
/// </summary>
/// <remarks>
/// When the prior transform is non-linear (log-normal, log-uniform priors), a contour that is curved in the
/// unit cube can be close to ellipsoidal in physical space, so this cheap test removes many draws that
/// MLFriends alone would send to the likelihood. The enlargement is the largest Mahalanobis distance of
/// left-out points over bootstrap rounds, as for the unit-cube ellipsoid. Each axis is first divided by
/// its spread, so parameters of very different magnitude (a normalisation of 1e-7 next to a temperature
/// of 500 keV) give a well-conditioned Cholesky factor.
/// </remarks>
internal sealed class PhysicalEllipsoid
{
    private readonly int n;
    private readonly int d;
    private readonly double[] factor;
    private readonly double[] centre;
    private readonly double[] sum;
    private readonly double[] scale;
    private readonly double enlargement;

    private PhysicalEllipsoid(int n, int d, double[] factor, double[] sum, double[] scale, double enlargement)
    {
        this.n = n;
        this.d = d;
        this.factor = factor;
        this.scale = scale;
        this.sum = sum;
        this.enlargement = enlargement;
        centre = new double[d];
        for (var i = 0; i < d; i++)
        {
            centre[i] = sum[i] / n;
        }
    }

    public static PhysicalEllipsoid Build(ReadOnlySpan<double> livePoints, int n, int d, int bootstraps, long seed, ulong key, BootstrapScratch? scratch = null)
    {
        scratch ??= new BootstrapScratch();
        scratch.Ensure(n, d, 1);
        var p = livePoints[..(n * d)].ToArray();
        var scale = AxisSpreads(p, n, d);
        for (var k = 0; k < p.Length; k++)
        {
            p[k] /= scale[k % d];
        }

        var moments = scratch.Moments;
        moments.Load(p, n, d);
        var mean = scratch.Mean;
        var roundFactor = scratch.Factor.AsSpan(0, d * d);
        var kept = scratch.Kept.AsSpan(0, n);
        var enlargement = 0.0;
        for (var r = 0; r < bootstraps; r++)
        {
            var rng = new RandomStream(seed, RandomPurpose.PhysicalEllipsoid, (key * 1_000_003UL) + (ulong)r);
            kept.Clear();
            var keptCount = 0;
            for (var k = 0; k < n; k++)
            {
                var pick = rng.NextInt(n);
                keptCount += kept[pick] ? 0 : 1;
                kept[pick] = true;
            }

            if (keptCount == n || keptCount <= d)
            {
                continue;
            }

            moments.MeanAndScaledCovariance(kept, keptCount, mean, roundFactor);
            PointStatistics.CholeskyInPlace(roundFactor, d);
            moments.PrepareQuadraticForm(mean, roundFactor);
            for (var b = 0; b < n; b++)
            {
                if (!kept[b])
                {
                    enlargement = Math.Max(enlargement, moments.QuadraticForm(b));
                }
            }
        }

        Span<double> delta = stackalloc double[d];
        Span<double> work = stackalloc double[d];
        var centre = PointStatistics.Mean(p, n, d);
        var factor = PointStatistics.ScaledCovariance(p, centre, n, d);
        PointStatistics.CholeskyInPlace(factor, d);
        for (var b = 0; b < n; b++)
        {
            for (var i = 0; i < d; i++)
            {
                delta[i] = p[(b * d) + i] - centre[i];
            }

            // The live points themselves must lie inside, whatever the bootstrap said.
            enlargement = Math.Max(enlargement, PointStatistics.MahalanobisSquared(factor, delta, work, d) * (1 + 1e-9));
        }

        var sum = new double[d];
        for (var i = 0; i < d; i++)
        {
            sum[i] = centre[i] * n;
        }

        return new PhysicalEllipsoid(n, d, factor, sum, scale, enlargement);
    }

    /// <summary>Whether <paramref name="parameters"/> lie inside the enlarged ellipsoid.</summary>
    public bool Contains(ReadOnlySpan<double> parameters)
    {
        Span<double> delta = stackalloc double[d];
        Span<double> work = stackalloc double[d];
        for (var i = 0; i < d; i++)
        {
            delta[i] = (parameters[i] / scale[i]) - centre[i];
        }

        return PointStatistics.MahalanobisSquared(factor, delta, work, d) <= enlargement;
    }

    /// <summary>Moves the centre when a live point changes, as UltraNest's <c>update_center</c>.</summary>
    public void Replace(ReadOnlySpan<double> oldPoint, ReadOnlySpan<double> newPoint)
    {
        for (var i = 0; i < d; i++)
        {
            sum[i] += (newPoint[i] - oldPoint[i]) / scale[i];
            centre[i] = sum[i] / n;
        }
    }

    private static double[] AxisSpreads(double[] p, int n, int d)
    {
        var mean = PointStatistics.Mean(p, n, d);
        var spread = new double[d];
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < d; i++)
            {
                var x = p[(k * d) + i] - mean[i];
                spread[i] += x * x;
            }
        }

        for (var i = 0; i < d; i++)
        {
            spread[i] = Math.Sqrt(spread[i] / n);
            if (!(spread[i] > 0) || !double.IsFinite(spread[i]))
            {
                spread[i] = 1;
            }
        }

        return spread;
    }
}
