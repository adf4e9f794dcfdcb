using ThreeML.Plotting;
using ThreeML.Plugins;
using ThreeML.Results;

namespace ThreeML.Cli.Output;

/// <summary>Draws the plots an analysis file asks for, through ThreeML.Plotting, as PNG files.</summary>
public static class PlotOutputs
{
    /// <summary>Draws <paramref name="plots"/> ("count_spectra", "spectra", "corner") into <paramref name="directory"/>.</summary>
    /// <param name="plots">The plot names.</param>
    /// <param name="results">The analysis results (spectra and corner plots).</param>
    /// <param name="data">The analysis's data list (count spectra: bound to a copy of the results' optimized model).</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="spectrumUnit">The flux unit of the "spectra" plot (default νFν).</param>
    /// <param name="countOptions">Options of the "count_spectra" plot (default: 3ML's).</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Draw(IReadOnlyList<string> plots, AnalysisResults results, DataList data, string directory,
        string spectrumUnit = Analysis.OutputSettings.DefaultSpectrumUnit, ModelCountsPlotOptions? countOptions = null)
    {
        ArgumentNullException.ThrowIfNull(plots);
        ArgumentNullException.ThrowIfNull(data);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var name in plots.Distinct())
        {
            var figure = name switch
            {
                "count_spectra" => Plots.DisplaySpectrumModelCounts(BindToOptimizedModel(data, results).OfType<SpectrumLike>(), countOptions ?? ModelCountsPlotOptions.Default),
                "spectra" => Plots.PlotSpectra(new SpectrumPlotOptions { FluxUnit = spectrumUnit }, results),
                "corner" => Plots.CornerPlot(results),
                _ => throw new ArgumentException($"Unknown plot '{name}'.", nameof(plots)),
            };
            var path = Path.Combine(directory, name + ".png");
            figure.SavePng(path);
            written.Add(path);
        }

        return written;
    }

    /// <summary>The count-spectra options an analysis file asks for: its <c>min_rate</c> (one for all data sets, or
    /// per data set) and <c>residuals</c>, for the spectral data sets of <paramref name="data"/> in order.</summary>
    /// <param name="outputs">The analysis file's outputs section.</param>
    /// <param name="data">The analysis's data list.</param>
    public static ModelCountsPlotOptions CountSpectraOptions(Analysis.OutputSettings outputs, DataList data)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(data);
        var names = data.OfType<SpectrumLike>().Select(p => p.Name).ToArray();
        return new ModelCountsPlotOptions
        {
            MinRates = [.. names.Select(n => outputs.MinRates.TryGetValue(n, out var r) ? r : outputs.MinRate)],
            RatioResiduals = outputs.RatioResiduals,
        };
    }

    // The data list's plugins are data; the plot needs copies bound to the model at the results' values.
    private static IEnumerable<IPlugin> BindToOptimizedModel(DataList data, AnalysisResults results)
    {
        var model = results.OptimizedModel.Clone();
        return [.. data.Select(p => p.Bind(model))];
    }
}
