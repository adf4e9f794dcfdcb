namespace ThreeML.Spectra;

/// <summary>A range of channels of a spectrum, given by energies, channel indices or both.</summary>
public interface IChannelRange
{
    /// <summary>Resolves the range to 0-based, inclusive channel indices of <paramref name="spectrum"/>.</summary>
    /// <exception cref="ArgumentException">The range is empty, reversed or outside the spectrum.</exception>
    (int First, int Last) Resolve(BinnedSpectrum spectrum);
}
