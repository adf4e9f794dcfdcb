using System.Globalization;
using ThreeML.Results;
using ThreeML.TimeSeries;

namespace ThreeML.Plotting;

/// <summary>Figures of time series (3ML's <c>TimeSeriesBuilder.view_lightcurve</c>).</summary>
public static class TimeSeriesPlots
{
    /// <summary>Count rate against time for an energy selection, with the background model, the background (red) and
    /// source (green) intervals shaded, and optional block edges dashed.</summary>
    /// <param name="ts">The time series.</param>
    /// <param name="start">First time shown, s relative to the trigger.</param>
    /// <param name="stop">Last time shown, s.</param>
    /// <param name="energyMin">Lowest channel centre kept, keV.</param>
    /// <param name="energyMax">Highest channel centre kept, keV.</param>
    /// <param name="blockEdges">Edges to draw (e.g. from <see cref="BayesianBlocks"/>), s, or null.</param>
    /// <param name="width">Default width, px.</param>
    /// <param name="height">Default height, px.</param>
    /// <exception cref="ArgumentException">No channel or no bin falls in the selection.</exception>
    public static PlotFigure ViewLightCurve(TimeSeriesBuilder ts, double start = -10, double stop = 20, double energyMin = 8, double energyMax = 1000,
        IReadOnlyList<double>? blockEdges = null, int width = 900, int height = 500)
    {
        ArgumentNullException.ThrowIfNull(ts);
        return LightCurveFigure.Build(ts, start, stop, energyMin, energyMax, blockEdges, width, height);
    }

    /// <summary>Parameters against time for a time-resolved results set (e.g. from
    /// <see cref="TimeResolvedAnalysis"/>): one panel per parameter, a point per interval at its middle with the
    /// interval's half-width and the 68 % equal-tailed error as error bars; fits that are not valid drawn as open red
    /// circles and labelled.</summary>
    /// <param name="set">The results, with a sequence of bins (LOWER_BOUND/UPPER_BOUND) or values (VALUE).</param>
    /// <param name="parameters">Full paths or last parts ("index", "xc") of the parameters to draw; none for every free
    /// parameter.</param>
    /// <param name="width">Default width, px.</param>
    /// <param name="height">Default height, px.</param>
    /// <exception cref="ArgumentException">A parameter is not free in a result (with a suggestion), a last part is
    /// ambiguous, or the sequence has no bins or values.</exception>
    public static PlotFigure ViewParameterEvolution(AnalysisResultsSet set, IReadOnlyList<string>? parameters = null, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(set);
        return ParameterEvolutionFigure.Build(set, parameters ?? [], width, height);
    }

    /// <summary>The spectra of a time-resolved results set on one figure: the median and band of each interval's
    /// spectrum, labelled with its interval in s (and "not valid" for a fit that is not).</summary>
    /// <param name="set">The results, with a sequence of bins (LOWER_BOUND/UPPER_BOUND), e.g. from <see cref="TimeResolvedAnalysis"/>.</param>
    /// <param name="options">Units, grid, confidence level and selection (νFν: <c>FluxUnit = "erg2/(keV s cm2)"</c>).</param>
    /// <exception cref="ArgumentException">The set has no bins, or an option is invalid.</exception>
    public static PlotFigure ViewTimeResolvedSpectra(AnalysisResultsSet set, SpectrumPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var lower = set.Sequence.Columns.FirstOrDefault(c => c.Name.Equals(ResultsSequence.LowerBoundColumn, StringComparison.OrdinalIgnoreCase));
        var upper = set.Sequence.Columns.FirstOrDefault(c => c.Name.Equals(ResultsSequence.UpperBoundColumn, StringComparison.OrdinalIgnoreCase));
        if (lower is null || upper is null)
        {
            throw new ArgumentException("The results set has no time bins (LOWER_BOUND/UPPER_BOUND in its SEQUENCE); set them with SetBins.", nameof(set));
        }

        var bands = new List<SpectrumBand>();
        for (var i = 0; i < set.Count; i++)
        {
            var valid = set[i] is not Fitting.MLEResults { IsValid: false };
            var label = string.Create(CultureInfo.InvariantCulture, $"{lower.Values[i]:0.###}–{upper.Values[i]:0.###} s{(valid ? "" : " (not valid)")}");
            bands.AddRange(Plots.GetSpectrumBands(options, set[i]).Select(b => b with { Label = set[i].OptimizedModel.PointSources.Count > 1 ? $"{b.Label} {label}" : label }));
        }

        return SpectrumFigure.Build(bands, options);
    }
}
