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

    /// <summary>The unit of the "spectra" plot unless the analysis file says otherwise: νFν, E²N(E) in erg²/(keV s cm²),
    /// as the documentation and 3ML's tutorials show spectra.</summary>
    public const string DefaultSpectrumUnit = "erg2/(keV s cm2)";

    private static readonly string[] DifferentialFluxBases = ["1/(keV s cm2)", "erg/(keV s cm2)", "erg2/(keV s cm2)"];

    /// <summary>Null when <paramref name="unit"/> is a differential flux unit the spectrum plot can draw (N(E), E·N(E)
    /// or E²·N(E) in any scale), else the problem as one sentence.</summary>
    public static string? CheckSpectrumUnit(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Astromodels.Unit parsed;
        try
        {
            parsed = Astromodels.Unit.Parse(unit);
        }
        catch (ArgumentException)
        {
            return $"spectrum_unit '{unit}' is not a unit; use one like 1/(keV s cm2), erg/(keV s cm2) or erg2/(keV s cm2).";
        }

        return DifferentialFluxBases.Any(b => Astromodels.Unit.Parse(b).IsConvertibleTo(parsed))
            ? null
            : $"spectrum_unit '{unit}' is not a differential flux unit; use one like 1/(keV s cm2) (N(E)), erg/(keV s cm2) (E·N(E)) or erg2/(keV s cm2) (νFν).";
    }

    /// <summary>The flux unit of the "spectra" plot (<c>spectrum_unit</c>; default νFν, erg²/(keV s cm²)).</summary>
    public string SpectrumUnit { get; init; } = DefaultSpectrumUnit;

    /// <summary>Display rebinning of the count spectra (<c>min_rate</c>, 3ML's keyword): channels are grouped until the
    /// model rate of each group reaches this many counts per second, for every data set; null keeps each data set's
    /// own rebinning.</summary>
    public double? MinRate { get; init; }

    /// <summary>Display rebinning per data set (<c>min_rate</c> given as a mapping of data-set names to counts per
    /// second); overrides <see cref="MinRate"/> for the data sets it names.</summary>
    public IReadOnlyDictionary<string, double> MinRates { get; init; } = new Dictionary<string, double>();

    /// <summary>Residuals of the count spectra as (data − model)/model (<c>residuals: ratio</c>) instead of
    /// (data − model)/σ (<c>sigma</c>, the default).</summary>
    public bool RatioResiduals { get; init; }
}
