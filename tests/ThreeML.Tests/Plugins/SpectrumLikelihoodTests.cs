using Astromodels;
using Astromodels.Functions;
using ThreeML.Analysis;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Statistics;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Plugins;

/// <summary>The worker of a bound <see cref="SpectrumLike"/>: its own buffers, shared data and response.</summary>
public class SpectrumLikelihoodTests
{
    private static DispersionSpectrumLike Simulated(string name, int seed) =>
        DispersionSpectrumLike.FromFunction(name, new Powerlaw(K: 0.5, index: -1.5, piv: 100), SimulationTests.SmallResponse(), new Random(seed),
            backgroundFunction: new Powerlaw(K: 0.2, index: -1.2, piv: 100), exposure: 10);

    private static Model PowerlawModel(double k) => new(new PointSource("src", ra: 0, dec: 0, new Powerlaw(K: k, index: -1.5, piv: 100)));

    [Fact]
    public void A_data_list_plugin_has_no_worker_until_connected_and_says_how_to_get_one()
    {
        var plugin = Simulated("a", 1);
        var error = Assert.Throws<InvalidOperationException>(() => plugin.GetModelCounts());
        Assert.Equal("Plugin 'a' has no model: call SetModel first (an analysis binds its own copies: use its BoundData).", error.Message);
    }

    [Fact]
    public void Two_bound_copies_evaluate_their_own_models_with_their_own_buffers()
    {
        var plugin = Simulated("a", 1);
        var low = (SpectrumLike)plugin.Bind(PowerlawModel(0.25));
        var high = (SpectrumLike)plugin.Bind(PowerlawModel(1.0));
        var lowCounts = low.GetExpectedModelCounts();
        var highCounts = high.GetExpectedModelCounts();

        // The power law is linear in K: four times the normalization, four times the counts (exact in binary floating point).
        Assert.Equal(lowCounts.Select(c => 4 * c), highCounts);
        Assert.Equal(lowCounts, low.GetExpectedModelCounts());
        Assert.Same(plugin.Observation, low.Observation);
    }

    [Fact]
    public void A_simulated_copy_keeps_its_type_and_settings_but_not_the_exclusion()
    {
        var plugin = (DispersionSpectrumLike)Simulated("a", 1).Bind(PowerlawModel(0.5));
        plugin.SetActiveMeasurements("c3-c30");
        plugin.UseEffectiveAreaCorrection(0.9, 1.1);
        plugin.ExcludedFromFit = true;

        var simulated = plugin.GetSimulatedDataset("sim", new Random(7));

        var copy = Assert.IsType<DispersionSpectrumLike>(simulated);
        Assert.Same(plugin.Response, copy.Response);
        Assert.Equal("cons_sim", copy.EffectiveAreaCorrection.Name);
        Assert.True(copy.EffectiveAreaCorrection.Free);
        Assert.Equal((0.9, 1.1), copy.EffectiveAreaCorrection.Bounds);
        Assert.Equal(28, copy.ActiveChannelCount);
        Assert.False(copy.ExcludedFromFit);
        Assert.Throws<ArgumentException>(() => plugin.GetSimulatedDataset("bad name", new Random(7)));
    }

    // The statistic reads one run of active channels straight from the unscaled rates and multiplies by cons·t·AREASCAL
    // as it loads them (the W-stat) or in a pass of its own (the others); two runs go through the scaling and gathering
    // passes. Either way the value must be the scalar reference statistic of the expected counts per active channel
    // (GetExpectedModelCounts: scaled in a pass of its own), on real responses and several points.
    [Fact]
    public void The_tutorials_W_stats_on_the_demo_response_are_the_scalar_reference_of_the_expected_counts()
    {
        var (model, data) = TutorialProblem.Build(OgipResponse.Read(global::ThreeML.DemoData.ResponsePath), OgipResponse.Read(global::ThreeML.DemoData.ResponsePath));
        var evaluator = new LikelihoodEvaluator(model, data);
        foreach (var point in new[] { new[] { 4.5e-8, 1.1e-7, 518.0, 200.1, -1.5 }, [6e-8, 0.8e-7, 430.0, 150.0, -1.3], [3e-8, 1.4e-7, 610.0, 260.0, -1.8] })
        {
            Assert.True(evaluator.TrySetValues(point));
            AssertReferenceStatistics(evaluator);
        }
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void The_statistics_of_ogip_powerlaw_are_the_scalar_references_over_all_one_run_and_two_runs_of_channels()
    {
        foreach (var selection in new string[]?[] { null, ["c10-c100"], ["c5-c40", "c60-c120"] })
        {
            var plugin = new OgipLike("ogip", SharedData.Data("ogip/ogip_powerlaw.pha"), SharedData.Data("ogip/ogip_powerlaw.bak"), SharedData.Data("ogip/ogip_powerlaw.rsp"));
            if (selection is not null)
            {
                plugin.SetActiveMeasurements(selection);
            }

            var model = new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw(K: 3e-2, index: -1.8, piv: 1) + new Blackbody(K: 1e-3, kT: 1.5)));
            AssertReferenceStatistics(new LikelihoodEvaluator(model, new DataList(plugin)));
        }

