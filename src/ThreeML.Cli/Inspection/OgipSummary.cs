using System.Text.Json.Nodes;
using ThreeML.Fits;
using ThreeML.Ogip;

namespace ThreeML.Cli.Inspection;

/// <summary>What an OGIP (or 3ML results) file holds, as ordered key/value pairs for a table or JSON.</summary>
/// <param name="Kind">"PHA", "Response", "ARF" or "Results".</param>
/// <param name="Items">The facts, in display order.</param>
/// <param name="Parameters">For results files: one row per parameter (name, value, errors, unit).</param>
public sealed record OgipSummary(string Kind, IReadOnlyList<KeyValuePair<string, JsonNode?>> Items, IReadOnlyList<ResultParameterRow>? Parameters = null)
{
    /// <summary>What was left out of the summary and why (bad Type II rows), one line each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Recognises the file by its extensions and summarises it, or returns null for a plain FITS file.</summary>
    /// <exception cref="OgipFormatException">The file looks like OGIP but breaks the format.</exception>
    public static OgipSummary? TryDescribe(string path, FitsFile fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        var names = fits.Hdus.Select(h => h.ExtName?.ToUpperInvariant()).ToHashSet();
        if (fits.Hdus.FirstOrDefault(h => h.Header.Contains("RESUTYPE")) is BinaryTableHdu results)
        {
            return ResultsSummary.Describe(fits, results);
        }

        if (names.Contains("SPECTRUM") || fits.Hdus.Any(h => HduClass(h) == "SPECTRUM"))
        {
            return DescribePha(path);
        }

        if (names.Contains("MATRIX") || names.Contains("SPECRESP MATRIX"))
        {
            return DescribeResponse(path, fits);
        }

        return names.Contains("SPECRESP") && fits.Hdus.First(h => h.ExtName?.ToUpperInvariant() == "SPECRESP") is BinaryTableHdu arf
            ? DescribeArf(arf)
            : null;
    }

    private static string? HduClass(FitsHdu h) =>
        h.Header.TryGetString("HDUCLAS1", out var v) ? v.Trim().ToUpperInvariant() : null;

    private static OgipSummary DescribePha(string path)
    {
        // A Type II file with one bad row (GBM bn080916009 has a negative EXPOSURE) is still worth describing: the row
        // is left out and named by its 1-based spectrum number, as the '{N}' selector counts.
        var skipped = new List<OgipFormatException>();
        var spectra = PhaSpectrum.ReadAll(path, skipped);
        var warnings = skipped.Select(e => $"'{e.FilePath}' spectrum {(e.Row is { } r ? r + 1 : 0)} left out: " +
            (e.Column is null ? "" : e.Column + " ") + e.Detail).ToList();
        if (spectra.Count == 0)
        {
            throw skipped[0];
        }

        var first = spectra[0];
        var items = new List<KeyValuePair<string, JsonNode?>>
        {
            new("type", first.IsTypeII ? "PHA Type II" : "PHA Type I"),
            new("spectra", spectra.Count),
            new("spectra_left_out", skipped.Count),
            new("telescope", first.Telescope),
            new("instrument", first.Instrument),
            new("channels", first.ChannelCount),
            new("exposure_s", first.Exposure),
            new("total_counts", first.TotalCounts),
            new("poisserr", first.IsPoisson),
            new("backfile", first.BackgroundFile),
            new("respfile", first.ResponseFile),
            new("ancrfile", first.AncillaryFile),
        };
        if (spectra.Count > 1)
        {
            // Type II files hold many spectra; the first is described and the totals of all are given.
            items.Add(new("exposure_all_s", spectra.Sum(s => s.Exposure)));
            items.Add(new("total_counts_all", spectra.Sum(s => s.TotalCounts)));
        }

        return new OgipSummary("PHA", items) { Warnings = warnings };
    }

    private static OgipSummary DescribeResponse(string path, FitsFile fits)
    {
        var r = OgipResponse.Read(path);
        var area = r.EffectiveArea();
        return new OgipSummary("Response",
        [
            // An RSP2 holds one matrix per time interval; the first (or the {n} selected) is described.
            new("matrices", fits.Hdus.Count(h => h.ExtName?.ToUpperInvariant() is "MATRIX" or "SPECRESP MATRIX")),
            new("telescope", r.Info.Telescope),
            new("instrument", r.Info.Instrument),
            new("channels", r.ChannelCount),
            new("energy_bins", r.EnergyBinCount),
            new("energy_min_keV", r.EnergyEdges[0]),
            new("energy_max_keV", r.EnergyEdges[^1]),
            new("channel_energy_min_keV", r.ChannelEdges[0]),
            new("channel_energy_max_keV", r.ChannelEdges[^1]),
            new("max_effective_area_cm2", area.Length == 0 ? 0.0 : area.Max()),
        ]);
    }

    private static OgipSummary DescribeArf(BinaryTableHdu arf)
    {
        var lo = arf.ReadDoubles("ENERG_LO");
        var hi = arf.ReadDoubles("ENERG_HI");
        var area = arf.ReadDoubles("SPECRESP");
        return new OgipSummary("ARF",
        [
            new("telescope", arf.Header.TryGetString("TELESCOP", out var t) ? t.Trim() : "UNKNOWN"),
            new("instrument", arf.Header.TryGetString("INSTRUME", out var i) ? i.Trim() : "UNKNOWN"),
            new("energy_bins", lo.Length),
            new("energy_min_keV", lo.Length == 0 ? 0.0 : lo[0]),
            new("energy_max_keV", hi.Length == 0 ? 0.0 : hi[^1]),
            new("max_effective_area_cm2", area.Length == 0 ? 0.0 : area.Max()),
        ]);
    }
}
