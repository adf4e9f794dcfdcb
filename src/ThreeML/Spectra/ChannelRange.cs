using System.Globalization;

namespace ThreeML.Spectra;

/// <summary>Channels <paramref name="First"/> to <paramref name="Last"/> inclusive, 0-based (3ML's "cN-cM" selection,
/// which counts from 0 whatever the file's first channel number).</summary>
/// <param name="First">First channel index (0-based).</param>
/// <param name="Last">Last channel index (0-based, inclusive).</param>
public readonly record struct ChannelRange(int First, int Last) : IChannelRange
{
    /// <inheritdoc />
    public (int First, int Last) Resolve(BinnedSpectrum spectrum) =>
        ChannelRangeResolver.Resolve(spectrum, SelectionBound.AtChannel(First), SelectionBound.AtChannel(Last), ToString());

    /// <summary>The range in 3ML's notation, e.g. "c10-c40".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"c{First}-c{Last}");
}
