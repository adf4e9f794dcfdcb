using System.Runtime.CompilerServices;
namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>
/// The MLFriends region of Buchner (2016, 2019): the union of ellipsoidal balls around the live points,
/// intersected with a bounding ellipsoid and the unit cube.
/// </summary>
/// <remarks>
/// Construction follows UltraNest's <c>MLFriends</c>/<c>LocalAffineLayer</c>: live points are clustered
/// with the previous metric (friends-of-friends), the metric is the cluster-centred covariance, and the
/// ball radius is the largest distance, over bootstrap rounds, from a left-out live point to its nearest
/// kept point. The same rounds size the bounding ellipsoid: its enlargement is the largest Mahalanobis
/// distance of left-out points from the ellipsoid fitted to the kept ones. Between rebuilds the region
/// follows the live points (<see cref="Replace"/>) with a fixed metric and radius.
/// </remarks>
internal sealed partial class MLFriendsRegion
{
    private readonly int n;
    private readonly int d;
    private readonly double[] u;
    private readonly double[] tc; // whitened live points, column-wise (d rows of n): see PointDistances
    private readonly double[] centreSum;
    private readonly AffineFrame metric;
    private readonly AffineFrame ellipsoid;

    private MLFriendsRegion(int n, int d, double[] u, AffineFrame metric, double radiusSquared, AffineFrame ellipsoid, double enlargement)
    {
        this.n = n;
        this.d = d;
        this.u = u;
        this.metric = metric;
        this.ellipsoid = ellipsoid;
        RadiusSquared = radiusSquared;
        Enlargement = enlargement;
        tc = new double[n * d];
        Span<double> w = stackalloc double[d];
        for (var k = 0; k < n; k++)
        {
            metric.ToWhite(u.AsSpan(k * d, d), w);
            for (var i = 0; i < d; i++)
            {
                tc[(i * n) + k] = w[i];
            }
        }

        centreSum = new double[d];
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < d; i++)
            {
                centreSum[i] += u[(k * d) + i];
            }
        }
    }

    /// <summary>Squared MLFriends radius in whitened coordinates.</summary>
    public double RadiusSquared { get; }

    /// <summary>Squared Mahalanobis radius of the bounding ellipsoid.</summary>
    public double Enlargement { get; }

    /// <summary>Number of clusters found when the region was built.</summary>
    public int ClusterCount { get; private init; }

    /// <summary>Sampling method chosen for this region.</summary>
    public RegionSamplingMethod Method { get; private set; }

    /// <summary>Builds a region around <paramref name="livePoints"/> (n rows of d unit-cube coordinates).</summary>
    /// <param name="livePoints">n rows of d unit-cube coordinates.</param>
    /// <param name="n">Number of live points.</param>
    /// <param name="d">Dimension.</param>
    /// <param name="previous">The region being replaced, whose metric clusters the points; null for the first build.</param>
    /// <param name="bootstraps">Leave-out bootstrap rounds.</param>
    /// <param name="seed">Seed of the run.</param>
    /// <param name="buildIndex">Which build of the run this is (keys its random streams).</param>
    /// <param name="scratch">Working arrays reused between builds, or null to allocate them.</param>
    public static MLFriendsRegion Build(ReadOnlySpan<double> livePoints, int n, int d, MLFriendsRegion? previous, int bootstraps, long seed, ulong buildIndex, BootstrapScratch? scratch = null)
    {
        scratch ??= new BootstrapScratch();
        var u = livePoints[..(n * d)].ToArray();
        var mean = PointStatistics.Mean(u, n, d);
        AffineFrame firstMetric;
        double firstRadius;
        if (previous is null)
        {
            firstMetric = AffineFrame.FromCovariance(mean, PointStatistics.ScaledCovariance(u, mean, n, d));
            firstRadius = Bootstrap(u, Whiten(firstMetric, u, n, d), n, d, bootstraps, seed, buildIndex, false, scratch).Radius;
        }
        else
        {
            firstMetric = previous.metric;
            firstRadius = previous.RadiusSquared;
        }

        var ids = FriendsOfFriends.Cluster(Whiten(firstMetric, u, n, d), n, d, firstRadius, out var clusters);
        // As UltraNest's "sensible clustering" check: if nearly every point is its own cluster, the
        // co-centred covariance is meaningless and the plain covariance is used instead.
        var largest = ids.GroupBy(id => id).Max(g => g.Count());
        var metric = AffineFrame.FromCovariance(mean, clusters < n && largest > d
            ? PointStatistics.ScaledCovarianceAboutRows(u, ClusterCentres(u, ids, clusters, n, d), n, d)
            : PointStatistics.ScaledCovariance(u, mean, n, d));
        var (radius, enlargement) = Bootstrap(u, Whiten(metric, u, n, d), n, d, bootstraps, seed, buildIndex + (1UL << 40), true, scratch);
        var ellipsoid = AffineFrame.FromCovariance(mean, PointStatistics.ScaledCovariance(u, mean, n, d));
        for (var k = 0; k < n; k++)
        {
            // The live points themselves must lie inside, whatever the bootstrap said.
            enlargement = Math.Max(enlargement, ellipsoid.DistanceSquared(u.AsSpan(k * d, d)) * (1 + 1e-9));
        }

        var region = new MLFriendsRegion(n, d, u, metric, Math.Max(radius, 1e-300), ellipsoid, enlargement) { ClusterCount = clusters };
        region.ChooseMethod(seed, buildIndex);
        return region;
    }

    /// <summary>Replaces live point <paramref name="index"/> by <paramref name="point"/>, keeping metric and radius.</summary>
    public void Replace(int index, ReadOnlySpan<double> point)
    {
        for (var i = 0; i < d; i++)
        {
            centreSum[i] += point[i] - u[(index * d) + i];
            ellipsoid.Centre[i] = centreSum[i] / n;
        }

        point.CopyTo(u.AsSpan(index * d, d));
        Span<double> w = stackalloc double[d];
        metric.ToWhite(point, w);
        for (var i = 0; i < d; i++)
        {
            tc[(i * n) + index] = w[i];
        }
    }

    private static double[] Whiten(AffineFrame frame, double[] u, int n, int d)
    {
        var w = new double[n * d];
        for (var k = 0; k < n; k++)
        {
            frame.ToWhite(u.AsSpan(k * d, d), w.AsSpan(k * d, d));
        }

        return w;
    }

    private static double[] ClusterCentres(double[] u, int[] ids, int clusters, int n, int d)
    {
        var sums = new double[clusters * d];
        var counts = new int[clusters];
        for (var k = 0; k < n; k++)
        {
            counts[ids[k]]++;
            for (var i = 0; i < d; i++)
            {
                sums[(ids[k] * d) + i] += u[(k * d) + i];
            }
        }

        var centres = new double[n * d];
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < d; i++)
            {
                centres[(k * d) + i] = sums[(ids[k] * d) + i] / counts[ids[k]];
            }
        }

        return centres;
    }
}
