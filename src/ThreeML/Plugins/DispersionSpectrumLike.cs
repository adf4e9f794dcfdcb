using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Plugins;

/// <summary>A binned spectrum with an instrument response (3ML's <c>DispersionSpectrumLike</c>): the model is
/// integrated over the response's true-energy bins and folded into channels.</summary>
/// <remarks>A <see cref="SpectrumLike"/> whose response component is a fold through <see cref="Response"/>; the type
/// adds no behaviour (design record 0019), only the constructor 3ML users write and the public capability
/// <see cref="IResponseFoldedPlugin"/> by which an evaluation plan folds two plugins on one response in one sweep.</remarks>
public partial class DispersionSpectrumLike : SpectrumLike, IResponseFoldedPlugin
{
    /// <summary>Creates the plugin.</summary>
    /// <param name="name">A unique name.</param>
    /// <param name="observation">The observed spectrum with its response.</param>
    /// <param name="background">The background spectrum, or null.</param>
    public DispersionSpectrumLike(string name, BinnedSpectrumWithDispersion observation, BinnedSpectrum? background = null)
        : base(name, observation, background, observation?.Response)
    {
        Response = observation!.Response;
    }

    /// <summary>The instrument response.</summary>
    public InstrumentResponse Response { get; }

    /// <inheritdoc />
    Span<double> IResponseFoldedPlugin.ChannelRateBuffer => Likelihood.ChannelRates;

    /// <inheritdoc />
    double IResponseFoldedPlugin.LogLikeFromChannelRates() => Likelihood.LogLikelihoodFromChannelRates();
}
