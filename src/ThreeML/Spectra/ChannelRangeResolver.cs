namespace ThreeML.Spectra;

/// <summary>Turns selection bounds into channel indices with 3ML's rules and clear errors.</summary>
internal static class ChannelRangeResolver
{
    public static (int First, int Last) Resolve(BinnedSpectrum spectrum, SelectionBound low, SelectionBound high, string text)
    {
        var first = Index(spectrum, low, text);
        var last = Index(spectrum, high, text);
        var edges = spectrum.Edges;
        if (first >= last && low.Channel is null && high.Channel is null && edges.Length > 1 &&
            (low.Energy >= edges[^1] || high.Energy <= edges[0]))
        {
            // The channel indices alone ("channels 128-128") hide that the band misses the spectrum altogether.
            var side = low.Energy >= edges[^1] ? "above the last channel, which ends at" : "below the first channel, which starts at";
            var edge = low.Energy >= edges[^1] ? edges[^1] : edges[0];
            throw new ArgumentException(
                $"The selection '{text}' ({low.Energy:G6}-{high.Energy:G6} keV) lies entirely {side} {edge:G6} keV; the spectrum covers {edges[0]:G6}-{edges[^1]:G6} keV.");
        }

        if (first >= last)
        {
            throw new ArgumentException(
                $"The selection '{text}' translates to channels {first}-{last}, which is empty or reversed (3ML needs the first channel below the last; an energy on a channel edge belongs to the channel below it).");
        }

        return (first, Math.Min(last, spectrum.ChannelCount - 1));
    }

    private static int Index(BinnedSpectrum spectrum, SelectionBound bound, string text)
    {
        if (bound.Channel is { } c)
        {
            if (c < 0 || c > spectrum.ChannelCount)
            {
                throw new ArgumentException($"The selection '{text}' names channel {c}, outside 0..{spectrum.ChannelCount - 1} (channels are 0-based indices).");
            }

            return c;
        }

        if (!double.IsFinite(bound.Energy) || bound.Energy < 0)
        {
            throw new ArgumentException($"The selection '{text}' has energy {bound.Energy}; energies must be finite and non-negative keV.");
        }

        return spectrum.ContainingChannel(bound.Energy);
    }
}
