using Astromodels;
using ThreeML.Analysis;
using ThreeML.Fitting;
using ThreeML.Plugins;

namespace ThreeML.PublicApi.Tests;

/// <summary>A plugin and a function written outside the library get the same model sharing and binding as the
/// built-in ones, through the public API only.</summary>
public class ExternalPluginTests
{
    private static readonly double[] Edges = [10, 20, 40, 80, 160];

    // Fluxes and errors made up for the test; the reference is the exact integral of a + b·E over each bin,
    // a(e1 − e0) + b(e1² − e0²)/2 (Simpson's rule is exact for a straight line).
    private static readonly double[] FluxA = [41.0, 150.0, 590.0, 2350.0];
    private static readonly double[] FluxB = [39.0, 162.0, 610.0, 2380.0];
    private static readonly double[] Errors = [2.0, 8.0, 30.0, 120.0];

    private static double ExactLogLike(double[] flux, double a, double b)
    {
        var sum = 0.0;
        for (var i = 0; i < flux.Length; i++)
        {
            var (lo, hi) = (Edges[i], Edges[i + 1]);
            var exact = a * (hi - lo) + b * (hi * hi - lo * lo) / 2;
            sum += Math.Pow((flux[i] - exact) / Errors[i], 2);
        }

        return -0.5 * sum;
    }

    private static (CountingLine Line, Model Model, DataList Data) Problem()
    {
        var line = new CountingLine(a: 1.0, b: 0.3);
        var model = new Model(new PointSource("src", ra: 0, dec: 0, line));
        var data = new DataList(new BinnedFluxPlugin("a", Edges, FluxA, Errors), new BinnedFluxPlugin("b", Edges, FluxB, Errors));
        return (line, model, data);
    }

    [Fact]
    public void Two_external_plugins_on_one_grid_share_one_evaluation_of_an_external_function()
    {
        var (line, model, data) = Problem();
        var evaluator = new LikelihoodEvaluator(model, data);
        var before = line.SpanEvaluations;
        var logL = evaluator.LogLikelihood([2.0, 0.25]);

        Assert.Equal(1, line.SpanEvaluations - before);
        var expected = ExactLogLike(FluxA, 2.0, 0.25) + ExactLogLike(FluxB, 2.0, 0.25);
        Assert.Equal(expected, logL, Math.Abs(expected) * 1e-12);
    }

    [Fact]
    public void The_shared_evaluation_agrees_with_each_plugins_own_likelihood()
    {
        var (_, model, data) = Problem();
        var evaluator = new LikelihoodEvaluator(model, data);
        var perPlugin = new double[2];
        evaluator.TrySetValues([1.5, 0.28]);
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.Equal(evaluator.Plugins[0].GetLogLike(), perPlugin[0], Math.Abs(perPlugin[0]) * 1e-12);
        Assert.Equal(evaluator.Plugins[1].GetLogLike(), perPlugin[1], Math.Abs(perPlugin[1]) * 1e-12);
    }

    [Fact]
    public void Two_analyses_bind_their_own_copies_of_an_external_plugin()
    {
        var (_, model, data) = Problem();
        var first = new LikelihoodEvaluator(model, data);
        var before = first.LogLikelihood([2.0, 0.25]);
        var otherModel = new Model(new PointSource("src", ra: 0, dec: 0, new CountingLine(a: 5.0, b: 0.1)));
        var second = new LikelihoodEvaluator(otherModel, data);
        second.LogLikelihood([5.0, 0.1]);

        Assert.Equal(before, first.LogLikelihood([2.0, 0.25]));
        Assert.NotSame(data[0], first.Plugins[0]);
        Assert.NotSame(first.Plugins[0], second.Plugins[0]);
        Assert.Throws<InvalidOperationException>(() => data[0].GetLogLike());
    }

    [Fact]
    public void A_fit_of_external_plugins_finds_the_weighted_least_squares_line()
    {
        var (_, model, data) = Problem();
        var results = new JointLikelihood(model, data).Fit(samples: 10);
        Assert.True(results.IsValid, results.Reason);

        // The likelihood is quadratic in (a, b): the best fit is where no small step improves it.
        var ab = results.BestFit.ToArray();
        var best = ExactLogLike(FluxA, ab[0], ab[1]) + ExactLogLike(FluxB, ab[0], ab[1]);
        foreach (var (da, db) in new[] { (1e-3, 0.0), (-1e-3, 0.0), (0.0, 1e-5), (0.0, -1e-5) })
        {
            Assert.True(best >= ExactLogLike(FluxA, ab[0] + da, ab[1] + db) + ExactLogLike(FluxB, ab[0] + da, ab[1] + db) - 1e-9);
        }
    }
}
