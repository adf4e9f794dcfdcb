using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Ogip;

/// <summary>One spectrum read from an OGIP PHA file (OGIP/92-007), Type I or one row of a Type II file, with the
/// keywords that describe it (3ML's <c>PHASpectrum</c> without the response).</summary>
/// <remarks>
/// <para>Counts are always counts: a RATE column is multiplied by EXPOSURE (for Poisson data the product is rounded to
/// the nearest integer, and must be one within 1e-5 relative). Convert to the plugin data model with
/// <see cref="ToBinnedSpectrum(InstrumentResponse)"/> (observations) or <see cref="ToBinnedSpectrum(ReadOnlySpan{double})"/>
/// (backgrounds).</para>
/// <para>Instances are immutable.</para>
/// </remarks>
public sealed partial class PhaSpectrum
{
    private readonly double[] _counts;
    private readonly double[]? _countErrors;
    private readonly double[]? _systematicErrors;
    private readonly ChannelQuality[] _quality;
    private readonly int[]? _grouping;

    internal PhaSpectrum(string filePath, int? spectrumNumber, double[] counts, double[]? countErrors, double[]? systematicErrors,
        ChannelQuality[] quality, int[]? grouping, double exposure, double scaleFactor, double areaScale, bool isPoisson,
        bool storedAsRate, int firstChannel, string telescope, string instrument, string? filter, string? channelType,
        double? tStart, double? tStop, string? backgroundFile, string? responseFile, string? ancillaryFile)
    {
        FilePath = filePath;
        SpectrumNumber = spectrumNumber;
        _counts = counts;
        _countErrors = countErrors;
        _systematicErrors = systematicErrors;
        _quality = quality;
        _grouping = grouping;
        Exposure = exposure;
        ScaleFactor = scaleFactor;
        AreaScale = areaScale;
        IsPoisson = isPoisson;
        StoredAsRate = storedAsRate;
        FirstChannel = firstChannel;
        Telescope = telescope;
        Instrument = instrument;
        Filter = filter;
        ChannelType = channelType;
        TStart = tStart;
        TStop = tStop;
        BackgroundFile = backgroundFile;
        ResponseFile = responseFile;
        AncillaryFile = ancillaryFile;
    }

    /// <summary>The file the spectrum was read from (without any "{n}" selector).</summary>
    public string FilePath { get; }

    /// <summary>The 1-based row of a Type II file, or null for a Type I file.</summary>
    public int? SpectrumNumber { get; }

    /// <summary>Whether the spectrum is a row of a PHA Type II file.</summary>
    public bool IsTypeII => SpectrumNumber is not null;

    /// <summary>The number of channels (DETCHANS).</summary>
    public int ChannelCount => _counts.Length;

    /// <summary>The OGIP number of the first channel (TLMIN of CHANNEL, else the first CHANNEL value, else 1).</summary>
    public int FirstChannel { get; }

    /// <summary>Counts per channel (RATE × EXPOSURE when the file stores rates).</summary>
    public ReadOnlySpan<double> Counts => _counts;

    /// <summary>Count rates per channel, counts/s (a new array on each call).</summary>
    public double[] Rates => _counts.Select(c => c / Exposure).ToArray();

    /// <summary>One-sigma count errors (STAT_ERR, as counts) for Gaussian data; empty for Poisson data.</summary>
    public ReadOnlySpan<double> CountErrors => _countErrors;

    /// <summary>Fractional systematic errors per channel (SYS_ERR), or empty when the file has none.</summary>
    public ReadOnlySpan<double> SystematicErrors => _systematicErrors;

    /// <summary>Quality per channel (QUALITY column or keyword; all good when absent).</summary>
    public ReadOnlySpan<ChannelQuality> Quality => _quality;

    /// <summary>OGIP GROUPING flags per channel, or empty when the file has no GROUPING column.</summary>
    public ReadOnlySpan<int> Grouping => _grouping;

    /// <summary>Exposure (EXPOSURE), s.</summary>
    public double Exposure { get; }

    /// <summary>BACKSCAL, the extraction area or scaling of the spectrum.</summary>
    public double ScaleFactor { get; }

    /// <summary>AREASCAL (1 when absent).</summary>
    public double AreaScale { get; }

    /// <summary>Whether the counts are Poisson (POISSERR = T).</summary>
    public bool IsPoisson { get; }

    /// <summary>Whether the file stores RATE rather than COUNTS.</summary>
    public bool StoredAsRate { get; }

    /// <summary>TELESCOP, or "UNKNOWN".</summary>
    public string Telescope { get; }

    /// <summary>INSTRUME, or "UNKNOWN".</summary>
    public string Instrument { get; }

    /// <summary>FILTER, or null.</summary>
    public string? Filter { get; }

    /// <summary>CHANTYPE ("PHA" or "PI"), or null.</summary>
    public string? ChannelType { get; }

    /// <summary>Start time (TSTART), s, or null.</summary>
    public double? TStart { get; }

    /// <summary>Stop time (TSTOP, or TSTART + TELAPSE), s, or null.</summary>
    public double? TStop { get; }

    /// <summary>BACKFILE resolved against the PHA file's folder (a "{n}" selector kept), or null for none.</summary>
    public string? BackgroundFile { get; }

    /// <summary>RESPFILE resolved against the PHA file's folder (a "{n}" selector kept), or null for none.</summary>
    public string? ResponseFile { get; }

    /// <summary>ANCRFILE resolved against the PHA file's folder, or null for none.</summary>
    public string? AncillaryFile { get; }

    /// <summary>The total counts.</summary>
    public double TotalCounts => _counts.Sum();

    /// <summary>The spectrum with channel energy bounds and no response (e.g. a background).</summary>
    /// <param name="channelEdges">Channel energy edges, keV, non-decreasing; <see cref="ChannelCount"/> + 1 values.</param>
    /// <exception cref="ArgumentException">The number of edges does not match the channels.</exception>
    public BinnedSpectrum ToBinnedSpectrum(ReadOnlySpan<double> channelEdges)
    {
        if (channelEdges.Length != ChannelCount + 1)
        {
            throw new ArgumentException($"PHA '{FilePath}' has {ChannelCount} channels, so {ChannelCount + 1} channel edges are needed; got {channelEdges.Length}.", nameof(channelEdges));
        }

        return new BinnedSpectrum(_counts, Exposure, channelEdges, _countErrors, _systematicErrors, _quality, _grouping,
            ScaleFactor, AreaScale, IsPoisson, Telescope, Instrument, TStart, TStop);
    }

    /// <summary>The spectrum with its instrument response (channel edges from the response's EBOUNDS).</summary>
    /// <param name="response">The response; its channel count must equal <see cref="ChannelCount"/>.</param>
    /// <exception cref="ArgumentException">The response has a different number of channels.</exception>
    public BinnedSpectrumWithDispersion ToBinnedSpectrum(InstrumentResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.ChannelCount != ChannelCount)
        {
            throw new ArgumentException($"PHA '{FilePath}' has {ChannelCount} channels but the response '{response.Info.SourcePath ?? "(in memory)"}' has {response.ChannelCount}.", nameof(response));
        }

        return new BinnedSpectrumWithDispersion(_counts, Exposure, response, _countErrors, _systematicErrors, _quality, _grouping,
            ScaleFactor, AreaScale, IsPoisson, Telescope, Instrument, TStart, TStop);
    }
}
