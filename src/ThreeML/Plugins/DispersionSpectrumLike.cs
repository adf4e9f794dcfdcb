using ThreeML.Ogip;

namespace ThreeML.Plugins;

/// <summary>A binned spectrum with an instrument response (3ML's <c>DispersionSpectrumLike</c>): the model is
/// integrated over the response's true-energy bins and folded into channels.</summary>
public partial class DispersionSpectrumLike : SpectrumLike, IResponseFoldedPlugin
{
    /// <summary>Creates the plugin.</summary>
    /// <param name="name">A unique name.</param>
    /// <param name="observation">The observed spectrum with its response.</param>
    /// <param name="background">The background spectrum, or null.</param>
    public DispersionSpectrumLike(string name, BinnedSpectrumWithDispersion observation, BinnedSpectrum? background = null)
        : base(name, observation, background)
    {
        Response = observation.Response;
    }

    /// <summary>The instrument response.</summary>
    public InstrumentResponse Response { get; }

    /// <inheritdoc />
    protected override ReadOnlySpan<double> ModelEnergyEdges => Response.EnergyEdges;

    /// <inheritdoc />
    /// <remarks>Sealed: the fold is exactly <see cref="Response"/>'s, which lets an evaluation plan fold two plugins on one
    /// response in one sweep (<see cref="IResponseFoldedPlugin"/>). A different mapping is a different response, or a
    /// <see cref="SpectrumLike"/> subclass.</remarks>
    protected sealed override void MapToChannels(ReadOnlySpan<double> photonFluxPerBin, Span<double> ratesPerChannel) =>
        Response.Fold(photonFluxPerBin, ratesPerChannel);

    /// <inheritdoc />
    Span<double> IResponseFoldedPlugin.ChannelRateBuffer => ChannelRateBuffer;

    /// <inheritdoc />
    double IResponseFoldedPlugin.LogLikeFromChannelRates() => LogLikeFromChannelRates();

    /// <inheritdoc />
    protected override SpectrumLike CreateLike(string name, BinnedSpectrum observation, BinnedSpectrum? background) =>
        new DispersionSpectrumLike(name, (BinnedSpectrumWithDispersion)observation, background);
}
