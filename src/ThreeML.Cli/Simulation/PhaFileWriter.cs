using ThreeML.Fits;

namespace ThreeML.Cli.Simulation;

/// <summary>Writes a simulated spectrum as an OGIP PHA Type I file (SPECTRUM extension, channels from 1).</summary>
public static class PhaFileWriter
{
    /// <summary>Writes <paramref name="spectrum"/> to <paramref name="path"/>.</summary>
    /// <param name="spectrum">The counts, exposure and scales to write.</param>
    /// <param name="path">The target file.</param>
    /// <param name="isBackground">Whether this is a background spectrum (HDUCLAS2 BKG instead of TOTAL).</param>
    /// <param name="backFile">BACKFILE, or null for "none".</param>
    /// <param name="respFile">RESPFILE, or null for "none".</param>
    /// <param name="ancrFile">ANCRFILE, or null for "none".</param>
    /// <param name="overwrite">Replace an existing file; otherwise an existing file is an error.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static void Write(BinnedSpectrum spectrum, string path, bool isBackground, string? backFile, string? respFile, string? ancrFile, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path) && !overwrite)
        {
            throw new IOException($"'{path}' exists; pass --overwrite to replace it.");
        }

        var n = spectrum.ChannelCount;
        var table = new BinaryTableBuilder("SPECTRUM")
            .AddColumn("CHANNEL", Enumerable.Range(1, n).ToArray());
        if (spectrum.IsPoisson)
        {
            // Poisson counts are whole numbers; an integer column is what OGIP readers expect with POISSERR = T.
            table.AddColumn("COUNTS", spectrum.Counts.ToArray().Select(c => checked((int)Math.Round(c))).ToArray(), "counts");
        }
        else
        {
            table.AddColumn("COUNTS", spectrum.Counts.ToArray(), "counts");
            table.AddColumn("STAT_ERR", spectrum.CountErrors.ToArray(), "counts");
        }

        table.SetKeyword("HDUCLASS", "OGIP")
            .SetKeyword("HDUCLAS1", "SPECTRUM")
            .SetKeyword("HDUCLAS2", isBackground ? "BKG" : "TOTAL")
            .SetKeyword("HDUCLAS3", "COUNT")
            .SetKeyword("HDUVERS", "1.2.1")
            .SetKeyword("TELESCOP", spectrum.Telescope)
            .SetKeyword("INSTRUME", spectrum.Instrument)
            .SetKeyword("FILTER", "none")
            .SetKeyword("CHANTYPE", "PI")
            .SetKeyword("DETCHANS", (long)n)
            .SetKeyword("TLMIN1", 1L)
            .SetKeyword("TLMAX1", (long)n)
            .SetKeyword("EXPOSURE", spectrum.Exposure, "s")
            .SetKeyword("BACKSCAL", spectrum.ScaleFactor)
            .SetKeyword("AREASCAL", spectrum.AreaScale)
            .SetKeyword("CORRSCAL", 1.0)
            .SetKeyword("BACKFILE", backFile ?? "none")
            .SetKeyword("RESPFILE", respFile ?? "none")
            .SetKeyword("ANCRFILE", ancrFile ?? "none")
            .SetKeyword("CORRFILE", "none")
            .SetKeyword("POISSERR", spectrum.IsPoisson)
            .SetKeyword("SYS_ERR", 0L)
            .SetKeyword("QUALITY", 0L)
            .SetKeyword("GROUPING", 0L)
            .AddHistory("Simulated by threeml simulate.");
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(table.Build());
        file.Write(path);
    }
}
