using ScottPlot;
using ThreeML.Results;

namespace ThreeML.Plotting;

/// <summary>Options of <see cref="Plots.PlotSpectra(SpectrumPlotOptions, AnalysisResults[])"/> (3ML's
/// <c>plot_spectra</c> keywords).</summary>
public sealed record SpectrumPlotOptions
{
    /// <summary>The default options.</summary>
    public static SpectrumPlotOptions Default { get; } = new();

    /// <summary>Differential flux unit: photons "1/(keV s cm2)" (default), energy "erg/(keV s cm2)" (E·F) or νFν
    /// "erg2/(keV s cm2)" (E²·F); any unit convertible to one of these.</summary>
    public string FluxUnit { get; init; } = "1/(keV s cm2)";

    /// <summary>Unit of the horizontal axis and of <see cref="EneMin"/>/<see cref="EneMax"/>: an energy ("keV",
    /// "MeV"), a frequency ("Hz") or a wavelength ("Angstrom").</summary>
    public string EnergyUnit { get; init; } = "keV";

    /// <summary>Lowest value of the grid, in <see cref="EnergyUnit"/> (default 10, as 3ML).</summary>
    public double EneMin { get; init; } = 10;

    /// <summary>Highest value of the grid, in <see cref="EnergyUnit"/> (default 1e4, as 3ML).</summary>
    public double EneMax { get; init; } = 1e4;

    /// <summary>Number of logarithmically spaced grid points (default 100).</summary>
    public int NumEne { get; init; } = 100;

    /// <summary>Probability content of the equal-tailed band (default 0.68).</summary>
    public double ConfidenceLevel { get; init; } = 0.68;

    /// <summary>One curve per component of composite spectra instead of the source total.</summary>
    public bool UseComponents { get; init; }

    /// <summary>With <see cref="UseComponents"/>: the component names to draw ("total" for the source total).</summary>
    public IReadOnlyList<string>? ComponentsToUse { get; init; }

    /// <summary>Sum the selected sources sample by sample into one "total" curve.</summary>
    public bool SumSources { get; init; }

    /// <summary>Names of the point sources to draw (default: all).</summary>
    public IReadOnlyList<string>? SourcesToUse { get; init; }

    /// <summary>The sources and components drawn, as the flux tables select them (from <see cref="SourcesToUse"/>,
    /// <see cref="UseComponents"/>, <see cref="ComponentsToUse"/> and <see cref="SumSources"/>).</summary>
    public FluxSelection Selection => new()
    {
        Sources = SourcesToUse,
        UseComponents = UseComponents,
        Components = ComponentsToUse,
        SumSources = SumSources,
    };

    /// <summary>Draw the credible band (default true).</summary>
    public bool ShowContours { get; init; } = true;

    /// <summary>Colours of successive curves (default: the tab10 cycle).</summary>
    public IReadOnlyList<Color>? Colors { get; init; }

    /// <summary>Default figure width in pixels.</summary>
    public int Width { get; init; } = 800;

    /// <summary>Default figure height in pixels.</summary>
    public int Height { get; init; } = 600;
}
