namespace ThreeML.Cli.Analysis;

/// <summary>What the analysis writes.</summary>
/// <param name="Results">The results FITS file (3ML layout), or null.</param>
/// <param name="Fluxes">The flux tables.</param>
/// <param name="Plots">The plots to draw (names from <see cref="PlotNames"/>).</param>
/// <param name="Parameters">A CSV file for the parameter table, or null.</param>
public sealed record OutputSettings(string? Results, IReadOnlyList<FluxOutput> Fluxes, IReadOnlyList<string> Plots, string? Parameters)
{
    /// <summary>The plots the file may ask for.</summary>
    public static IReadOnlyList<string> PlotNames { get; } = ["count_spectra", "spectra", "corner"];

    /// <summary>The flux unit of the "spectra" plot (<c>spectrum_unit</c>; default νFν, erg²/(keV s cm²)).</summary>
    public string SpectrumUnit { get; init; } = Output.PlotOutputs.DefaultSpectrumUnit;
}
