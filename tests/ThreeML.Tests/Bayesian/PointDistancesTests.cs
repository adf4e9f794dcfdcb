using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Tests.Bayesian;

/// <summary>The vectorised distance kernels of the MLFriends region against their scalar reference.</summary>
public sealed class PointDistancesTests
{
    /// <summary>Point counts that are and are not multiples of the vector width, in 1 to 12 dimensions.</summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(64, 5)]
    [InlineData(401, 12)]
    public void Counts_and_rows_agree_bit_for_bit_with_the_scalar_reference(int n, int d)
    {
        var rng = new RandomStream(5, 0, (ulong)(n * 100 + d));
        var points = new double[n * d];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = rng.NextGaussian();
        }

        var columns = new double[n * d];
        PointDistances.Transpose(points, n, d, columns);
        var row = new double[n];
        var query = new double[d];
        for (var trial = 0; trial < 50; trial++)
        {
            for (var i = 0; i < d; i++)
            {
                query[i] = 1.5 * rng.NextGaussian();
            }

            var radiusSquared = d * rng.NextDouble();
            var expected = 0;
            PointDistances.Row(columns, n, query, row);
            for (var k = 0; k < n; k++)
            {
                var reference = PointDistances.DistanceSquared(columns, n, k, query);
                Assert.Equal(reference, row[k]);
                expected += reference <= radiusSquared ? 1 : 0;
            }

            var tail = new double[n];
            var first = n / 3;
            PointDistances.Row(columns, n, first, query, tail);
            Assert.Equal(row.AsSpan(first).ToArray(), tail.AsSpan(first).ToArray());
            Assert.All(tail.AsSpan(0, first).ToArray(), x => Assert.Equal(0.0, x));
            Assert.Equal(expected, PointDistances.CountWithin(columns, n, query, radiusSquared, stopAtFirst: false));
            Assert.Equal(expected > 0, PointDistances.AnyWithin(columns, n, query, radiusSquared));
        }
    }

    [Fact]
    public void Distance_rows_are_symmetric_and_zero_on_the_diagonal()
    {
        const int n = 37, d = 4;
        var rng = new RandomStream(6, 0, 0);
        var points = new double[n * d];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = rng.NextDouble();
        }

        var columns = new double[n * d];
        PointDistances.Transpose(points, n, d, columns);
        var rows = new double[n][];
        for (var a = 0; a < n; a++)
        {
            rows[a] = new double[n];
            PointDistances.Row(columns, n, points.AsSpan(a * d, d), rows[a]);
        }

        for (var a = 0; a < n; a++)
        {
            Assert.Equal(0.0, rows[a][a]);
            for (var b = 0; b < n; b++)
            {
                Assert.Equal(rows[a][b], rows[b][a]);
            }
        }
    }
}
