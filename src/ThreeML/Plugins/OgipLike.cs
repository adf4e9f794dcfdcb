using ThreeML.Ogip;
using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Plugins;

/// <summary>A dispersed spectrum read from OGIP files (3ML's <c>OGIPLike</c>): a PHA Type I/II observation, an optional
/// background PHA and an RSP, or an RMF with an ARF.</summary>
/// <remarks>
/// <para>Files not given are taken from the observation's header, as 3ML: RESPFILE (with ANCRFILE when the response is
/// not given either) and BACKFILE, resolved against the folder of the PHA file. A file named in a header that does not
/// exist is an <see cref="OgipFormatException"/> naming the keyword and the resolved path.</para>
/// <para>The background keeps its own EXPOSURE and BACKSCAL; its channel bounds come from the response. A Type II
/// background is read at the observation's spectrum number unless its name carries its own "{n}".</para>
/// </remarks>
public partial class OgipLike : DispersionSpectrumLike
{
    /// <summary>Reads the plugin's data from OGIP files.</summary>
    /// <param name="name">A unique plugin name (letters, digits, underscores).</param>
    /// <param name="observation">The PHA file; "file.pha{n}" selects spectrum n (1-based) of a Type II file.</param>
    /// <param name="background">The background PHA file, null to use BACKFILE from the header (none when that is "none"), or
    /// "none" for no background whatever the header says.</param>
    /// <param name="response">The RSP/RMF file ("file.rsp{n}" selects a matrix), or null to use RESPFILE (and ANCRFILE).</param>
    /// <param name="arf">An ARF for an RMF given in <paramref name="response"/>, or null.</param>
    /// <param name="spectrumNumber">The 1-based spectrum of a Type II observation (and background), or null.</param>
    /// <param name="files">Files already read by other plugins of a batch, to take the spectra and the response from
    /// while their files are unchanged (<see cref="OgipFileCache"/>), or null to read every file.</param>
    /// <exception cref="OgipFormatException">A file breaks the OGIP format, a file named in the header is missing, or the
    /// files disagree (channel counts).</exception>
    /// <exception cref="ThreeML.Fits.FitsFormatException">A file is not valid FITS.</exception>
    /// <exception cref="IOException">A file given explicitly cannot be read.</exception>
    /// <exception cref="ArgumentException">The name is invalid, or the noise models cannot be combined.</exception>
    public OgipLike(string name, string observation, string? background = null, string? response = null, string? arf = null, int? spectrumNumber = null, OgipFileCache? files = null)
        : this(name, Load(observation, background, response, arf, spectrumNumber, files))
    {
    }

    /// <summary>Creates the plugin from spectra and a response already read.</summary>
    /// <param name="name">A unique plugin name.</param>
    /// <param name="observation">The observed spectrum.</param>
    /// <param name="response">The response; its channels must match the observation's.</param>
    /// <param name="background">The background spectrum (with its own exposure and BACKSCAL), or null.</param>
    /// <exception cref="ArgumentException">The channel counts disagree, the name is invalid, or the noise models cannot be combined.</exception>
    public OgipLike(string name, PhaSpectrum observation, InstrumentResponse response, PhaSpectrum? background = null)
        : this(name, FromObjects(observation, response, background))
    {
    }

    private OgipLike(string name, (BinnedSpectrumWithDispersion Observation, BinnedSpectrum? Background) data)
        : base(name, data.Observation, data.Background)
    {
    }

    private static (BinnedSpectrumWithDispersion, BinnedSpectrum?) FromObjects(PhaSpectrum observation, InstrumentResponse response, PhaSpectrum? background)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(response);
        if (background is not null && background.ChannelCount != observation.ChannelCount)
        {
            throw new ArgumentException($"The background '{background.FilePath}' has {background.ChannelCount} channels but the observation '{observation.FilePath}' has {observation.ChannelCount}.", nameof(background));
        }

        return (observation.ToBinnedSpectrum(response), background?.ToBinnedSpectrum(response.ChannelEdges));
    }
}
