using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Tests.Bayesian;

/// <summary>Subset moments and quadratic forms from <see cref="PointMoments"/> against the direct sums of <see cref="PointStatistics"/>.</summary>
public sealed class PointMomentsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(12)]
    public void Subset_mean_covariance_and_mahalanobis_distances_match_the_direct_computation(int d)
    {
        const int n = 300;
        var rng = new RandomStream(8, 0, (ulong)d);
        var points = new double[n * d];
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < d; i++)
            {
                // Correlated, offset and unequally scaled, like live points in the unit cube.
                points[(k * d) + i] = 0.5 + (0.01 * (i + 1) * rng.NextGaussian()) + (i > 0 ? 0.5 * points[k * d] - 0.25 : 0);
            }
        }

        var moments = new PointMoments(points, n, d);
        var include = new bool[n];
        var mean = new double[d];
        var covariance = new double[d * d];
        var work = new double[d];
        var delta = new double[d];
        for (var round = 0; round < 5; round++)
        {
            var count = 0;
            for (var k = 0; k < n; k++)
            {
                include[k] = rng.NextDouble() < 0.63;
                count += include[k] ? 1 : 0;
            }

            moments.MeanAndScaledCovariance(include, count, mean, covariance);
            var directMean = PointStatistics.Mean(points, n, d, include);
            var directCovariance = PointStatistics.ScaledCovariance(points, directMean, n, d, include);
            for (var i = 0; i < d; i++)
            {
                Assert.Equal(directMean[i], mean[i], 1e-14);
                for (var j = 0; j < d; j++)
                {
                    var scale = Math.Sqrt(directCovariance[(i * d) + i] * directCovariance[(j * d) + j]);
                    Assert.True(Math.Abs(directCovariance[(i * d) + j] - covariance[(i * d) + j]) <= 1e-10 * scale, $"covariance[{i},{j}]");
                }
            }

            PointStatistics.CholeskyInPlace(directCovariance, d);
            moments.PrepareQuadraticForm(directMean, directCovariance);
            for (var k = 0; k < n; k++)
            {
                for (var i = 0; i < d; i++)
                {
                    delta[i] = points[(k * d) + i] - directMean[i];
                }

                var direct = PointStatistics.MahalanobisSquared(directCovariance, delta, work, d);
                Assert.True(Math.Abs(direct - moments.QuadraticForm(k)) <= 1e-8 * (1 + direct), $"point {k}: {direct} vs {moments.QuadraticForm(k)}");
            }
        }
    }
}
