using Astromodels;
using Astromodels.Functions;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Spectra;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Plugins;

public class SpectrumLikeTests
{
    // f(E) = 2E + 1 on bins [1, 2] and [2, 4] keV: ∫ = 4 and 14 (Simpson is exact for a line); exposure 2 s gives
    // expected counts 8 and 28. Reference log-likelihoods computed with CPython's math.lgamma:
    // 7 ln 8 − 8 − ln 7! + 30 ln 28 − 28 − ln 30! = −4.661171612880622 (and −4.734694960120592 with cons = 1.1).
    private static SpectrumLike LineSpectrum(out Model model)
    {
        var plugin = new SpectrumLike("line", new BinnedSpectrum([7, 30], 2.0, [1, 2, 4]));
        model = new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 1, b: 2)));
        plugin.SetModel(model);
        return plugin;
    }

    [Fact]
    public void Poisson_log_likelihood_of_Simpson_expected_counts_matches_the_hand_value()
    {
        var plugin = LineSpectrum(out _);
        AssertEx.Close([8.0, 28.0], plugin.GetExpectedModelCounts(), 1e-12);
        Assert.Equal(-4.661171612880622, plugin.GetLogLike(), 12);
        Assert.Equal(BackgroundNoise.None, plugin.BackgroundNoise);
        Assert.Equal(2, plugin.GetNumberOfDataPoints());
    }

    [Fact]
    public void Effective_area_constant_multiplies_the_model()
    {
        var plugin = LineSpectrum(out _);
        plugin.UseEffectiveAreaCorrection();
        plugin.EffectiveAreaCorrection.Value = 1.1;
        Assert.Equal(-4.734694960120592, plugin.GetLogLike(), 12);
        Assert.Equal("cons_line", plugin.NuisanceParameters[0].Name);
        Assert.True(plugin.EffectiveAreaCorrection.Free);
        plugin.FixEffectiveAreaCorrection();
        Assert.False(plugin.EffectiveAreaCorrection.Free);
        Assert.Equal(1.0, plugin.EffectiveAreaCorrection.Value);
    }

    [Fact]
    public void Excluded_plugin_contributes_zero()
    {
        var plugin = LineSpectrum(out _);
        plugin.ExcludedFromFit = true;
        Assert.Equal(0.0, plugin.GetLogLike());
    }

    [Fact]
    public void Rebinning_a_band_that_runs_past_the_last_channel_says_so_in_keV()
    {
        var plugin = new SpectrumLike("s", new BinnedSpectrum([1, 2, 3, 4, 0, 0], 1.0, [10, 20, 30, 40, 50, 60, 70]));
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 1, b: 0))));
        plugin.SetActiveMeasurements("55-80");
        var e = Assert.Throws<ArgumentException>(() => plugin.RebinOnSource(1));
        Assert.Contains("The selected channels c4-c5 (50-70 keV), up to the last channel, hold 0 source counts in total, fewer than the 1 requested per bin; the spectrum covers 10-70 keV in 6 channels", e.Message);
    }

    [Fact]
    public void Selection_and_rebinning_change_the_bins_used()
    {
        var plugin = new SpectrumLike("s", new BinnedSpectrum([1, 2, 3, 4, 5, 6], 1.0, [10, 20, 30, 40, 50, 60, 70]));
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 1, b: 0))));
        plugin.SetActiveMeasurements("c1-c4", "exclude:c2-c3");
        Assert.Equal([false, true, false, false, true, false], plugin.Mask.ToArray());
        Assert.Equal(2, plugin.GetNumberOfDataPoints());
        Assert.Equal([10.0, 10.0], plugin.GetModelCounts());
        plugin.SetActiveMeasurements("all");
        plugin.RebinOnSource(5);
        Assert.Equal(3, plugin.GetNumberOfDataPoints());
        Assert.Equal([30.0, 20.0, 10.0], plugin.GetModelCounts());
        var ex = Assert.Throws<InvalidOperationException>(() => plugin.SetActiveMeasurements("c1-c2"));
        Assert.Contains("RemoveRebinning", ex.Message);
        plugin.RemoveRebinning();
        Assert.Equal(6, plugin.GetNumberOfDataPoints());
    }

    [Fact]
    public void Warn_and_bad_channels_are_excluded_by_default_and_reset_restores_that()
    {
        var quality = new[] { ChannelQuality.Good, ChannelQuality.Warn, ChannelQuality.Bad, ChannelQuality.Good };
        var plugin = new SpectrumLike("q", new BinnedSpectrum([1, 1, 1, 1], 1, [1, 2, 3, 4, 5], quality: quality));
        Assert.Equal([true, false, false, true], plugin.Mask.ToArray());
        plugin.SetActiveMeasurements("all");
        Assert.Equal(4, plugin.ActiveChannelCount);
        plugin.SetActiveMeasurements("reset");
        Assert.Equal(2, plugin.ActiveChannelCount);
        var ex = Assert.Throws<ArgumentException>(() => plugin.SetActiveMeasurements("all", "c1-c2"));
        Assert.Contains("'all' cannot be combined", ex.Message);
    }

    [Fact]
    public void Assigned_source_is_the_only_one_seen()
    {
        var plugin = new SpectrumLike("s", new BinnedSpectrum([3, 3], 1.0, [1, 2, 3]));
        var model = new Model(
            new PointSource("a", ra: 0, dec: 0, new Line(a: 1, b: 0)),
            new PointSource("b", ra: 1, dec: 0, new Line(a: 5, b: 0)));
        plugin.SetModel(model);
        AssertEx.Close([6.0, 6.0], plugin.GetExpectedModelCounts(), 1e-12);
        plugin.AssignToSource("b");
        AssertEx.Close([5.0, 5.0], plugin.GetExpectedModelCounts(), 1e-12);
        Assert.Equal("b", plugin.AssignedSource);
        var ex = Assert.Throws<KeyNotFoundException>(() => plugin.AssignToSource("c"));
        Assert.Contains("assigned to source 'c', which is not in the model (sources: a, b)", ex.Message);
    }

    [Fact]
    public void Model_is_required_before_the_likelihood()
    {
        var plugin = new SpectrumLike("s", new BinnedSpectrum([3, 3], 1.0, [1, 2, 3]));
        var ex = Assert.Throws<InvalidOperationException>(() => plugin.GetLogLike());
        Assert.Contains("call SetModel first", ex.Message);
    }

    [Fact]
    public void Invalid_names_and_mismatched_backgrounds_are_rejected()
    {
        var obs = new BinnedSpectrum([3, 3], 1.0, [1, 2, 3]);
        Assert.Contains("'bad name' is invalid", Assert.Throws<ArgumentException>(() => new SpectrumLike("bad name", obs)).Message);
        var bkg = new BinnedSpectrum([1], 1.0, [1, 2]);
        Assert.Contains("background has 1 channels but the observation has 2", Assert.Throws<ArgumentException>(() => new SpectrumLike("s", obs, bkg)).Message);
        var gaussian = new BinnedSpectrum([3, 3], 1.0, [1, 2, 3], countErrors: [1, 1]);
        Assert.Contains("Gaussian observation with a Poisson background", Assert.Throws<ArgumentException>(() => new SpectrumLike("s", gaussian, obs)).Message);
    }

    [Fact]
    public void Poisson_background_selects_the_profile_likelihood_with_the_exposure_and_area_ratio()
    {
        var obs = new BinnedSpectrum([10, 12], 200.0, [1, 2, 3], scaleFactor: 1.0);
        var bkg = new BinnedSpectrum([400, 380], 5000.0, [1, 2, 3], scaleFactor: 2.0);
        var plugin = new SpectrumLike("w", obs, bkg);
        Assert.Equal(BackgroundNoise.Poisson, plugin.BackgroundNoise);
        Assert.Equal(200.0 / 5000.0 * 0.5, plugin.ScaleFactor, 15);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 0.01, b: 0))));
        Assert.True(double.IsFinite(plugin.GetLogLike()));
        Assert.Equal("wstat", plugin.GetXspecStatistic().Name);
        plugin.BackgroundNoise = BackgroundNoise.Ideal;
        Assert.Equal("pstat", plugin.GetXspecStatistic().Name);
        AssertEx.Close([0.02 * 400, 0.02 * 380], plugin.GetBackgroundEstimate(), 1e-12);
        var ex = Assert.Throws<ArgumentException>(() => plugin.BackgroundNoise = BackgroundNoise.Gaussian);
        Assert.Contains("can be Poisson (from the data) or Ideal", ex.Message);
    }

    [Fact]
    public void Dispersion_through_a_diagonal_response_equals_the_undispersed_plugin()
    {
        var edges = new double[] { 10, 20, 40, 80 };
        var response = InstrumentResponse.Diagonal(edges);
        var model = new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw(K: 5, index: -1.5, piv: 30)));
        var plain = new SpectrumLike("p", new BinnedSpectrum([50, 40, 30], 10.0, edges));
        var dispersed = new DispersionSpectrumLike("d", new BinnedSpectrumWithDispersion([50, 40, 30], 10.0, response));
        plain.SetModel(model);
        dispersed.SetModel(model);
        AssertEx.Close(plain.GetExpectedModelCounts(), dispersed.GetExpectedModelCounts(), 1e-12);
        Assert.Equal(plain.GetLogLike(), dispersed.GetLogLike(), 12);
    }

    [Fact]
    public void Integration_methods_follow_their_rules()
    {
        // f(E) = E² on [0, 2]: Simpson is exact (8/3), the trapezoid gives 2·(0 + 4)/2 = 4, the midpoint 2·1 = 2.
        var plugin = new SpectrumLike("i", new BinnedSpectrum([1], 1.0, [0, 2]));
        var square = new Powerlaw(K: 1, index: 2, piv: 1);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, square)));
        Assert.Equal(8.0 / 3.0, plugin.GetExpectedModelCounts()[0], 12);
        plugin.IntegrationMethod = ModelIntegrationMethod.Trapz;
        Assert.Equal(4.0, plugin.GetExpectedModelCounts()[0], 12);
        plugin.IntegrationMethod = ModelIntegrationMethod.Riemann;
        Assert.Equal(2.0, plugin.GetExpectedModelCounts()[0], 12);
    }
}
