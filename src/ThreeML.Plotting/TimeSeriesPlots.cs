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
}
