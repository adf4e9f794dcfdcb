using ThreeML.Fits;

namespace ThreeML.Ogip;

public sealed partial class PhaSpectrum
{
    /// <summary>Reads a PHA Type I spectrum, or one spectrum of a Type II file selected with "file.pha{n}".</summary>
    /// <param name="path">The PHA file, optionally with a 1-based "{n}" selector. A Type II file holding a single
    /// spectrum needs no selector.</param>
    /// <exception cref="OgipFormatException">The file breaks the PHA format (missing EXPOSURE, negative or non-integer
    /// Poisson counts, DETCHANS disagreeing with the data, CORRFILE set, a Type II file with several spectra and no
    /// selector, a selector beyond the spectra...).</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException">The path is empty or its selector is malformed.</exception>
    public static PhaSpectrum Read(string path)
    {
        var (file, number) = OgipPath.SplitArgument(path, nameof(path));
        return ReadFrom(file, number);
    }

    /// <summary>Reads spectrum <paramref name="spectrumNumber"/> (1-based row, as 3ML) of a PHA file.</summary>
    /// <param name="path">The PHA file; a "{n}" selector, if present, must agree with <paramref name="spectrumNumber"/>.</param>
    /// <param name="spectrumNumber">The 1-based spectrum (row of a Type II file; 1 for a Type I file).</param>
    /// <exception cref="OgipFormatException">See <see cref="Read(string)"/>.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentException">The number is not positive, or disagrees with the path's selector.</exception>
    public static PhaSpectrum Read(string path, int spectrumNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spectrumNumber, 1);
        var (file, number) = OgipPath.SplitArgument(path, nameof(path));
        if (number is int n && n != spectrumNumber)
        {
            throw new ArgumentException($"'{path}' selects spectrum {n} but spectrumNumber is {spectrumNumber}.", nameof(spectrumNumber));
        }

        return ReadFrom(file, spectrumNumber);
    }

    /// <summary>Reads every spectrum of a PHA file: all rows of a Type II file, or the single Type I spectrum.</summary>
    /// <param name="path">The PHA file.</param>
    /// <param name="skipped">Null (the default) to fail on the first invalid spectrum. Given, an invalid spectrum (e.g. a
    /// GBM CSPEC row with a negative EXPOSURE) is left out and its error added here, so the repair is opt-in and reported;
    /// errors of the file as a whole still throw.</param>
    /// <returns>The spectra in row order; each knows its <see cref="SpectrumNumber"/>.</returns>
    /// <exception cref="OgipFormatException">See <see cref="Read(string)"/>.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<PhaSpectrum> ReadAll(string path, ICollection<OgipFormatException>? skipped = null)
    {
        var (file, _) = OgipPath.SplitArgument(path, nameof(path));
        var reader = new PhaReader(OpenSpectrum(file));
        var spectra = new List<PhaSpectrum>(reader.SpectrumCount);
        for (var row = 0; row < reader.SpectrumCount; row++)
        {
            try
            {
                spectra.Add(reader.Read(row));
            }
            catch (OgipFormatException e) when (skipped is not null)
            {
                skipped.Add(e);
            }
        }

        return spectra;
    }

    /// <summary>Reads a spectrum for a plugin: the path's own "{n}" wins, a Type I file ignores
    /// <paramref name="number"/> (as 3ML does for backgrounds), a Type II file uses it.</summary>
    internal static PhaSpectrum ReadMatching(string path, int? number)
    {
        var (file, own) = OgipPath.SplitArgument(path, nameof(path));
        if (own is not null)
        {
            return ReadFrom(file, own);
        }

        OgipTable table = OpenSpectrum(file);
        var reader = new PhaReader(table);
        return reader.IsTypeII ? Select(table, reader, number) : reader.Read(0);
    }

    private static PhaSpectrum ReadFrom(string file, int? number)
    {
        OgipTable table = OpenSpectrum(file);
        var reader = new PhaReader(table);
        if (!reader.IsTypeII)
        {
            return number is null or 1
                ? reader.Read(0)
                : throw table.Error($"spectrum {number} was requested but this is a PHA Type I file holding one spectrum; expected no selector or {{1}}.");
        }

        return Select(table, reader, number);
    }

    private static PhaSpectrum Select(OgipTable table, PhaReader reader, int? number)
    {
        if (number is null)
        {
            return reader.SpectrumCount == 1
                ? reader.Read(0)
                : throw table.Error($"is a PHA Type II file holding {reader.SpectrumCount} spectra; select one with 'file{{n}}' or a spectrum number (1..{reader.SpectrumCount}).");
        }

        return number <= reader.SpectrumCount
            ? reader.Read(number.Value - 1)
            : throw table.Error($"spectrum {number} was requested ('{{{number}}}') but the PHA Type II file holds {reader.SpectrumCount} spectra (1..{reader.SpectrumCount}).", row: number.Value - 1);
    }

    private static OgipTable OpenSpectrum(string file)
    {
        FitsFile fits = FitsFile.Read(file);
        if (fits.TryGetExtension("SPECTRUM", out FitsHdu? hdu))
        {
            return OgipTable.FromHdu(hdu, file, "SPECTRUM");
        }

        FitsHdu? byClass = fits.Hdus.Skip(1).FirstOrDefault(h =>
            h.Header.TryGetString("HDUCLAS1", out string c) && c.Trim().Equals("SPECTRUM", StringComparison.OrdinalIgnoreCase));
        return byClass is not null
            ? OgipTable.FromHdu(byClass, file, byClass.ExtName ?? "SPECTRUM")
            : OgipTable.Open(fits, file, "SPECTRUM");
    }
}
