using ThreeML.Ogip;
using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Plugins;

public partial class OgipLike
{
    private static (BinnedSpectrumWithDispersion, BinnedSpectrum?) Load(string observation, string? background, string? response, string? arf, int? spectrumNumber, OgipFileCache? files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(observation);
        PhaSpectrum pha = files is null
            ? spectrumNumber is int n ? PhaSpectrum.Read(observation, n) : PhaSpectrum.Read(observation)
            : spectrumNumber is int m ? files.ReadSpectrum(observation, m) : files.ReadSpectrum(observation);

        var responsePath = response ?? FromHeader(pha, "RESPFILE", pha.ResponseFile)
            ?? throw Error(pha, "RESPFILE", "is 'none' and no response was given; expected a response file (argument 'response' or RESPFILE).");
        var arfPath = response is null && arf is null ? FromHeader(pha, "ANCRFILE", pha.AncillaryFile) : arf;
        InstrumentResponse rsp = files?.ReadResponse(responsePath, arfPath) ?? OgipResponse.Read(responsePath, arfPath);
        if (rsp.ChannelCount != pha.ChannelCount)
        {
            throw Error(pha, "DETCHANS", $"the spectrum has {pha.ChannelCount} channels but the response '{responsePath}' has {rsp.ChannelCount}; expected them to agree.");
        }

        // "none" switches off a BACKFILE named in the header (3ML has no way to do so).
        var backgroundPath = background is null ? FromHeader(pha, "BACKFILE", pha.BackgroundFile) : OgipPath.IsNone(background) ? null : background;
        PhaSpectrum? bak = backgroundPath is null ? null
            : files?.ReadMatching(backgroundPath, pha.SpectrumNumber) ?? PhaSpectrum.ReadMatching(backgroundPath, pha.SpectrumNumber);
        if (bak is not null && bak.ChannelCount != pha.ChannelCount)
        {
            throw new OgipFormatException($"the background has {bak.ChannelCount} channels but the observation '{pha.FilePath}' has {pha.ChannelCount}; expected them to agree.", bak.FilePath, "SPECTRUM", "DETCHANS");
        }

        return (pha.ToBinnedSpectrum(rsp), bak?.ToBinnedSpectrum(rsp.ChannelEdges));
    }

    /// <summary>A file named in the observation's header, which must exist (its "{n}" selector aside).</summary>
    private static string? FromHeader(PhaSpectrum pha, string keyword, string? resolved)
    {
        if (resolved is null)
        {
            return null;
        }

        var file = resolved;
        var brace = resolved.LastIndexOf('{');
        if (brace > 0 && resolved.EndsWith('}'))
        {
            file = resolved[..brace];
        }

        return File.Exists(file)
            ? resolved
            : throw Error(pha, keyword, $"names '{file}', which does not exist (relative names are resolved against the PHA file's folder); give the file explicitly or fix {keyword}.");
    }

    private static OgipFormatException Error(PhaSpectrum pha, string keyword, string detail) =>
        new(detail, pha.FilePath, "SPECTRUM", keyword, row: pha.SpectrumNumber is int n ? n - 1 : null);
}
