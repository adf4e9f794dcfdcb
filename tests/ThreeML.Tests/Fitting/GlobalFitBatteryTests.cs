using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Fitting;

/// <summary>The default (global) fit on multimodal spectral problems, from astromodels' default start values, against an
/// independent reference: the lowest minimum of a dense random multi-start (40 MIGRAD fits from uniform starts within
/// the bounds, or ±100 steps along an unbounded side) on an identical copy of the problem.</summary>
public sealed class GlobalFitBatteryTests
{
    private const string OgipResponsePath = "data/ogip/ogip_powerlaw.rsp";

    [RequiresSharedDataFact(OgipResponsePath)]
    public void Tutorial_through_3MLs_ogip_powerlaw_response_reaches_the_global_minimum_for_seeds_1_to_20() =>
        TutorialBattery(() => OgipResponse.Read(SharedData.Data("ogip/ogip_powerlaw.rsp")));

    [Fact]
    public void Tutorial_through_the_demo_response_reaches_the_global_minimum_for_seeds_1_to_20() =>
        TutorialBattery(() => OgipResponse.Read(ThreeML.DemoData.ResponsePath));

    [RequiresSharedDataFact(OgipResponsePath)]
    public void Models_on_3MLs_ogip_powerlaw_spectrum_reach_the_lowest_minimum_from_their_defaults()
    {
        foreach (var make in new Func<Function1D>[] { () => new Powerlaw(), () => new CutoffPowerlaw(), () => new Band() })
        {
            var fit = new JointLikelihood(OgipModel(make()), OgipData()).Fit();
            var reference = Reference(OgipModel(make()), OgipData(), seed: 7);
            Assert.True(fit.IsValid, $"{make().Name}: {fit.Reason}");
            Assert.True(fit.MinusLogLikelihood <= reference + 1e-3, $"{make().Name}: {fit.MinusLogLikelihood} above the reference {reference}");
        }

        // Minuit's value for Cutoff_powerlaw (iminuit through 3ML, from the defaults): -ln L = 180.94 at index -1.88.
        var cutoff = new JointLikelihood(OgipModel(new CutoffPowerlaw()), OgipData()).Fit(strategy: FitStrategy.Local);
        Assert.True(cutoff.IsValid, cutoff.Reason);
        Assert.Equal(180.94, cutoff.MinusLogLikelihood, 0.01);
    }

    [RequiresSharedDataFact(OgipResponsePath)]
    public void Blackbody_plus_powerlaw_on_a_pure_power_law_switched_off_is_not_valid_and_the_global_fit_does_no_worse_than_the_power_law()
    {
        // From the defaults, a single descent makes the blackbody contribute nothing (K at its bound), leaving kT
        // unconstrained: no minimum exists there, and the fit must say so.
        var local = new JointLikelihood(OgipModel(new Blackbody() + new Powerlaw()), OgipData()).Fit(strategy: FitStrategy.Local);
        var plain = new JointLikelihood(OgipModel(new Powerlaw()), OgipData()).Fit();
        Assert.False(local.IsValid);
        Assert.True(local.Status.IsDegenerate || local.Status.IsSaddlePoint, local.Status.ToString());
        Assert.Equal(plain.MinusLogLikelihood, local.MinusLogLikelihood, 0.01);

        // The models are nested (K_1 = 0 is the power law), so the global minimum can be no higher than the power law's. It
        // is a faint 74 keV blackbody 0.45 below it (a 461 keV one lies 0.34 below, a 2.5 MeV one 0.11 below); the global
        // search must reach the dense multi-start's lowest minimum, starting from the switched-off fit's undetermined kT.
        var global = new JointLikelihood(OgipModel(new Blackbody() + new Powerlaw()), OgipData()).Fit();
        double reference = Reference(OgipModel(new Blackbody() + new Powerlaw()), OgipData(), seed: 7);
        Assert.True(global.IsValid, global.Reason);
        Assert.True(global.MinusLogLikelihood <= reference + 1e-3, $"{global.MinusLogLikelihood} above the multi-start reference {reference}");
        Assert.True(global.MinusLogLikelihood < plain.MinusLogLikelihood - 0.4, $"{global.MinusLogLikelihood} not below the power law's {plain.MinusLogLikelihood}");
        Assert.Equal(74, global.Parameters["s.spectrum.main.composite.kT_1"].Value, 1.0);
    }

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void Four_parameters_fitted_to_one_channel_are_never_valid()
    {
        string folder = SharedData.Data("gbm_bn080916009_0-10s");
        var n3 = new OgipLike("n3", Path.Combine(folder, "gbm_bn080916009_n3_0-10s.pha"), Path.Combine(folder, "gbm_bn080916009_n3_0-10s_bak.pha"),
            Path.Combine(folder, "gbm_bn080916009_n3_0-10s.rsp"));
        n3.SetActiveMeasurements("100.1-100.2");
        var fit = new JointLikelihood(OgipModel(new Band()), new DataList(n3)).Fit();
        Assert.False(fit.IsValid);
        Assert.True(fit.Status.TooFewDataPoints);
        Assert.Contains(FitStatus.TooFewDataPointsFlag, fit.Status.Flags);
        Assert.Contains("no more bins than free parameters: the data do not constrain the model", fit.Status.ToString(), StringComparison.Ordinal);
    }

    private static void TutorialBattery(Func<InstrumentResponse> response)
    {
        var failures = new List<string>();
        for (int seed = 1; seed <= 20; seed++)
        {
            var (model, data) = TutorialProblem.BuildWithoutPriors(response(), seed);
            var fit = new JointLikelihood(model, data).Fit();
            var (refModel, refData) = TutorialProblem.BuildWithoutPriors(response(), seed);
            double reference = Reference(refModel, refData, seed);
            if (!fit.IsValid || fit.MinusLogLikelihood > reference + 1e-3)
            {
                failures.Add($"seed {seed}: -ln L {fit.MinusLogLikelihood:F3} (valid {fit.IsValid}), reference {reference:F3}");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>The lowest −ln L of a dense random multi-start: the independent reference.</summary>
    private static double Reference(Model model, DataList data, int seed)
    {
        var multi = new MultiStartMinimizer(new MultiStartOptions { Starts = 40, Seed = 1000 + seed, HalfWidthInSteps = 100 });
        var jl = new JointLikelihood(model, data) { Minimizer = multi, MaxAttempts = 1 };
        return jl.Fit(samples: 10, strategy: FitStrategy.Local).MinusLogLikelihood;
    }

    private static Model OgipModel(Function1D shape) => new(new PointSource("s", ra: 0, dec: 0, spectralShape: shape));

    private static DataList OgipData()
    {
        string folder = SharedData.Data("ogip");
        return new DataList(new OgipLike("ogip", Path.Combine(folder, "ogip_powerlaw.pha"), Path.Combine(folder, "ogip_powerlaw.bak"), Path.Combine(folder, "ogip_powerlaw.rsp")));
    }
}
