using Astromodels.Functions;
using Astromodels;
using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Plugins;

public partial class DispersionSpectrumLike
{
    /// <summary>Simulates a dispersed spectrum from a source function through a response (3ML's
    /// <c>DispersionSpectrumLike.from_function</c>), with an optional background.</summary>
    /// <param name="name">The plugin name.</param>
    /// <param name="sourceFunction">Differential photon flux of the source, 1/(cm² keV s); integrated over the response's
    /// true-energy bins by Simpson's rule and folded.</param>
    /// <param name="response">The instrument response.</param>
    /// <param name="random">The random source (injected, for reproducibility).</param>
    /// <param name="backgroundFunction">Background rate density per channel energy (integrated over the channel
    /// energies, not folded, as 3ML), or null for none.</param>
    /// <param name="sourceErrors">One-sigma errors for Gaussian source counts, or null for Poisson (default).</param>
    /// <param name="backgroundErrors">One-sigma errors for a Gaussian background, or null for Poisson (default).</param>
    /// <param name="exposure">Exposure of source and background, s (default 1, as 3ML).</param>
    /// <param name="scaleFactor">BACKSCAL of the source (default 1).</param>
    /// <remarks>See <see cref="SpectrumLike"/>'s simulation notes: the background is drawn once (3ML draws it twice, [Q2]).</remarks>
    public static DispersionSpectrumLike FromFunction(string name, Function1D sourceFunction, InstrumentResponse response, Random random,
        Function1D? backgroundFunction = null, double[]? sourceErrors = null, double[]? backgroundErrors = null, double exposure = 1.0, double scaleFactor = 1.0)
    {
        ArgumentNullException.ThrowIfNull(response);
        var template = new BinnedSpectrumWithDispersion(new double[response.ChannelCount], exposure, response, scaleFactor: scaleFactor);
        var (obs, bkg) = Simulate(template, response, sourceFunction, random, backgroundFunction, sourceErrors, backgroundErrors, exposure);
        return new DispersionSpectrumLike(name, (BinnedSpectrumWithDispersion)obs, bkg);
    }
}
