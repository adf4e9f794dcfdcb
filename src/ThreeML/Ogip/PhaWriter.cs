using ThreeML.Fits;
using ThreeML.Spectra;

namespace ThreeML.Ogip;

/// <summary>Writes binned spectra as OGIP PHA files: one spectrum (Type I) or several spectra as rows of one table
/// (Type II).</summary>
/// <remarks>
/// <para>Layout (OGIP/92-007 and 92-007a, HDUVERS 1.2.1): a primary HDU without data, the <c>SPECTRUM</c> extension
/// and, unless <see cref="PhaWriteOptions.WriteEbounds"/> is false, an <c>EBOUNDS</c> extension with the channel
/// energies (optional in OGIP; XSPEC and 3ML take the energies from the response and skip it).</para>
/// <para>Columns: CHANNEL (J, numbered from <see cref="PhaWriteOptions.FirstChannel"/>, recorded as TLMIN1/TLMAX1);
/// Poisson data as COUNTS (J, integers) with POISSERR = T and HDUCLAS3 'COUNT'; Gaussian data as RATE (D, count/s =
/// counts / EXPOSURE) with STAT_ERR (D, count/s), POISSERR = F and HDUCLAS3 'RATE'; SYS_ERR (D, fractional) when the
/// spectrum has systematic errors, else the keyword SYS_ERR = 0; QUALITY (I, 0 good, 1 bad by software, 2 warn,
/// 5 bad by user); GROUPING (I, 1 starts a group, −1 continues it) when the spectrum has grouping, else the keyword
/// GROUPING = 0. EXPOSURE (s), BACKSCAL, AREASCAL, CORRSCAL = 1, TSTART/TSTOP (s, when known), TELESCOP, INSTRUME,
/// FILTER, CHANTYPE, DETCHANS, BACKFILE, RESPFILE, ANCRFILE and CORRFILE = 'none' are keywords.</para>
/// <para>Type II (HDUCLAS4 'TYPE:II') has one row per spectrum, SPEC_NUM (J, from 1) and the per-channel columns as
/// fixed-length vectors; EXPOSURE, BACKSCAL, AREASCAL and TSTART/TSTOP become columns when they differ between rows.
/// All rows must share the channel count, noise model (POISSERR), TELESCOP/INSTRUME and channel energies.</para>
/// <para>Unlike 3ML (which always writes Type II with float32 RATE), counts stay exact integers and rates keep double
/// precision. Files are written atomically (temporary file + rename); an existing file is replaced only on request.</para>
/// </remarks>
public static class PhaWriter
{
    /// <summary>Writes one spectrum as a PHA Type I file.</summary>
    /// <param name="path">The file to create (conventionally ".pha", or "_bak.pha" for a background).</param>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="options">Labels and associated files, or null for <see cref="PhaWriteOptions.Default"/>.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    /// <exception cref="ArgumentException">A Poisson count exceeds the 32-bit COUNTS column, or an option is invalid.</exception>
    public static void Write(string path, BinnedSpectrum spectrum, PhaWriteOptions? options = null, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        OgipFileWriter.RefuseExisting(path, overwrite);
        OgipFileWriter.Write(ToFits(spectrum, options), path, overwrite);
    }

    /// <summary>Writes several spectra (e.g. time-resolved) as the rows of one PHA Type II file.</summary>
    /// <param name="path">The file to create.</param>
    /// <param name="spectra">The spectra, in row order (SPEC_NUM 1, 2, ...).</param>
    /// <param name="options">Labels and associated files (shared by all rows), or null for the defaults.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    /// <exception cref="ArgumentException">No spectra, or they differ in channels, noise model, instrument or energies.</exception>
    public static void WriteTypeII(string path, IReadOnlyList<BinnedSpectrum> spectra, PhaWriteOptions? options = null, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        OgipFileWriter.RefuseExisting(path, overwrite);
        OgipFileWriter.Write(ToFitsTypeII(spectra, options), path, overwrite);
    }

    /// <summary>Builds a PHA Type I file in memory.</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="options">Labels and associated files, or null for the defaults.</param>
    /// <exception cref="ArgumentException">A Poisson count exceeds the 32-bit COUNTS column, or an option is invalid.</exception>
    public static FitsFile ToFits(BinnedSpectrum spectrum, PhaWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        return Build([spectrum], options ?? PhaWriteOptions.Default, typeII: false);
    }

    /// <summary>Builds a PHA Type II file in memory.</summary>
    /// <param name="spectra">The spectra, in row order.</param>
    /// <param name="options">Labels and associated files, or null for the defaults.</param>
    /// <exception cref="ArgumentException">No spectra, or they differ in channels, noise model, instrument or energies.</exception>
    public static FitsFile ToFitsTypeII(IReadOnlyList<BinnedSpectrum> spectra, PhaWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spectra);
        if (spectra.Count == 0)
        {
            throw new ArgumentException("A PHA Type II file needs at least one spectrum.", nameof(spectra));
        }

        PhaColumns.CheckCompatible(spectra);
        return Build(spectra, options ?? PhaWriteOptions.Default, typeII: true);
    }

    private static FitsFile Build(IReadOnlyList<BinnedSpectrum> spectra, PhaWriteOptions options, bool typeII)
    {
        OgipLabels.CheckFirstChannel(options.FirstChannel, nameof(options));
        var first = spectra[0];
        var labels = new OgipLabels(first.Telescope, first.Instrument, options.Filter, options.ChannelType, first.ChannelCount);
        var builder = new BinaryTableBuilder("SPECTRUM");
        new PhaColumns(spectra, options.FirstChannel, typeII).AddTo(builder);
        labels.AddTo(builder, KindName(options.Kind), "kind of spectrum", hduClass1: "SPECTRUM")
            .SetKeyword("HDUCLAS3", first.IsPoisson ? "COUNT" : "RATE", "data stored as counts or rates")
            .SetKeyword("HDUCLAS4", typeII ? "TYPE:II" : "TYPE:I", "one spectrum (I) or several (II)")
            .SetKeyword("HDUVERS", "1.2.1", "version of the format (OGIP/92-007)")
            .SetKeyword("POISSERR", first.IsPoisson, "Poisson errors apply")
            .SetKeyword("TLMIN1", (long)options.FirstChannel, "first legal channel number")
            .SetKeyword("TLMAX1", (long)(options.FirstChannel + first.ChannelCount - 1), "last legal channel number")
            .SetKeyword("BACKFILE", options.BackgroundFile, "background file")
            .SetKeyword("RESPFILE", options.ResponseFile, "response (RMF or RSP) file")
            .SetKeyword("ANCRFILE", options.AncillaryFile, "ancillary response (ARF) file")
            .SetKeyword("CORRFILE", "none", "correction file")
            .SetKeyword("CORRSCAL", 1.0, "correction scaling");
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(builder.Build());
        if (options.WriteEbounds)
        {
            file.Add(OgipLabels.Ebounds(first.Edges, options.FirstChannel, doublePrecision: true, labels)
                .SetKeyword("HDUVERS", "1.2.0", "version of the format")
                .Build());
        }

        return file;
    }

    private static string KindName(PhaSpectrumKind kind) => kind switch
    {
        PhaSpectrumKind.Total => "TOTAL",
        PhaSpectrumKind.Background => "BKG",
        PhaSpectrumKind.Net => "NET",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown PHA spectrum kind."),
    };
}
