using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>Options of <see cref="Plots.CornerPlot(AnalysisResults, CornerPlotOptions)"/>.</summary>
public sealed record CornerPlotOptions
{
    /// <summary>The parameter paths to show, in order (default: all free parameters).</summary>
    public IReadOnlyList<string>? Parameters { get; init; }

    /// <summary>Parameter names by path, used in the titles and axis labels (the axis labels add the parameter's unit);
    /// a parameter not listed is named by the last token of its path ("src1.spectrum.main.Blackbody.K" → "K").</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Histogram bins per axis (default 20, as corner.py).</summary>
    public int Bins { get; init; } = 20;

    /// <summary>Probability contents of the filled 2-D credible regions, innermost first (default 1 − e^(−k²/2) for
    /// k = 1, 2, 3: 39.3 %, 86.5 %, 98.9 %, as 3ML's corner style).</summary>
    public IReadOnlyList<double> Levels { get; init; } = [1 - Math.Exp(-0.5), 1 - Math.Exp(-2.0), 1 - Math.Exp(-4.5)];

    /// <summary>Default figure width in pixels.</summary>
    public int Width { get; init; } = 900;

    /// <summary>Default figure height in pixels.</summary>
    public int Height { get; init; } = 900;
}