        // Without its background (C-stat), over one run of channels.
        var alone = new OgipLike("alone", SharedData.Data("ogip/ogip_powerlaw.pha"), "none", SharedData.Data("ogip/ogip_powerlaw.rsp"));
        alone.SetActiveMeasurements("c10-c100");
        AssertReferenceStatistics(new LikelihoodEvaluator(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw(K: 3e-2, index: -1.8, piv: 1))), new DataList(alone)));
    }

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void The_PG_stat_of_a_GBM_NaI_is_the_scalar_reference_over_one_run_and_two_runs_of_channels()
    {
        foreach (var selection in new string[][] { ["9-900"], ["9-30", "40-900"] })
        {
            var stem = SharedData.Data("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s");
            var plugin = new OgipLike("n3", stem + ".pha", stem + "_bak.pha", stem + ".rsp");
            plugin.SetActiveMeasurements(selection);
            plugin.UseEffectiveAreaCorrection(0.8, 1.2);
            plugin.EffectiveAreaCorrection.Value = 0.93;
            var model = new Model(new PointSource("grb", ra: 0, dec: 0, new Blackbody(K: 2e-4, kT: 60) + new PowerlawFlux(F: 5, index: -1.6, a: 10, b: 1000)));
            AssertReferenceStatistics(new LikelihoodEvaluator(model, new DataList(plugin)));
        }
    }

    private static void AssertReferenceStatistics(LikelihoodEvaluator evaluator)
    {
        var perPlugin = new double[evaluator.Plugins.Count];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        for (var p = 0; p < perPlugin.Length; p++)
        {
            var plugin = (SpectrumLike)evaluator.Plugins[p];
            var expected = plugin.GetExpectedModelCounts();
            var active = Enumerable.Range(0, expected.Length).Where(c => plugin.Mask[c]).ToArray();
            double[] observed = [.. active.Select(c => plugin.Observation.Counts[c])], background = [.. active.Select(c => plugin.Background?.Counts[c] ?? 0.0)];
            double[] model = [.. active.Select(c => expected[c])];
            Assert.Equal(ObservationNoise.Poisson, plugin.ObservationNoise);
            double reference;
            if (plugin.BackgroundNoise == BackgroundNoise.None)
            {
                reference = PoissonObservedNoBackground.LogLikelihood(observed, model);
            }
            else if (plugin.BackgroundNoise == BackgroundNoise.Poisson)
            {
                reference = PoissonObservedPoissonBackground.LogLikelihood(observed, background, model, plugin.ScaleFactor);
            }
            else
            {
                Assert.Equal(BackgroundNoise.Gaussian, plugin.BackgroundNoise);
                Assert.All(plugin.Background!.SystematicErrors.ToArray(), e => Assert.Equal(0.0, e));
                reference = PoissonObservedGaussianBackground.LogLikelihood(observed, background, [.. active.Select(c => plugin.Background.CountErrors[c])], model, plugin.ScaleFactor);
            }

            Assert.True(Math.Abs(perPlugin[p] - reference) <= 1e-12 * Math.Abs(reference), $"{plugin.Name}: {perPlugin[p]:R} against {reference:R}");
            Assert.Equal(perPlugin[p], plugin.GetLogLike());
        }
    }
}
