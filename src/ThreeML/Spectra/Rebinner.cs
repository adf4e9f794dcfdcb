namespace ThreeML.Spectra;

/// <summary>Groups channels into bins, respecting a mask: from a minimum content per bin (3ML's <c>Rebinner</c>) or
/// from an OGIP GROUPING column.</summary>
/// <remarks>Masked channels never join a bin and close an open one. With a minimum content, bins grow greedily until
/// they reach it; the last bin may stay below it (as 3ML). Vectors are rebinned by summing within bins.</remarks>
public sealed class Rebinner
{
    private readonly int[] _starts;
    private readonly int[] _stops;

    private Rebinner(int channelCount, List<int> starts, List<int> stops)
    {
        ChannelCount = channelCount;
        _starts = [.. starts];
        _stops = [.. stops];
    }

    /// <summary>The number of channels of the original vectors.</summary>
    public int ChannelCount { get; }

    /// <summary>The number of bins.</summary>
    public int BinCount => _starts.Length;

    /// <summary>First channel of each bin (0-based, inclusive).</summary>
    public ReadOnlySpan<int> Starts => _starts;

    /// <summary>One past the last channel of each bin.</summary>
    public ReadOnlySpan<int> Stops => _stops;

    /// <summary>Groups channels so that each bin holds at least <paramref name="minimumPerBin"/> of <paramref name="values"/>.</summary>
    /// <param name="values">The vector to rebin on (e.g. raw source or background counts).</param>
    /// <param name="minimumPerBin">The minimum content of a bin (positive).</param>
    /// <param name="mask">Channels to use (null for all).</param>
    /// <exception cref="ArgumentException">The total of the used channels is below the minimum, or lengths disagree.</exception>
    public static Rebinner ByMinimum(ReadOnlySpan<double> values, double minimumPerBin, ReadOnlySpan<bool> mask = default) =>
        ByMinimum(values, minimumPerBin, mask, default, "");

    /// <summary>As the public <c>ByMinimum</c>, but a selection too poor to rebin is described in energies: the keV
    /// ranges of the selected channels beside the range the spectrum covers (<paramref name="edgesKeV"/>, channel count + 1
    /// values, or empty for channel indices), with <paramref name="what"/> naming the vector ("source counts").</summary>
    internal static Rebinner ByMinimum(ReadOnlySpan<double> values, double minimumPerBin, ReadOnlySpan<bool> mask, ReadOnlySpan<double> edgesKeV, string what)
    {
        if (!(minimumPerBin > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumPerBin), minimumPerBin, "The minimum per bin must be positive.");
        }

        CheckMask(values.Length, mask);
        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            total += Used(mask, i) ? values[i] : 0;
        }

        if (total < minimumPerBin)
        {
            throw new ArgumentException(SelectionText.TooFew(values.Length, mask, edgesKeV, what, total, minimumPerBin), nameof(minimumPerBin));
        }

        var starts = new List<int>();
        var stops = new List<int>();
        var open = false;
        var content = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!Used(mask, i))
            {
                if (open)
                {
                    stops.Add(i);
                    open = false;
                }

                continue;
            }

            if (!open)
            {
                starts.Add(i);
                open = true;
                content = 0;
            }

            content += values[i];
            if (content >= minimumPerBin)
            {
                stops.Add(i + 1);
                open = false;
            }
        }

        if (open)
        {
            stops.Add(values.Length);
        }

        return new Rebinner(values.Length, starts, stops);
    }

    /// <summary>Groups channels as an OGIP GROUPING column says (1 starts a bin, −1 continues it; 0 is treated as a bin
    /// of its own), within the mask.</summary>
    /// <param name="grouping">The GROUPING flags.</param>
    /// <param name="mask">Channels to use (null for all).</param>
    /// <exception cref="ArgumentException">A flag is not −1, 0 or 1, or lengths disagree.</exception>
    public static Rebinner FromGrouping(ReadOnlySpan<int> grouping, ReadOnlySpan<bool> mask = default)
    {
        CheckMask(grouping.Length, mask);
        var starts = new List<int>();
        var stops = new List<int>();
        var open = false;
        for (var i = 0; i < grouping.Length; i++)
        {
            if (grouping[i] is not (-1 or 0 or 1))
            {
                throw new ArgumentException($"GROUPING[{i}] = {grouping[i]}; OGIP allows 1 (start), -1 (continue) or 0.", nameof(grouping));
            }

            if (!Used(mask, i))
            {
                if (open)
                {
                    stops.Add(i);
                    open = false;
                }

                continue;
            }

            if (open && grouping[i] != -1)
            {
                stops.Add(i);
                open = false;
            }

            if (!open)
            {
                starts.Add(i);
                open = true;
            }
        }

        if (open)
        {
            stops.Add(grouping.Length);
        }

        return new Rebinner(grouping.Length, starts, stops);
    }

    /// <summary>Sums <paramref name="values"/> within each bin into <paramref name="destination"/> (length <see cref="BinCount"/>).</summary>
    /// <exception cref="ArgumentException">Wrong lengths.</exception>
    public void Rebin(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (values.Length != ChannelCount || destination.Length < BinCount)
        {
            throw new ArgumentException($"Rebinning needs {ChannelCount} values and room for {BinCount} bins (got {values.Length} and {destination.Length}).");
        }

        for (var b = 0; b < _starts.Length; b++)
        {
            var sum = 0.0;
            for (var i = _starts[b]; i < _stops[b]; i++)
            {
                sum += values[i];
            }

            destination[b] = sum;
        }
    }

    /// <summary>Combines errors in quadrature within each bin.</summary>
    public void RebinErrors(ReadOnlySpan<double> errors, Span<double> destination)
    {
        if (errors.Length != ChannelCount || destination.Length < BinCount)
        {
            throw new ArgumentException($"Rebinning needs {ChannelCount} values and room for {BinCount} bins (got {errors.Length} and {destination.Length}).");
        }

        for (var b = 0; b < _starts.Length; b++)
        {
            var sum = 0.0;
            for (var i = _starts[b]; i < _stops[b]; i++)
            {
                sum += errors[i] * errors[i];
            }

            destination[b] = Math.Sqrt(sum);
        }
    }

    /// <summary>The equivalent OGIP GROUPING column (1 at the start of each bin, −1 inside, 0 for unused channels).</summary>
    public int[] ToGrouping()
    {
        var grouping = new int[ChannelCount];
        for (var b = 0; b < _starts.Length; b++)
        {
            grouping[_starts[b]] = 1;
            for (var i = _starts[b] + 1; i < _stops[b]; i++)
            {
                grouping[i] = -1;
            }
        }

        return grouping;
    }

    private static bool Used(ReadOnlySpan<bool> mask, int i) => mask.IsEmpty || mask[i];

    private static void CheckMask(int n, ReadOnlySpan<bool> mask)
    {
        if (!mask.IsEmpty && mask.Length != n)
        {
            throw new ArgumentException($"The mask has {mask.Length} entries but the vector has {n}.", nameof(mask));
        }
    }
}
