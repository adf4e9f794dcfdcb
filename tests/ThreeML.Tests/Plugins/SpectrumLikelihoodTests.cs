using Astromodels;
using Astromodels.Functions;
using ThreeML.Plugins;

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
}
