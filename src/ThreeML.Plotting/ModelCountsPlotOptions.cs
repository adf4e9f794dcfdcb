using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Options of <see cref="Plots.DisplaySpectrumModelCounts(ThreeML.Plugins.SpectrumLike[])"/> (3ML's
/// <c>display_spectrum_model_counts</c> keywords).</summary>
public sealed record ModelCountsPlotOptions
{
    /// <summary>The default options.</summary>
    public static ModelCountsPlotOptions Default { get; } = new();

    /// <summary>Display-only rebinning: channels are grouped until the expected model rate of each group reaches this
    /// many counts per second (3ML's <c>min_rate</c>). Null keeps the plugin's own rebinning, or single channels.</summary>
    public double? MinRate { get; init; }

    /// <summary>Also draw the background rate of each plugin (3ML's <c>show_background</c>; default false).</summary>
    public bool ShowBackground { get; init; }

    /// <summary>Show net (observed − background) data against the source model (default, as 3ML); false shows the
    /// total data against model + background.</summary>
    public bool SourceOnly { get; init; } = true;

    /// <summary>Draw the model as steps over the bins (default); false draws a line through the bin centres.</summary>
    public bool Step { get; init; } = true;

    /// <summary>Residuals as (data − model)/model instead of significances in σ.</summary>
    public bool RatioResiduals { get; init; }

    /// <summary>Whether to draw the residual panel (default true).</summary>
    public bool ShowResiduals { get; init; } = true;

    /// <summary>Colours of the data of successive plugins (default: the tab10 cycle).</summary>
    public IReadOnlyList<Color>? DataColors { get; init; }

    /// <summary>Colours of the models of successive plugins (default: the data colours).</summary>
    public IReadOnlyList<Color>? ModelColors { get; init; }

    /// <summary>Default figure width in pixels.</summary>
    public int Width { get; init; } = 800;

    /// <summary>Default figure height in pixels.</summary>
    public int Height { get; init; } = 600;
}
