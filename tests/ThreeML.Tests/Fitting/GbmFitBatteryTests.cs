using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Tests.TestSupport;
using Xunit.Abstractions;

namespace ThreeML.Tests.Fitting;

/// <summary>The default (global) fit of GRB spectra from real Fermi GBM files, from astromodels' default start values,
/// against the lowest minimum of a dense random multi-start (40 local fits) on an identical copy of the problem.</summary>
/// <remarks>The cases of issue 13's battery (c): bn090217206 n6 + n9 ("10-900") + b1 ("250-30000") with Band and
/// Cutoff_powerlaw, also with free effective-area constants on n9 and b1 (3ML's usual cross-calibration set-up, n6 the
/// reference); bn080916009 n3 ("9-900") with Band, Powerlaw and Cutoff_powerlaw.</remarks>
public sealed class GbmFitBatteryTests(ITestOutputHelper output)
{
    private const string Bn090217206 = "data/ogip/bn090217206";
    private const string Bn080916009 = "data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha";

    [RequiresSharedDataFact(Bn090217206)]
    public void Band_on_bn090217206_n6_n9_b1() => Check(() => new Band(), () => ThreeDetectors(effectiveAreaConstants: false));

    [RequiresSharedDataFact(Bn090217206)]
    public void Cutoff_powerlaw_on_bn090217206_n6_n9_b1() => Check(() => new CutoffPowerlaw(), () => ThreeDetectors(effectiveAreaConstants: false));

    [RequiresSharedDataFact(Bn090217206)]
    public void Band_on_bn090217206_with_effective_area_constants_on_n9_and_b1()
    {
        var fit = Check(() => new Band(), () => ThreeDetectors(effectiveAreaConstants: true));
        AssertConstantsInside(fit);
    }

    [RequiresSharedDataFact(Bn090217206)]
    public void Cutoff_powerlaw_on_bn090217206_with_effective_area_constants_on_n9_and_b1()
    {
        var fit = Check(() => new CutoffPowerlaw(), () => ThreeDetectors(effectiveAreaConstants: true));
        AssertConstantsInside(fit);
    }

    [RequiresSharedDataFact(Bn080916009)]
    public void Band_on_bn080916009_n3() => Check(() => new Band(), OneDetector);

    [RequiresSharedDataFact(Bn080916009)]
    public void Powerlaw_on_bn080916009_n3() => Check(() => new Powerlaw(), OneDetector);

    [RequiresSharedDataFact(Bn080916009)]
    public void Cutoff_powerlaw_on_bn080916009_n3() => Check(() => new CutoffPowerlaw(), OneDetector);

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v01.pha")]
    public void A_background_only_interval_ends_at_both_shape_bounds_and_says_so()
    {
        // GRB 080916C, NaI n3 CSPEC: Bayesian blocks from 0 s take the coarse pre-trigger bin (−2.56 to 0.004 s), which holds
        // background only. A cut-off power law can then only hide its counts below the band: index at −10 and xc at 1 keV,
        // both bounds. The pinned index sits where the bound transformation folds, its covariance error shrinks to nothing
        // and it is 10⁻⁴ of a step from the bound; it must still be reported at its limit.
        string folder = SharedData.Data("ogip");
        var ts = ThreeML.TimeSeries.TimeSeriesBuilder.FromGbmCspecOrCtime("n3", Path.Combine(folder, "glg_cspec_n3_bn080916009_v01.pha"),
            Path.Combine(folder, "glg_cspec_n3_bn080916009_v00.rsp2"), polyOrder: -1);
        ts.SetBackgroundInterval("-24--5", "100-200");
        var preTrigger = ts.CreateTimeBinsByBayesianBlocks(new ThreeML.TimeSeries.TimeInterval(0, 40), p0: 0.01, energyMin: 8, energyMax: 900).First(i => i.Start < 0);
        var model = new Model(new PointSource("grb", ra: 0, dec: 0, spectralShape: new CutoffPowerlaw(K: 0.01, index: -1.0, xc: 300.0, piv: 100.0)));
        var fit = (MLEResults)ThreeML.TimeSeries.TimeResolvedAnalysis.Fit(ts, [preTrigger], model, activeMeasurements: ["9-900"])[0];

        Assert.Equal(-10, fit.Parameters["grb.spectrum.main.Cutoff_powerlaw.index"].Value, 1e-2);
        Assert.Equal(1, fit.Parameters["grb.spectrum.main.Cutoff_powerlaw.xc"].Value, 1e-2);
        Assert.Equal(["grb.spectrum.main.Cutoff_powerlaw.index", "grb.spectrum.main.Cutoff_powerlaw.xc"], fit.Diagnostics.Status.ParametersAtLimit.Order());
        Assert.Contains("at a bound (errors unreliable; widen the bound or fix the parameter)", fit.Diagnostics.Status.ToString(), StringComparison.Ordinal);
    }

    private MLEResults Check(Func<Function1D> shape, Func<DataList> data)
    {
        var fit = new JointLikelihood(Source(shape()), data()).Fit(samples: 10);
        var local = new JointLikelihood(Source(shape()), data()).Fit(samples: 10, strategy: FitStrategy.Local);
        var multi = new MultiStartMinimizer(new MultiStartOptions { Starts = 40, Seed = 17, HalfWidthInSteps = 100 });
        double reference = new JointLikelihood(Source(shape()), data()) { Minimizer = multi, MaxAttempts = 1 }.Fit(samples: 10, strategy: FitStrategy.Local).MinusLogLikelihood;
        output.WriteLine($"global {fit.MinusLogLikelihood:F4} ({fit.LikelihoodCalls} calls), local {local.MinusLogLikelihood:F4} ({local.LikelihoodCalls} calls, valid {local.IsValid}), reference {reference:F4}");
        output.WriteLine(fit.ToString());
        Assert.True(fit.IsValid, fit.Diagnostics.Reason);
        Assert.True(fit.MinusLogLikelihood <= reference + 1e-3, $"-ln L {fit.MinusLogLikelihood} above the multi-start reference {reference}");
        return fit;
    }

    private static void AssertConstantsInside(MLEResults fit)
    {
        var constants = fit.Parameters.Where(p => p.Key.StartsWith("cons_", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, constants.Count);
        Assert.All(constants, c => Assert.InRange(c.Value.Value, 0.8, 1.2));
        Assert.Empty(fit.Diagnostics.Status.ParametersAtLimit);
    }

    private static Model Source(Function1D shape) => new(new PointSource("grb", ra: 0, dec: 0, spectralShape: shape));

    private static DataList ThreeDetectors(bool effectiveAreaConstants) => GbmDataLists.Bn090217206(effectiveAreaConstants);

    private static DataList OneDetector() => GbmDataLists.Bn080916009N3();
}
