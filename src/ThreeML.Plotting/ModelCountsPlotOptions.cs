using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Options of <see cref="Plots.DisplaySpectrumModelCounts(ThreeML.Plugins.SpectrumLike[])"/> (3ML's
/// <c>display_spectrum_model_counts</c> keywords).</summary>
/// <remarks>Per-plugin lists (<see cref="MinRates"/>, <see cref="ModelLabels"/>, <see cref="BackgroundLabels"/>) must
/// hold one entry per plugin, in the order the plugins are drawn; colour lists are cycled. A single value and its
/// per-plugin list (<see cref="MinRate"/> and <see cref="MinRates"/>, <see cref="DataColor"/> and
/// <see cref="DataColors"/>, ...) cannot both be set.</remarks>
public sealed record ModelCountsPlotOptions
{
    /// <summary>The default options.</summary>
    public static ModelCountsPlotOptions Default { get; } = new();

    /// <summary>Display-only rebinning of every plugin: channels are grouped until the expected model rate of each
    /// group reaches this many counts per second (3ML's scalar <c>min_rate</c>). Null keeps each plugin's own
    /// rebinning, or single channels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not positive and finite.</exception>
    public double? MinRate
    {
        get;
        init
        {
            if (value is { } rate)
            {
                CheckRate(rate, nameof(MinRate));
            }

            field = value;
        }
    }

    /// <summary>Display-only rebinning per plugin (3ML's <c>min_rate</c> given as a list): one minimum model rate in
    /// counts per second for each plugin, in order; a null entry keeps that plugin's own rebinning.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An entry is not positive and finite.</exception>
    public IReadOnlyList<double?>? MinRates
    {
        get;
        init
        {
            for (var i = 0; i < (value?.Count ?? 0); i++)
            {
                if (value![i] is { } rate)
                {
                    CheckRate(rate, nameof(MinRates), $"[{i}]");
                }
            }

            field = value;
        }
    }

    /// <summary>At most this many plugins per figure (3ML's <c>data_per_plot</c>); more plugins are split over several
    /// figures by <see cref="Plots.DisplaySpectrumModelCountsSplit(IEnumerable{ThreeML.Plugins.SpectrumLike}, ModelCountsPlotOptions)"/>.
    /// Null puts every plugin on one figure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int? DataPerPlot
    {
        get;
        init
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(DataPerPlot), value, $"DataPerPlot = {value}: a figure must show at least 1 plugin.");
            }

            field = value;
        }
    }

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

    /// <summary>Colours of the data of successive plugins (3ML's <c>data_colors</c>; default: the tab10 cycle). The
    /// n-th plugin takes the n-th colour, also when the plugins are split over several figures.</summary>
    public IReadOnlyList<Color>? DataColors { get; init; }

    /// <summary>One colour for the data of every plugin (3ML's <c>data_color</c>).</summary>
    public Color? DataColor { get; init; }

    /// <summary>Colours of the models of successive plugins (3ML's <c>model_colors</c>; default: the data colours).</summary>
    public IReadOnlyList<Color>? ModelColors { get; init; }

    /// <summary>One colour for the model of every plugin (3ML's <c>model_color</c>).</summary>
    public Color? ModelColor { get; init; }

    /// <summary>Colours of the backgrounds of successive plugins (3ML's <c>background_colors</c>; default: the data
    /// colour, faded).</summary>
    public IReadOnlyList<Color>? BackgroundColors { get; init; }

    /// <summary>One colour for the background of every plugin (3ML's <c>background_color</c>).</summary>
    public Color? BackgroundColor { get; init; }

    /// <summary>Legend labels of the models, one per plugin (3ML's <c>model_labels</c>; default "NAME model").</summary>
    public IReadOnlyList<string>? ModelLabels { get; init; }

    /// <summary>Legend labels of the backgrounds, one per plugin (3ML's <c>background_labels</c>; default
    /// "NAME background").</summary>
    public IReadOnlyList<string>? BackgroundLabels { get; init; }

    /// <summary>Default figure width in pixels.</summary>
    public int Width { get; init; } = 800;

    /// <summary>Default figure height in pixels.</summary>
    public int Height { get; init; } = 600;

    private static void CheckRate(double rate, string option, string index = "")
    {
        if (!(rate > 0) || double.IsPositiveInfinity(rate))
        {
            throw new ArgumentOutOfRangeException(option, rate, $"{option}{index} = {rate}: a minimum rate must be a positive, finite number of counts per second.");
        }
    }
}
