using Astromodels;

namespace ThreeML.Results;

/// <summary>One row of a flux table: the median flux and the equal-tailed bounds, with the samples behind them.</summary>
/// <param name="Name">"src1: total", "src2: Blackbody", "total"...</param>
/// <param name="Flux">The median of the propagated samples.</param>
/// <param name="LowBound">The lower equal-tailed bound (an absolute value, not an error).</param>
/// <param name="HighBound">The upper equal-tailed bound.</param>
/// <param name="Samples">The flux of every sample row, in the table's unit.</param>
public sealed record FluxRow(string Name, Quantity Flux, Quantity LowBound, Quantity HighBound, double[] Samples)
{
    /// <summary>Flux minus the lower bound.</summary>
    public double NegativeError => Flux.Value - LowBound.Value;

    /// <summary>The upper bound minus the flux.</summary>
    public double PositiveError => HighBound.Value - Flux.Value;
}
