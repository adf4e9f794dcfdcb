using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Spectra;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    /// <summary>Writes the plugin's data as OGIP files that XSPEC and 3ML read: <c>&lt;base&gt;.pha</c>, plus
    /// <c>&lt;base&gt;_bak.pha</c> when there is a background and <c>&lt;base&gt;.rsp</c> when the spectrum has a
    /// response (<see cref="DispersionSpectrumLike"/>).</summary>
    /// <param name="basePath">The path without extension (a trailing ".pha" is removed), e.g. "out/grb_s1".</param>
    /// <param name="overwrite">Whether existing files may be replaced; when false and any of the files exists, nothing
    /// is written.</param>
    /// <remarks>
    /// <para>Each file is a PHA Type I (<see cref="PhaWriter"/>) or RSP (<see cref="ResponseWriter"/>); BACKFILE and
    /// RESPFILE of the source spectrum hold the other files' names relative to its folder, as XSPEC expects. Poisson
    /// counts are written as integer COUNTS, Gaussian data as RATE with STAT_ERR.</para>
    /// <para>QUALITY is the observation's own quality: the current selection (<see cref="Mask"/>) is an analysis choice
    /// and is not stored, as in 3ML. GROUPING is the active rebinning (1 starts a group, −1 continues it; channels
    /// outside every group are their own group) or, without rebinning, the observation's GROUPING. Unlike 3ML, which
    /// writes PHA Type II with float32 rates, a single plugin gives Type I files with exact counts.</para>
    /// <para>All files are built in memory and every target is checked before the first one is written; each is then
    /// written atomically, the response first and the source spectrum last, so a failure part-way never leaves a
    /// spectrum pointing at a missing file.</para>
    /// </remarks>
    /// <exception cref="IOException">A file exists and <paramref name="overwrite"/> is false (nothing is written), or a
    /// file cannot be written.</exception>
    /// <exception cref="ArgumentException">The path is empty, or a count does not fit the 32-bit COUNTS column.</exception>
    public void WritePha(string basePath, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);
        var stem = basePath.EndsWith(".pha", StringComparison.OrdinalIgnoreCase) ? basePath[..^4] : basePath;
        var response = (_observation as BinnedSpectrumWithDispersion)?.Response;
        var rspPath = stem + ".rsp";
        var bakPath = stem + "_bak.pha";
        var files = new List<(string Path, FitsFile File)>();
        if (response is not null)
        {
            files.Add((rspPath, ResponseWriter.ToFits(response)));
        }

        if (_background is not null)
        {
            files.Add((bakPath, PhaWriter.ToFits(_background, new PhaWriteOptions { Kind = PhaSpectrumKind.Background })));
        }

        var options = new PhaWriteOptions
        {
            BackgroundFile = _background is null ? "none" : Path.GetFileName(bakPath),
            ResponseFile = response is null ? "none" : Path.GetFileName(rspPath),
        };
        files.Add((stem + ".pha", PhaWriter.ToFits(WithOutputGrouping(_observation), options)));
        foreach (var (path, _) in files)
        {
            OgipFileWriter.RefuseExisting(path, overwrite);
        }

        foreach (var (path, file) in files)
        {
            OgipFileWriter.Write(file, path, overwrite);
        }
    }

    /// <summary>The observation with GROUPING from the active rebinning, or unchanged without rebinning.</summary>
    private BinnedSpectrum WithOutputGrouping(BinnedSpectrum spectrum)
    {
        if (_selection.Rebinner is not { } rebinner)
        {
            return spectrum;
        }

        var grouping = new int[spectrum.ChannelCount];
        Array.Fill(grouping, 1);
        for (var b = 0; b < rebinner.BinCount; b++)
        {
            for (var c = rebinner.Starts[b] + 1; c < rebinner.Stops[b]; c++)
            {
                grouping[c] = -1;
            }
        }

        return new BinnedSpectrum(
            spectrum.Counts, spectrum.Exposure, spectrum.Edges,
            spectrum.HasCountErrors ? spectrum.CountErrors.ToArray() : null,
            spectrum.SystematicErrors.IsEmpty ? null : spectrum.SystematicErrors.ToArray(),
            spectrum.Quality.ToArray(), grouping, spectrum.ScaleFactor, spectrum.AreaScale, spectrum.IsPoisson,
            spectrum.Telescope, spectrum.Instrument, spectrum.TStart, spectrum.TStop);
    }
}
