using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Analysis;
using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Analysis;

/// <summary>Regression tests for issue 14: analyses that share one data list must not see each other's model.</summary>
public class SharedDataListTests
{
    private const string Folder = "data/ogip/bn090217206/bn090217206_n6_srcspectra.pha";

    private static DataList GbmData()
    {
        string File(string detector, string kind) => SharedData.Data($"ogip/bn090217206/bn090217206_{detector}_{kind}");
        var n6 = new OgipLike("n6", File("n6", "srcspectra.pha"), File("n6", "bkgspectra.bak"), File("n6", "weightedrsp.rsp"));
        var n9 = new OgipLike("n9", File("n9", "srcspectra.pha"), File("n9", "bkgspectra.bak"), File("n9", "weightedrsp.rsp"));
        var b1 = new OgipLike("b1", File("b1", "srcspectra.pha"), File("b1", "bkgspectra.bak"), File("b1", "weightedrsp.rsp"));
        n6.SetActiveMeasurements("8.1-900");
        n9.SetActiveMeasurements("8.1-900");
        b1.SetActiveMeasurements("250-30000");
        n9.UseEffectiveAreaCorrection(0.8, 1.2);
        return new DataList(n6, n9, b1);
    }

    private static Model BandModel() =>
        new(new PointSource("grb", ra: 0, dec: 0, spectralShape: new Band(K: 0.01, alpha: -1.0, xp: 500.0, beta: -2.2, piv: 100.0)));

    private static Model CutoffModel() =>
        new(new PointSource("grb", ra: 0, dec: 0, spectralShape: new CutoffPowerlaw(K: 0.01, index: -1.0, xc: 300.0, piv: 100.0)));

    [RequiresSharedDataFact(Folder)]
    public void A_second_evaluator_on_the_same_data_list_leaves_the_first_bit_for_bit_unchanged()
    {
        var data = GbmData();
        var first = new LikelihoodEvaluator(BandModel(), data);
        double[] point = [0.012, -0.9, 450.0, -2.4, 1.05];
        var before = first.LogLikelihood(point);

        var second = new LikelihoodEvaluator(CutoffModel(), data);
        var secondValue = second.LogLikelihood([0.02, -1.1, 250.0, 0.95]);
        var after = first.LogLikelihood(point);

        Assert.True(double.IsFinite(before));
        Assert.Equal(BitConverter.DoubleToInt64Bits(before), BitConverter.DoubleToInt64Bits(after));
        var fresh = new LikelihoodEvaluator(CutoffModel(), GbmData()).LogLikelihood([0.02, -1.1, 250.0, 0.95]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(fresh), BitConverter.DoubleToInt64Bits(secondValue));
    }

    [RequiresSharedDataFact(Folder)]
    public void Each_analysis_owns_its_effective_area_constant_and_the_data_list_keeps_its_template()
    {
        var data = GbmData();
        var m1 = BandModel();
        var m2 = CutoffModel();
        var first = new LikelihoodEvaluator(m1, data);
        var second = new LikelihoodEvaluator(m2, data);

        Assert.NotSame(m1["cons_n9"], m2["cons_n9"]);
        Assert.False(m1.Contains(((SpectrumLike)data[1]).EffectiveAreaCorrection));
        Assert.True(m1["cons_n9"].Free);
        Assert.Equal((0.8, 1.2), (m1["cons_n9"].MinValue!.Value, m1["cons_n9"].MaxValue!.Value));
        Assert.Same(m1["cons_n9"], ((SpectrumLike)first.Plugins[1]).EffectiveAreaCorrection);
        Assert.Same(m2["cons_n9"], ((SpectrumLike)second.Plugins[1]).EffectiveAreaCorrection);
        Assert.NotSame(data[0], first.Plugins[0]);

        var ex = Assert.Throws<InvalidOperationException>(() => data[0].GetLogLike());
        Assert.Contains("Plugin 'n6' has no model", ex.Message);
    }

    [RequiresSharedDataFact(Folder)]
    public void A_fit_and_a_Bayesian_analysis_on_two_models_do_not_disturb_each_other()
    {
        var data = GbmData();
        var bandModel = BandModel();
        var fit = new JointLikelihood(bandModel, data);
        var best = fit.Fit(samples: 10).MinusLogLikelihood;

        var cutoff = CutoffModel();
        foreach (var p in cutoff.FreeParameters)
        {
            p.Prior = new UniformPrior(lowerBound: p.MinValue ?? -10, upperBound: p.MaxValue ?? 10);
        }

        var bayes = new BayesianAnalysis(cutoff, data);
        Assert.NotNull(bayes.BoundData);
        fit.RestoreBestFit();
        var perPlugin = fit.BoundData.Select(p => -p.GetLogLike()).Sum();

        Assert.Equal(best, perPlugin, 9);
        Assert.Equal(3, bayes.BoundData.Count);
        Assert.NotSame(fit.BoundData[0], bayes.BoundData[0]);
    }

    [Fact]
    public void Drawn_samples_lie_inside_the_bounds_and_a_short_draw_says_so()
    {
        // A covariance far wider than the bounds [4, 6]: most draws are rejected and the budget runs out.
        var a = new Parameter("a", 5.0, 4.0, 6.0);
        var b = new Parameter("b", 1.0, -100.0, 100.0);
        var samples = JointLikelihood.DrawSamples([a, b], [5.0, 1.0], new double[,] { { 1e6, 0 }, { 0, 1 } }, 2000, new Random(7));

        Assert.InRange(samples.Count, 1, 1999);
        Assert.Equal(2000, samples.RequestedCount);
        Assert.False(samples.IsComplete);
        foreach (var value in samples["a"])
        {
            Assert.InRange(value, 4.0, 6.0);
        }

        foreach (var value in samples["b"])
        {
            Assert.InRange(value, -100.0, 100.0);
        }
    }

    [Fact]
    public void A_draw_that_fits_the_bounds_is_complete()
    {
        var a = new Parameter("a", 5.0, 4.0, 6.0);
        var samples = JointLikelihood.DrawSamples([a], [5.0], new double[,] { { 0.01 } }, 500, new Random(11));
        Assert.Equal(500, samples.Count);
        Assert.True(samples.IsComplete);
        Assert.All(samples["a"].ToArray(), v => Assert.InRange(v, 4.0, 6.0));
    }
}
