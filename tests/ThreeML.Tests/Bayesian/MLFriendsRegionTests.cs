using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Tests.Bayesian;

/// <summary>Geometry of the MLFriends region: it covers its live points and samples uniformly.</summary>
public sealed class MLFriendsRegionTests
{
    private const int N = 400;

    [Fact]
    public void Region_contains_every_live_point()
    {
        var points = BallPoints(N, 3, 0.5, 0.3, 1);
        var region = MLFriendsRegion.Build(points, N, 3, null, 30, 1, 0);
        for (var k = 0; k < N; k++)
        {
            Assert.True(region.Contains(points.AsSpan(k * 3, 3)), $"live point {k} is outside its region");
        }
    }

    /// <summary>
    /// Live points uniform in the square [0.2, 0.8]²: the region is the square padded by about one MLFriends
    /// radius, so x is close to uniform with variance a little above 0.6²/12 = 0.03. All three sampling
    /// methods must draw from the same distribution (moments agree within Monte-Carlo error, ≈ 2 % here).
    /// </summary>
    [Fact]
    public void Every_sampling_method_draws_uniformly_from_the_same_region()
    {
        var rng = new RandomStream(3, 0, 0);
        var points = new double[N * 2];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = 0.2 + (0.6 * rng.NextDouble());
        }

        var region = MLFriendsRegion.Build(points, N, 2, null, 30, 1, 0);
        var moments = new List<(double Mean, double Variance)>();
        foreach (var method in new[] { RegionSamplingMethod.Cube, RegionSamplingMethod.Ellipsoid, RegionSamplingMethod.Balls })
        {
            var u = new double[2];
            var xs = new List<double>();
            var draws = new RandomStream(4, (ulong)method, 0);
            while (xs.Count < 8000)
            {
                Assert.True(region.TrySample(method, ref draws, u, 100_000, out _));
                Assert.True(region.Contains(u));
                Assert.InRange(u[0], 0.1, 0.9);
                xs.Add(u[0]);
            }

            var mean = xs.Average();
            moments.Add((mean, xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1)));
        }

        foreach (var (mean, variance) in moments)
        {
            Assert.InRange(mean, 0.49, 0.51);
            Assert.InRange(variance, 0.03, 0.045);
            Assert.InRange(variance, moments[0].Variance * 0.93, moments[0].Variance * 1.07);
        }
    }

    [Fact]
    public void Well_separated_groups_of_live_points_form_separate_clusters()
    {
        var points = BallPoints(N / 2, 2, 0.2, 0.05, 1).Concat(BallPoints(N / 2, 2, 0.8, 0.05, 2)).ToArray();
        var first = MLFriendsRegion.Build(points, N, 2, null, 30, 1, 0);
        var second = MLFriendsRegion.Build(points, N, 2, first, 30, 1, 1);

        Assert.Equal(2, second.ClusterCount);
        Assert.False(second.Contains([0.5, 0.5]));
    }

    /// <summary><paramref name="count"/> points uniform in the d-ball of centre (c, …, c) and radius r, row-major.</summary>
    private static double[] BallPoints(int count, int d, double centre, double radius, long seed)
    {
        var rng = new RandomStream(seed, 0, 0);
        var points = new double[count * d];
        Span<double> z = stackalloc double[d];
        for (var k = 0; k < count; k++)
        {
            rng.NextInUnitBall(z);
            for (var i = 0; i < d; i++)
            {
                points[(k * d) + i] = centre + (radius * z[i]);
            }
        }

        return points;
    }
}
