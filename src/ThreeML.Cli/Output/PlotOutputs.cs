using ThreeML.Plotting;
using ThreeML.Plugins;

namespace ThreeML.Cli.Output;

/// <summary>Draws the plots an analysis file asks for, through ThreeML.Plotting, as PNG files.</summary>
public static class PlotOutputs
{
    /// <summary>Draws <paramref name="plots"/> ("count_spectra", "spectra", "corner") into <paramref name="directory"/>.</summary>
    /// <param name="plots">The plot names.</param>
    /// <param name="results">The analysis results (spectra and corner plots).</param>
    /// <param name="data">The analysis's data list (count spectra: bound to a copy of the results' optimized model).</param>
    /// <param name="directory">The output folder.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Draw(IReadOnlyList<string> plots, AnalysisResults results, DataList data, string directory)
    {
        ArgumentNullException.ThrowIfNull(plots);
        ArgumentNullException.ThrowIfNull(data);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var name in plots.Distinct())
        {
            var figure = name switch
            {
                "count_spectra" => Plots.DisplaySpectrumModelCounts([.. BindToOptimizedModel(data, results).OfType<SpectrumLike>()]),
                "spectra" => Plots.PlotSpectra(results),
                "corner" => Plots.CornerPlot(results),
                _ => throw new ArgumentException($"Unknown plot '{name}'.", nameof(plots)),
            };
            var path = Path.Combine(directory, name + ".png");
            figure.SavePng(path);
            written.Add(path);
        }

        return written;
    }

    // The data list's plugins are data; the plot needs copies bound to the model at the results' values.
    private static IEnumerable<IPlugin> BindToOptimizedModel(DataList data, AnalysisResults results)
    {
        var model = results.OptimizedModel.Clone();
        return [.. data.Select(p => p.Bind(model))];
    }
}
