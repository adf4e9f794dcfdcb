using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Spectra;

namespace ThreeML.Tests.Fitting;

public class GoodnessOfFitTests
{
    private static readonly double[] Edges = [.. Enumerable.Range(0, 21).Select(i => 1.0 * Math.Pow(100.0, i / 20.0))];

    private static JointLikelihood FittedPowerlaw(int seed, Function1D? truth = null)
    {
        var plugin = SpectrumLike.FromFunction("pl", truth ?? new Powerlaw(K: 10, index: -1.5, piv: 10), Edges, new Random(seed), exposure: 5.0);
        var model = new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw(K: 8, index: -1.4, piv: 10)));
        var jl = new JointLikelihood(model, new DataList(plugin));
        jl.Fit(samples: 10);
        return jl;
    }

    [Fact]
    public void P_values_are_uniform_when_the_data_come_from_the_fitted_model()
    {
        // 30 data sets drawn from a power law, each fitted and tested with 40 simulations; the Kolmogorov–Smirnov
        // distance of the 30 p-values to the uniform distribution stays below its 1 % critical value 0.29.
        var p = Enumerable.Range(0, 30).Select(seed => new GoodnessOfFit(FittedPowerlaw(seed)).ByMonteCarlo(40, new Random(1000 + seed)).TotalPValue).OrderBy(x => x).ToArray();
        var d = p.Select((value, i) => Math.Max(Math.Abs((i + 1) / 30.0 - value), Math.Abs(i / 30.0 - value))).Max();
        Assert.True(d < 0.29, $"KS distance {d}; p-values {string.Join(", ", p)}");
    }

    [Fact]
    public void A_wrong_model_gets_a_small_p_value_and_results_do_not_depend_on_threads()
    {
        // Data from a strongly curved spectrum fitted with a power law.
        var jl = FittedPowerlaw(7, new CutoffPowerlaw(K: 30, index: -0.5, xc: 8, piv: 10));
        var one = new GoodnessOfFit(jl).ByMonteCarlo(30, new Random(3), maxDegreeOfParallelism: 1);
        var two = new GoodnessOfFit(jl).ByMonteCarlo(30, new Random(3), maxDegreeOfParallelism: 2);
        Assert.Equal(0.0, one.TotalPValue);
        Assert.Equal(one.SimulatedMinusLogLikelihood, two.SimulatedMinusLogLikelihood);
        Assert.Equal(one.PluginPValues["pl"], one.TotalPValue);
    }

    [Fact]
    public void Needs_a_fitted_analysis()
    {
        var plugin = SpectrumLike.FromFunction("pl", new Powerlaw(K: 10, index: -1.5, piv: 10), Edges, new Random(1));
        var jl = new JointLikelihood(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw(piv: 10))), new DataList(plugin));
        Assert.Contains("call Fit first", Assert.Throws<InvalidOperationException>(() => new GoodnessOfFit(jl)).Message);
    }

    [Fact]
    public void Likelihood_ratio_test_rejects_a_wrong_null_and_accepts_a_true_one()
    {
        // Null: power law; alternative: cutoff power law (one more parameter).
        LikelihoodRatioTestResult Run(Function1D truth)
        {
            var plugin = SpectrumLike.FromFunction("pl", truth, Edges, new Random(11), exposure: 5.0);
            var nullJl = new JointLikelihood(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw(K: 8, index: -1.4, piv: 10))), new DataList(plugin));
            nullJl.Fit(samples: 10);
            var alt = new CutoffPowerlaw(K: 8, index: -1.4, xc: 50, piv: 10);
            var altJl = new JointLikelihood(new Model(new PointSource("src", ra: 0, dec: 0, alt)), new DataList(plugin));
            altJl.Fit(samples: 10);
            return new LikelihoodRatioTest(nullJl, altJl).ByMonteCarlo(40, new Random(5));
        }

        var curved = Run(new CutoffPowerlaw(K: 30, index: -0.5, xc: 8, piv: 10));
        Assert.True(curved.ReferenceTS > 20, $"TS {curved.ReferenceTS}");
        Assert.Equal(0.0, curved.NullHypothesisProbability);
        var straight = Run(new Powerlaw(K: 10, index: -1.5, piv: 10));
        Assert.True(straight.NullHypothesisProbability > 0.01, $"p {straight.NullHypothesisProbability}, TS {straight.ReferenceTS}");
        Assert.Equal(40, straight.TSDistribution.Count);
    }

    [Fact]
    public void One_dimensional_contour_is_the_profile_parabola_of_a_linear_gaussian_problem()
    {
        double[] edges = [0, 1, 2, 3, 4, 5];
        double[] y = [1.2, 2.9, 5.1, 7.2, 8.8];
        double[] sigma = [0.3, 0.3, 0.4, 0.5, 0.5];
        var plugin = new SpectrumLike("xy", new BinnedSpectrum(y, 1.0, edges, countErrors: sigma));
        var jl = new JointLikelihood(new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 0.5, b: 1.5))), new DataList(plugin));
        var r = jl.Fit();
        var a = r.BestFit[0];
        var sa = r.Parameters["src.spectrum.main.Line.a"].Error;
        var (values, profile) = jl.GetContours("src.spectrum.main.Line.a", a - 2 * sa, a + 2 * sa, 5);
        for (var k = 0; k < values.Length; k++)
        {
            var expected = r.MinusLogLikelihood + 0.5 * Math.Pow((values[k] - a) / sa, 2);
            Assert.Equal(expected, profile[k], 1e-3);
        }

        var (first, second, grid) = jl.GetContours("src.spectrum.main.Line.a", a - sa, a + sa, 3, "src.spectrum.main.Line.b", r.BestFit[1] - 0.1, r.BestFit[1] + 0.1, 3);
        Assert.Equal(3, first.Length);
        Assert.Equal(3, second.Length);
        Assert.True(grid[1, 1] <= grid[0, 0]);
        Assert.Contains("not a free parameter", Assert.Throws<ArgumentException>(() => jl.GetContours("src.spectrum.main.Line.c", 0, 1, 3)).Message);
    }
}
