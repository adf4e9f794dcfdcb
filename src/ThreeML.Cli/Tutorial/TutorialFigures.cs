using ThreeML.Bayesian;
using ThreeML.Plotting;
using ThreeML.Plugins;
using ThreeML.Results;

namespace ThreeML.Cli.Tutorial;

/// <summary>The tutorial's figures: the two simulated count spectra, data vs folded model, the corner plot, and the
/// νFν spectra with credible bands.</summary>
internal static class TutorialFigures
{
    /// <summary>view_count_spectrum() of both generators (its wall time to <paramref name="phases"/> when given).</summary>
    public static IReadOnlyList<string> CountSpectra(string folder, SpectrumLike generator1, SpectrumLike generator2, PhaseClock? phases = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = Path.Combine(folder, "count_spectrum_s1.png");
        var second = Path.Combine(folder, "count_spectrum_s2.png");
        Plots.ViewCountSpectrum(generator1).SavePng(first);
        Plots.ViewCountSpectrum(generator2).SavePng(second);
        phases?.Note("count spectrum plots", clock.Elapsed);
        return [first, second];
    }

    /// <summary>display_spectrum_model_counts(ba), results.corner_plot() and plot_spectra(results); each one's wall time
    /// goes to <paramref name="phases"/> when given (they run beside other phases, so their CPU time is not theirs alone).</summary>
    public static IReadOnlyList<string> AfterSampling(string folder, BayesianAnalysis analysis, BayesianResults results, PhaseClock? phases = null)
    {
        var counts = Path.Combine(folder, "model_counts.png");
        var corner = Path.Combine(folder, "corner.png");
        var spectra = Path.Combine(folder, "spectra_nufnu.png");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Plots.DisplaySpectrumModelCounts(analysis).SavePng(counts);
        phases?.Note("model counts plot", clock.Elapsed);
        clock.Restart();
        Plots.CornerPlot(results).SavePng(corner);
        phases?.Note("corner plot", clock.Elapsed);
        clock.Restart();
        Plots.PlotSpectra(new SpectrumPlotOptions { FluxUnit = "erg2/(keV s cm2)" }, results).SavePng(spectra);
        phases?.Note("nuFnu spectra plot", clock.Elapsed);
        return [counts, corner, spectra];
    }
}
