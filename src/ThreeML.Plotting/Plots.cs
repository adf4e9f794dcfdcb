using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>The plots of 3ML (count spectra, data vs folded model, corner plots, spectra with credible bands), each
/// returned as a <see cref="PlotFigure"/> to customise through ScottPlot and save as PNG or SVG.</summary>
/// <remarks>The first call registers the embedded DejaVu fonts with ScottPlot (see <see cref="PlotFonts"/>); nothing
/// else is global. Plugins' models must be set (the analysis does this); their current parameter values are drawn.</remarks>
public static class Plots
{
    /// <summary>3ML's <c>view_count_spectrum</c>: observed and scaled background count-rate densities
    /// (counts s⁻¹ keV⁻¹) with √N errors on log-log axes; unused channels shaded grey, bad red, warn purple.</summary>
    /// <param name="plugin">The plugin to show (no model needed).</param>
    /// <param name="width">Default width of the figure in pixels.</param>
    /// <param name="height">Default height of the figure in pixels.</param>
    public static PlotFigure ViewCountSpectrum(SpectrumLike plugin, int width = 800, int height = 600) =>
        CountSpectrumFigure.Build(plugin, width, height);

    /// <summary>3ML's <c>display_spectrum_model_counts</c> for the spectral plugins of a Bayesian analysis, at the
    /// parameter values the model holds.</summary>
    /// <param name="analysis">The analysis (its bound plugins, at the model's current values).</param>
    /// <param name="options">Plot options (default <see cref="ModelCountsPlotOptions.Default"/>).</param>
    /// <exception cref="ArgumentException">The options do not fit the plugins, or ask for several figures.</exception>
    public static PlotFigure DisplaySpectrumModelCounts(BayesianAnalysis analysis, ModelCountsPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return ModelCountsFigure.Build([.. analysis.BoundData.OfType<SpectrumLike>()], options ?? ModelCountsPlotOptions.Default);
    }

    /// <summary>3ML's <c>display_spectrum_model_counts</c> for the spectral plugins of a fit, at the parameter values
    /// the model holds (the best fit after <see cref="JointLikelihood.Fit"/>).</summary>
    /// <param name="fit">The fit (its bound plugins, at the model's current values).</param>
    /// <param name="options">Plot options (default <see cref="ModelCountsPlotOptions.Default"/>).</param>
    /// <exception cref="ArgumentException">The options do not fit the plugins, or ask for several figures.</exception>
    public static PlotFigure DisplaySpectrumModelCounts(JointLikelihood fit, ModelCountsPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return ModelCountsFigure.Build([.. fit.BoundData.OfType<SpectrumLike>()], options ?? ModelCountsPlotOptions.Default);
    }

    /// <summary>3ML's <c>display_spectrum_model_counts</c> for the given plugins with default options.</summary>
    /// <param name="plugins">Plugins whose model is set.</param>
    public static PlotFigure DisplaySpectrumModelCounts(params SpectrumLike[] plugins) =>
        ModelCountsFigure.Build(plugins, ModelCountsPlotOptions.Default);

    /// <summary>3ML's <c>display_spectrum_model_counts</c> for the given plugins.</summary>
    /// <param name="plugins">Plugins whose model is set.</param>
    /// <param name="options">Plot options.</param>
    /// <exception cref="ArgumentException">The options do not fit the plugins (a per-plugin list of the wrong length),
    /// or <see cref="ModelCountsPlotOptions.DataPerPlot"/> asks for several figures (use
    /// <see cref="DisplaySpectrumModelCountsSplit(IEnumerable{SpectrumLike}, ModelCountsPlotOptions)"/>).</exception>
    public static PlotFigure DisplaySpectrumModelCounts(IEnumerable<SpectrumLike> plugins, ModelCountsPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        return ModelCountsFigure.Build([.. plugins], options);
    }

    /// <summary>3ML's <c>display_spectrum_model_counts</c> with <c>data_per_plot</c> for the spectral plugins of a
    /// Bayesian analysis: figures of at most <see cref="ModelCountsPlotOptions.DataPerPlot"/> plugins each.</summary>
    /// <param name="analysis">The analysis (its bound plugins, at the model's current values).</param>
    /// <param name="options">Plot options; without <see cref="ModelCountsPlotOptions.DataPerPlot"/> there is one figure.</param>
    /// <returns>The figures in plugin order; colours continue from one figure to the next.</returns>
    public static IReadOnlyList<PlotFigure> DisplaySpectrumModelCountsSplit(BayesianAnalysis analysis, ModelCountsPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return ModelCountsFigure.BuildSplit([.. analysis.BoundData.OfType<SpectrumLike>()], options);
    }

