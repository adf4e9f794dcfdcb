using System.Globalization;
using ThreeML.Fits;
using ThreeML.Ogip;

namespace ThreeML.TimeSeries;

/// <summary>Reads a Fermi GBM CSPEC or CTIME file (PHA Type II, one spectrum per time bin) into a
/// <see cref="BinnedTimeSeries"/> (3ML's <c>GBMCdata</c> reader).</summary>
/// <remarks>The SPECTRUM extension gives COUNTS (bins × channels), EXPOSURE (dead-time corrected, s), TIME and
/// ENDTIME (MET s; GBM stores them with TZERO = TRIGTIME); the EBOUNDS extension gives E_MIN/E_MAX, keV. The trigger
/// time is TRIGTIME of the primary header (else of SPECTRUM, else the first bin's start). A row whose exposure is not
/// positive or whose end does not follow its start is left out and named (1-based) in <see cref="BinnedTimeSeries.Warnings"/>,
/// as 3ML drops such rows instead of failing.</remarks>
public static class GbmPhaIIReader
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">A GBM CSPEC or CTIME PHA-II file.</param>
    /// <exception cref="OgipFormatException">SPECTRUM or EBOUNDS is missing, a column is missing, the channel counts
    /// disagree, or no row is usable.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BinnedTimeSeries Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FitsFile fits = FitsFile.Read(path);
        var spectrum = Table(fits, path, "SPECTRUM");
        var ebounds = Table(fits, path, "EBOUNDS");
        var eMin = Column(ebounds, path, "EBOUNDS", "E_MIN");
        var eMax = Column(ebounds, path, "EBOUNDS", "E_MAX");
        var channels = eMin.Length;
        var edges = new double[channels + 1];
        for (var c = 0; c < channels; c++)
        {
            edges[c] = eMin[c];
        }

        edges[channels] = eMax[channels - 1];

        var trigger = TriggerTime(fits, spectrum);
        var time = Column(spectrum, path, "SPECTRUM", "TIME");
        var end = Column(spectrum, path, "SPECTRUM", "ENDTIME");
        var exposure = Column(spectrum, path, "SPECTRUM", "EXPOSURE");
        if (!spectrum.TryGetColumn("COUNTS", out _))
        {
            throw new OgipFormatException("has no COUNTS column; expected GBM CSPEC/CTIME counts (bins × channels).", path, "SPECTRUM", column: "COUNTS");
        }

        var counts = spectrum.ReadDoubleArraysFlat("COUNTS");
        var rows = spectrum.RowCount;
        var warnings = new List<string>();
        var keep = new List<int>(rows);
        for (var r = 0; r < rows; r++)
        {
            if (counts.LengthOf(r) != channels)
            {
                throw new OgipFormatException($"holds {counts.LengthOf(r)} counts but EBOUNDS has {channels} channels.", path, "SPECTRUM", column: "COUNTS", row: r);
            }

            if (!(exposure[r] > 0) || !double.IsFinite(exposure[r]) || !(end[r] > time[r]))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{path} [SPECTRUM] row {r + 1}: EXPOSURE = {exposure[r]:R} s, TIME..ENDTIME = {time[r]:R}..{end[r]:R}; expected a positive exposure over a positive duration, so the row is left out."));
                continue;
            }

            keep.Add(r);
        }

        if (keep.Count == 0)
        {
            throw new OgipFormatException("has no row with a positive EXPOSURE; expected at least one usable time bin.", path, "SPECTRUM", column: "EXPOSURE");
        }

        var n = keep.Count;
        var starts = new double[n];
        var stops = new double[n];
        var exposures = new double[n];
        var flat = new double[n * channels];
        for (var k = 0; k < n; k++)
        {
            var r = keep[k];
            starts[k] = time[r] - trigger;
            stops[k] = end[r] - trigger;

            // EXPOSURE is single precision in GBM files: a live time a hair above the width is rounding, not physics.
            exposures[k] = Math.Min(exposure[r], stops[k] - starts[k]);
            counts[r].CopyTo(flat.AsSpan(k * channels, channels));
        }

        return new BinnedTimeSeries(starts, stops, exposures, flat, edges, trigger, warnings);
    }

    private static double TriggerTime(FitsFile fits, BinaryTableHdu spectrum)
    {
        if (fits.Hdus[0].Header.TryGetDouble("TRIGTIME", out var t) || spectrum.Header.TryGetDouble("TRIGTIME", out t))
        {
            return t;
        }

        // Without a trigger (e.g. daily CSPEC files) 3ML counts time from the start of the data.
        return spectrum.Header.TryGetDouble("TSTART", out t) ? t : 0.0;
    }

    internal static BinaryTableHdu Table(FitsFile fits, string path, string extension) =>
        fits.TryGetExtension(extension, out FitsHdu? hdu) && hdu is BinaryTableHdu table
            ? table
            : throw new OgipFormatException($"has no binary table '{extension}'; expected a GBM file with SPECTRUM and EBOUNDS (or EVENTS) extensions.", path, extension);

    internal static double[] Column(BinaryTableHdu table, string path, string extension, string name) =>
        table.TryGetColumn(name, out _)
            ? table.ReadDoubles(name)
            : throw new OgipFormatException($"has no {name} column.", path, extension, column: name);
}
