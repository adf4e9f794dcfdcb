using ThreeML.Responses;

namespace ThreeML.Spectra;

/// <summary>A measured spectrum together with the instrument response that disperses photons into its channels.</summary>
public sealed class BinnedSpectrumWithDispersion : BinnedSpectrum
{
    /// <summary>Creates a dispersed spectrum; the channel edges come from the response's EBOUNDS.</summary>
    /// <param name="counts">Counts per channel.</param>
    /// <param name="exposure">Exposure, s.</param>
    /// <param name="response">The response; its channel count must equal the number of counts.</param>
    /// <param name="countErrors">One-sigma errors for Gaussian data, or null for Poisson data.</param>
    /// <param name="systematicErrors">Fractional systematic errors, or null.</param>
    /// <param name="quality">Quality flags, or null for all good.</param>
    /// <param name="grouping">OGIP grouping flags, or null.</param>
    /// <param name="scaleFactor">BACKSCAL.</param>
    /// <param name="areaScale">AREASCAL.</param>
    /// <param name="isPoisson">Whether the counts are Poisson; defaults to <c>countErrors is null</c>.</param>
    /// <param name="telescope">TELESCOP.</param>
    /// <param name="instrument">INSTRUME.</param>
    /// <param name="tStart">Start time, s.</param>
    /// <param name="tStop">Stop time, s.</param>
    /// <exception cref="ArgumentException">The response has a different number of channels, or any check of <see cref="BinnedSpectrum"/> fails.</exception>
    public BinnedSpectrumWithDispersion(
        ReadOnlySpan<double> counts,
        double exposure,
        InstrumentResponse response,
        double[]? countErrors = null,
        double[]? systematicErrors = null,
        ChannelQuality[]? quality = null,
        int[]? grouping = null,
        double scaleFactor = 1.0,
        double areaScale = 1.0,
        bool? isPoisson = null,
        string telescope = "UNKNOWN",
        string instrument = "UNKNOWN",
        double? tStart = null,
        double? tStop = null)
        : base(counts, exposure, CheckedEdges(response, counts.Length), countErrors, systematicErrors, quality, grouping, scaleFactor, areaScale, isPoisson, telescope, instrument, tStart, tStop)
    {
        Response = response;
    }

    /// <summary>The instrument response.</summary>
    public InstrumentResponse Response { get; }

    /// <inheritdoc />
    public override BinnedSpectrum WithCounts(ReadOnlySpan<double> counts, double[]? countErrors = null, double? exposure = null, double? scaleFactor = null) =>
        new BinnedSpectrumWithDispersion(counts, exposure ?? Exposure, Response, countErrors, SystematicErrors.IsEmpty ? null : SystematicErrors.ToArray(), Quality.ToArray(), Grouping.IsEmpty ? null : Grouping.ToArray(), scaleFactor ?? ScaleFactor, AreaScale, countErrors is null, Telescope, Instrument, TStart, TStop);

    private static ReadOnlySpan<double> CheckedEdges(InstrumentResponse response, int channels)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.ChannelCount != channels)
        {
            throw new ArgumentException($"The response has {response.ChannelCount} channels but the spectrum has {channels}.", nameof(response));
        }

        return response.ChannelEdges;
    }
}
