using Astromodels;
using ThreeML.Cli.Infrastructure;
using ThreeML.Results;

namespace ThreeML.Cli.Analysis;

/// <summary>A validated flux request: band, unit and the GetFlux switches, shared by <c>flux</c> and <c>fit</c>.</summary>
/// <param name="EMin">The lower end of the band.</param>
/// <param name="EMax">The upper end of the band.</param>
/// <param name="FluxUnit">The flux unit text (e.g. "erg/cm2/s").</param>
/// <param name="SumSources">Sum the sources into "total".</param>
/// <param name="UseComponents">One row per spectral component.</param>
/// <param name="Components">The components to keep (null: all).</param>
/// <param name="ConfidenceLevel">The probability content of the bounds.</param>
/// <param name="Sources">The sources to include (null: all).</param>
public sealed record FluxRequest(Quantity EMin, Quantity EMax, string FluxUnit, bool SumSources, bool UseComponents,
    IReadOnlyList<string>? Components, double ConfidenceLevel, IReadOnlyList<string>? Sources = null)
{
    /// <summary>Checks the band (an energy-like unit, not inverted, not empty), the flux unit and the level before any
    /// file is read, so that a typo costs nothing.</summary>
    /// <exception cref="CliException">The first problem found, as one line.</exception>
    public static FluxRequest Create(string eMin, string eMax, string fluxUnit, bool sumSources, bool useComponents,
        IReadOnlyList<string>? components, double confidenceLevel, IReadOnlyList<string>? sources = null)
    {
        var (lo, hi) = CheckBand(eMin, eMax);
        CheckUnit(fluxUnit);
        CheckLevel(confidenceLevel);
        return new FluxRequest(lo, hi, fluxUnit, sumSources, useComponents || components is { Count: > 0 }, components, confidenceLevel, sources);
    }

    /// <summary>Parses and checks a band: energy-like units, not inverted, not empty.</summary>
    /// <exception cref="CliException">The problem, as one line.</exception>
    public static (Quantity Low, Quantity High) CheckBand(string eMin, string eMax)
    {
        var lo = QuantityText.Parse(eMin, "--emin");
        var hi = QuantityText.Parse(eMax, "--emax");
        CheckWavelengthUnit(lo, eMin, "--emin");
        CheckWavelengthUnit(hi, eMax, "--emax");
        try
        {
            Flux.BandInKeV(lo, hi);
        }
        catch (ArgumentException e)
        {
            throw new CliException(FirstLine(e.Message).Replace(" (Parameter 'eneMax')", "", StringComparison.Ordinal)
                .Replace(" (Parameter 'eneMin')", "", StringComparison.Ordinal), ExitCodes.UsageError, e);
        }

        return (lo, hi);
    }

    // Spectral equivalence makes any length a wavelength, so "10parsec" would silently become 4e-27 keV; a length
    // unit longer than a kilometre is a distance, not a wavelength anyone bins photons in.
    private static void CheckWavelengthUnit(Quantity bound, string text, string what)
    {
        if (bound.Unit.IsConvertibleTo(Units.m) && bound.Unit.ConversionFactorTo(Units.m) > 1e3)
        {
            throw new CliException($"{what}: '{text}' is a distance, not an energy; write an energy (keV, MeV, erg), a frequency (Hz) or a wavelength (Angstrom, nm, um).");
        }
    }

    /// <summary>Checks a flux unit (photon, energy or nuFnu flux).</summary>
    /// <exception cref="CliException">The problem, as one line.</exception>
    public static void CheckUnit(string fluxUnit)
    {
        QuantityText.ParseUnit(fluxUnit, "--unit");
        try
        {
            ThreeML.Results.FluxUnit.Parse(fluxUnit);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"--unit: {FirstLine(e.Message)}", ExitCodes.UsageError, e);
        }
    }

    /// <summary>Checks a confidence level.</summary>
    /// <exception cref="CliException">The level is not strictly between 0 and 1.</exception>
    public static void CheckLevel(double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new CliException($"--cl: the confidence level must lie strictly between 0 and 1 (got {confidenceLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }
    }

    /// <summary>Computes the flux table from <paramref name="results"/>.</summary>
    /// <param name="results">The results.</param>
    /// <param name="allowInvalid">Propagate fluxes from a fit that is not valid (the table is marked); otherwise such a result is refused.</param>
    /// <param name="threads">Threads that integrate the sample rows; null for all cores (the values do not depend on it).</param>
    /// <exception cref="CliException">The result is a fit that is not valid and <paramref name="allowInvalid"/> is false (exit code 1).</exception>
    public FluxTable Compute(AnalysisResults results, bool allowInvalid = false, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (!allowInvalid && results is ThreeML.Fitting.MLEResults { IsValid: false } mle)
        {
            throw new CliException($"the fit in these results is not valid ({mle.Reason ?? "no reason recorded"}), so fluxes drawn from its covariance are not meaningful. Refit it, or pass --allow-invalid to propagate them anyway (the output is then marked).", ExitCodes.AnalysisFailure);
        }

        return results.GetFlux(EMin, EMax, Sources, ConfidenceLevel, FluxUnit, UseComponents,
            Components is { Count: > 0 } ? Components : null, SumSources, options: FluxOptions.Default with { MaxDegreeOfParallelism = threads },
            allowInvalid: allowInvalid);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
