using ThreeML.Bayesian;
using ThreeML.Plotting;
using ThreeML.Plugins;
using ThreeML.Results;

namespace ThreeML.Cli.Tutorial;

/// <summary>The tutorial's figures: the two simulated count spectra, data vs folded model, the corner plot, and the
/// νFν spectra with credible bands.</summary>
internal static class TutorialFigures
{
    /// <summary>view_count_spectrum() of both generators.</summary>
    public static IReadOnlyList<string> CountSpectra(string folder, SpectrumLike generator1, SpectrumLike generator2)
    {
        var first = Path.Combine(folder, "count_spectrum_s1.png");
        var second = Path.Combine(folder, "count_spectrum_s2.png");
        Plots.ViewCountSpectrum(generator1).SavePng(first);
        Plots.ViewCountSpectrum(generator2).SavePng(second);
        return [first, second];
    }

    /// <summary>display_spectrum_model_counts(ba), results.corner_plot() and plot_spectra(results).</summary>
    public static IReadOnlyList<string> AfterSampling(string folder, BayesianAnalysis analysis, BayesianResults results)
    {
        var counts = Path.Combine(folder, "model_counts.png");
        var corner = Path.Combine(folder, "corner.png");
        var spectra = Path.Combine(folder, "spectra_nufnu.png");
        Plots.DisplaySpectrumModelCounts(analysis).SavePng(counts);
        Plots.CornerPlot(results).SavePng(corner);
        Plots.PlotSpectra(new SpectrumPlotOptions { FluxUnit = "erg2/(keV s cm2)" }, results).SavePng(spectra);
        return [counts, corner, spectra];
    }
}
