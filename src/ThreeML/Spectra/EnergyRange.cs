using System.Globalization;

namespace ThreeML.Spectra;

/// <summary>The channels whose energy ranges contain the given energies (3ML's "emin-emax" selection).</summary>
/// <param name="MinKeV">Lower energy, keV.</param>
/// <param name="MaxKeV">Upper energy, keV.</param>
/// <remarks>As 3ML: each energy maps to the channel that contains it, an energy exactly on an edge belonging to the
/// channel below (<see cref="BinnedSpectrum.ContainingChannel"/>), and both end channels are included.</remarks>
public readonly record struct EnergyRange(double MinKeV, double MaxKeV) : IChannelRange
{
    /// <inheritdoc />
    public (int First, int Last) Resolve(BinnedSpectrum spectrum) =>
        ChannelRangeResolver.Resolve(spectrum, SelectionBound.AtEnergy(MinKeV), SelectionBound.AtEnergy(MaxKeV), ToString());

    /// <summary>The range in 3ML's notation, e.g. "10-30".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MinKeV}-{MaxKeV}");
}
