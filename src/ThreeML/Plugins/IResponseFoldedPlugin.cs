using ThreeML.Responses;

namespace ThreeML.Plugins;

/// <summary>A bound plugin whose expected counts are its integrated model folded through a linear instrument response
/// and nothing else: the public capability by which an evaluation plan folds two plugins on one response in one sweep
/// over the matrix.</summary>
/// <remarks>
/// <para>Pairing is decided once, when the plan is built, from <see cref="Response"/> (responses with the same content
/// count as one). One evaluation of a pair is: the response's paired fold of both plugins' integrated models (see
/// <see cref="IIntegratedModelPlugin"/>) into both <see cref="ChannelRateBuffer"/>s, then
/// <see cref="LogLikeFromChannelRates"/> on both; the values are bit for bit those of
/// <see cref="IIntegratedModelPlugin.LogLikeFromBinFlux"/>, which performs the same operations in the same order.</para>
/// <para>An implementation must fold with <see cref="Response"/> exactly (<see cref="DispersionSpectrumLike"/> seals its
/// channel mapping for this reason); a plugin that maps bins to channels its own way does not implement it and is
/// evaluated on its own.</para>
/// </remarks>
public interface IResponseFoldedPlugin : IIntegratedModelPlugin
{
    /// <summary>The response that folds the integrated model into channel rates; its true-energy edges are
    /// <see cref="IIntegratedModelPlugin.ModelEnergyEdges"/>.</summary>
    InstrumentResponse Response { get; }

    /// <summary>Where the caller's fold writes the rate per channel, counts/s per unit effective area (one per channel).</summary>
    Span<double> ChannelRateBuffer { get; }

    /// <summary>The log-likelihood once <see cref="ChannelRateBuffer"/> holds the fold of the integrated model.</summary>
    double LogLikeFromChannelRates();
}
