using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Plugins;

/// <summary>The response component of a <see cref="SpectrumLike"/>: the model energy bins and how the model's integral
/// over them becomes a rate per channel. Identity (each channel is its own energy bin) or a fold through an
/// <see cref="InstrumentResponse"/>; immutable, shared by a data-list plugin and all its bound copies.</summary>
/// <remarks>It replaces the virtual <c>ModelEnergyEdges</c>/<c>MapToChannels</c> pair that
/// <c>DispersionSpectrumLike</c> used to override (design record 0019): the plugin types no longer differ in
/// behaviour, only in how they are built.</remarks>
internal sealed class SpectrumResponse
{
    private readonly double[] _edges;

    private SpectrumResponse(double[] edges, InstrumentResponse? instrument)
    {
        _edges = edges;
        Instrument = instrument;
    }

    /// <summary>The instrument response folding the model, or null for the identity.</summary>
    public InstrumentResponse? Instrument { get; }

    /// <summary>The model energy bin edges, keV: the channel edges, or the response's true-energy grid.</summary>
    public ReadOnlySpan<double> ModelEnergyEdges => Instrument is null ? _edges : Instrument.EnergyEdges;

    /// <summary>Each channel its own energy bin: the bins are the spectrum's channel edges.</summary>
    public static SpectrumResponse Identity(BinnedSpectrum observation) => new(observation.Edges.ToArray(), null);

    /// <summary>A fold through <paramref name="response"/>: the bins are its true-energy grid.</summary>
    public static SpectrumResponse Folding(InstrumentResponse response) => new([], response);

    /// <summary>Maps the integrated photon flux per model energy bin, 1/(cm² s), to a rate per channel (counts/s per
    /// unit effective area correction).</summary>
    public void MapToChannels(ReadOnlySpan<double> photonFluxPerBin, Span<double> ratesPerChannel)
    {
        if (Instrument is null)
        {
            photonFluxPerBin.CopyTo(ratesPerChannel);
        }
        else
        {
            Instrument.Fold(photonFluxPerBin, ratesPerChannel);
        }
    }
}