    /// <summary>3ML's <c>display_spectrum_model_counts</c> with <c>data_per_plot</c> for the spectral plugins of a fit:
    /// figures of at most <see cref="ModelCountsPlotOptions.DataPerPlot"/> plugins each.</summary>
    /// <param name="fit">The fit (its bound plugins, at the model's current values).</param>
    /// <param name="options">Plot options; without <see cref="ModelCountsPlotOptions.DataPerPlot"/> there is one figure.</param>
    /// <returns>The figures in plugin order; colours continue from one figure to the next.</returns>
    public static IReadOnlyList<PlotFigure> DisplaySpectrumModelCountsSplit(JointLikelihood fit, ModelCountsPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return ModelCountsFigure.BuildSplit([.. fit.BoundData.OfType<SpectrumLike>()], options);
    }

    /// <summary>3ML's <c>display_spectrum_model_counts</c> with <c>data_per_plot</c> for the given plugins: figures of
    /// at most <see cref="ModelCountsPlotOptions.DataPerPlot"/> plugins each.</summary>
    /// <param name="plugins">Plugins whose model is set.</param>
    /// <param name="options">Plot options; without <see cref="ModelCountsPlotOptions.DataPerPlot"/> there is one figure.</param>
    /// <returns>The figures in plugin order; colours continue from one figure to the next.</returns>
    public static IReadOnlyList<PlotFigure> DisplaySpectrumModelCountsSplit(IEnumerable<SpectrumLike> plugins, ModelCountsPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        return ModelCountsFigure.BuildSplit([.. plugins], options);
    }

    /// <summary>3ML's <c>corner_plot</c> of the named free parameters (all by default).</summary>
    /// <param name="results">Results with samples (Bayesian, or MLE with its sampled covariance).</param>
    /// <param name="parameters">Parameter paths; none for all free parameters.</param>
    public static PlotFigure CornerPlot(AnalysisResults results, params string[] parameters) =>
        CornerFigure.Build(results, new CornerPlotOptions { Parameters = parameters });

    /// <summary>3ML's <c>corner_plot</c> with options (parameters, labels, bins, levels, size).</summary>
    /// <param name="results">Results with samples.</param>
    /// <param name="options">Plot options.</param>
    public static PlotFigure CornerPlot(AnalysisResults results, CornerPlotOptions options) =>
        CornerFigure.Build(results, options);

    /// <summary>3ML's <c>plot_spectra</c> with default options: every point source of every result, median and 68 %
    /// band of the photon flux from 10 keV to 10 MeV.</summary>
    /// <param name="results">One or more results drawn on the same axes.</param>
    public static PlotFigure PlotSpectra(params AnalysisResults[] results) => PlotSpectra(SpectrumPlotOptions.Default, results);

    /// <summary>3ML's <c>plot_spectra</c>: median and equal-tailed band of the differential flux of the selected sources
    /// (or components, or their sum) of every result on one plot.</summary>
    /// <param name="options">Units, grid, confidence level and selection.</param>
    /// <param name="results">One or more results drawn on the same axes (labels get " (n)" when several).</param>
    public static PlotFigure PlotSpectra(SpectrumPlotOptions options, params AnalysisResults[] results)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SpectrumFigure.Build(GetSpectrumBands(options, results), options);
    }

    /// <summary>The curves <see cref="PlotSpectra(SpectrumPlotOptions, AnalysisResults[])"/> draws, as numbers.</summary>
    /// <param name="options">Units, grid, confidence level and selection.</param>
    /// <param name="results">One or more results.</param>
    public static IReadOnlyList<SpectrumBand> GetSpectrumBands(SpectrumPlotOptions options, params AnalysisResults[] results)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Length == 0)
        {
            throw new ArgumentException("Give at least one result to plot.", nameof(results));
        }

        return [.. results.SelectMany((r, i) => SpectrumBands.Compute(r, options, results.Length > 1 ? $" ({i + 1})" : ""))];
    }
}
