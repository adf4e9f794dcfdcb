using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Plugins;

namespace ThreeML.Tests.Plugins;

public class XYLikeTests
{
    private static Model LineModel() => new(new PointSource("src", ra: 0, dec: 0, new Line(a: 1, b: 2)));

    [Fact]
    public void Gaussian_points_give_half_chi_square()
    {
        // Model 2x + 1 at x = 1, 2, 3 is 3, 5, 7: χ² = 1² + 1² + 0² = 2, so ln L = −1.
        var xy = new XYLike("xy", [1, 2, 3], [3.5, 4.5, 7.0], [0.5, 0.5, 1.0]);
        xy.SetModel(LineModel());
        Assert.Equal(-1.0, xy.GetLogLike(), 12);
        Assert.False(xy.IsPoisson);
        Assert.Equal([3.0, 5.0, 7.0], xy.GetModel());
    }

    [Fact]
    public void Counts_without_errors_are_poisson()
    {
        // Σ o ln M − M − ln o! for o = (2, 6, 5), M = (3, 5, 7), from CPython's math.lgamma: −5.4764873381347074.
        var xy = new XYLike("counts", [1, 2, 3], [2, 6, 5]);
        xy.SetModel(LineModel());
        Assert.True(xy.IsPoisson);
        Assert.Equal(-5.4764873381347074, xy.GetLogLike(), 12);
    }

    [Fact]
    public void Fitting_a_line_recovers_the_least_squares_solution()
    {
        var xy = new XYLike("xy", [0.5, 1.5, 2.5, 3.5, 4.5], [1.2, 2.9, 5.1, 7.2, 8.8], [0.3, 0.3, 0.4, 0.5, 0.5]);
        var jl = new JointLikelihood(new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 0, b: 1))), new DataList(xy));
        var r = jl.Fit();
        Assert.True(r.IsValid, r.Reason);
        // Weighted least squares (normal equations evaluated in CPython): a = 0.14226143839953573, b = 1.9505709808635554.
        Assert.Equal(0.14226143839953573, r.BestFit[0], 1e-5);
        Assert.Equal(1.9505709808635554, r.BestFit[1], 1e-5);
        var simulated = (XYLike)jl.BoundData[0].Simulate("sim", new Random(1));
        Assert.Equal(5, simulated.GetNumberOfDataPoints());
        Assert.Equal(xy.X.ToArray(), simulated.X.ToArray());
    }

    [Fact]
    public void Invalid_data_are_explained()
    {
        Assert.Contains("x has 2 values, y 3", Assert.Throws<ArgumentException>(() => new XYLike("a", [1, 2], [1, 2, 3])).Message);
        Assert.Contains("yErr[1] = 0 must be positive", Assert.Throws<ArgumentException>(() => new XYLike("a", [1, 2], [1, 2], [1, 0])).Message);
        Assert.Contains("Poisson counts, but y[0] = 1.5", Assert.Throws<ArgumentException>(() => new XYLike("a", [1], [1.5])).Message);
        var xy = new XYLike("a", [1], [1]);
        Assert.Contains("call SetModel first", Assert.Throws<InvalidOperationException>(() => xy.GetLogLike()).Message);
    }
}
