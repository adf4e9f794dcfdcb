using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Importance;

namespace ThreeML.Tests.Bayesian;

/// <summary>The bounds of <see cref="ThreeML.Bayesian.Samplers.Importance.ImportanceNestedSampler"/>: volumes, membership, draws and the live set.</summary>
public sealed class EllipsoidUnionTests
{
    /// <summary>Unit-ball volumes in closed form: π (d = 2), 4π/3 (d = 3), π²/2 (d = 4), 8π²/15 (d = 5), π⁶/720 (d = 12).</summary>
    [Theory]
    [InlineData(1, 2.0)]
    [InlineData(2, Math.PI)]
    [InlineData(3, 4 * Math.PI / 3)]
    [InlineData(4, Math.PI * Math.PI / 2)]
    [InlineData(5, 8 * Math.PI * Math.PI / 15)]
    [InlineData(12, 961.38919357530443 / 720)]
    public void Unit_ball_volume_matches_the_closed_form(int d, double volume) =>
        Assert.Equal(Math.Log(volume), BoundingEllipsoid.LogUnitBallVolume(d), 12);

    /// <summary>Points on a circle of radius 0.1 about (0.5, 0.5): the fitted ellipsoid is that circle times the enlargement.</summary>
    [Fact]
    public void Ellipsoid_around_a_circle_is_the_enlarged_circle()
    {
        const int n = 64;
        var points = new double[2 * n];
        for (var k = 0; k < n; k++)
        {
            points[2 * k] = 0.5 + (0.1 * Math.Cos(2 * Math.PI * k / n));
            points[(2 * k) + 1] = 0.5 + (0.1 * Math.Sin(2 * Math.PI * k / n));
        }

        var ellipsoid = BoundingEllipsoid.Fit(points, Enumerable.Range(0, n).ToArray(), 2, 1.1);
        Assert.Equal(Math.Log(Math.PI * 0.11 * 0.11), ellipsoid.LogVolume, 6);
        var work = new double[2];
        Assert.True(ellipsoid.Contains([0.5 + 0.109, 0.5], work));
        Assert.False(ellipsoid.Contains([0.5 + 0.111, 0.5], work));
    }

    /// <summary>Two distant clusters split into two ellipsoids; every draw lies in one, and the fraction of draws in the left
    /// cluster's ellipsoid matches its share of the summed volume (binomial 5σ).</summary>
    [Fact]
    public void Distant_clusters_split_and_draws_follow_the_volumes()
    {
        var rng = new RandomStream(3, 99, 0);
        const int n = 200;
        var points = new double[2 * n];
        for (var k = 0; k < n; k++)
        {
            var left = k < n / 2;
            points[2 * k] = (left ? 0.2 : 0.8) + ((left ? 0.02 : 0.04) * rng.NextGaussian());
            points[(2 * k) + 1] = 0.5 + (0.03 * rng.NextGaussian());
        }

        var union = EllipsoidUnion.Build(points, Enumerable.Range(0, n).ToArray(), 2, 1.1, 20);
        Assert.Equal(2, union.Count);
        var x = new double[2];
        var work = new double[2];
        var inLeft = 0;
        const int draws = 20_000;
        for (var i = 0; i < draws; i++)
        {
            union.Sample(ref rng, x, work);
            Assert.Equal(1, union.Multiplicity(x, work));
            inLeft += x[0] < 0.5 ? 1 : 0;
        }

        // Volumes scale with the product of the axes: left about 0.02·0.03, right about 0.04·0.03, so a share near 1/3.
        var share = inLeft / (double)draws;
        Assert.InRange(share, 0.2, 0.45);
        Assert.True(union.LogVolumeSum < Math.Log(0.1));
    }

    [Fact]
    public void Live_set_keeps_the_highest_points_in_order()
    {
        var set = new LiveSet(3);
        double[] values = [5, 1, 4, 2, 8, 4, 0];
        for (var i = 0; i < values.Length; i++)
        {
            set.Offer(values[i], i);
        }

        Assert.Equal([2, 0, 4], set.Rows.ToArray());
        Assert.Equal(4, set.Threshold);
    }
}
