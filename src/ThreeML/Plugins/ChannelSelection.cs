using ThreeML.Spectra;

namespace ThreeML.Plugins;

/// <summary>Which channels a spectrum plugin uses and how they are grouped into likelihood bins: the mask, its
/// contiguous runs and the optional rebinning. Immutable, so a plugin and its bound copies share one.</summary>
internal sealed class ChannelSelection
{
    private readonly bool[] _mask;
    private readonly (int Start, int Length)[] _ranges; // the runs of true entries of the mask, in order

    /// <summary>Creates the selection.</summary>
    /// <param name="mask">One entry per channel: whether the likelihood uses it (copied).</param>
    /// <param name="rebinner">Groups of active channels, or null for one bin per active channel.</param>
    public ChannelSelection(ReadOnlySpan<bool> mask, Rebinner? rebinner)
    {
        _mask = mask.ToArray();
        _ranges = Runs(_mask);
        Rebinner = rebinner;
        ActiveChannelCount = _ranges.Sum(r => r.Length);
    }

    /// <summary>Whether each channel is used.</summary>
    public ReadOnlySpan<bool> Mask => _mask;

    /// <summary>The rebinning, or null.</summary>
    public Rebinner? Rebinner { get; }

    /// <summary>The number of channels the mask selects.</summary>
    public int ActiveChannelCount { get; }

    /// <summary>The number of likelihood bins: rebinned groups, else active channels.</summary>
    public int BinCount => Rebinner?.BinCount ?? ActiveChannelCount;

    /// <summary>The same mask with another rebinning.</summary>
    public ChannelSelection WithRebinner(Rebinner? rebinner) => new(_mask, rebinner);

    /// <summary>Sums (rebinned) or copies (active channels) per-channel values into the likelihood bins.</summary>
    /// <remarks>Runs on every likelihood call: selections are a few contiguous ranges, one block copy each.</remarks>
    public void Gather(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (Rebinner is not null)
        {
            Rebinner.Rebin(values, destination);
            return;
        }

        var k = 0;
        foreach (var (start, length) in _ranges)
        {
            values.Slice(start, length).CopyTo(destination[k..]);
            k += length;
        }
    }

    /// <summary>Whether the likelihood bins are one run of channels, not rebinned (then they are
    /// values[<paramref name="start"/>..(start + length)] of any per-channel values, with nothing to gather).</summary>
    public bool IsOneRun(out int start, out int length)
    {
        if (Rebinner is null && _ranges.Length == 1)
        {
            (start, length) = _ranges[0];
            return true;
        }

        start = length = 0;
        return false;
    }

    /// <summary>Statistical errors with the fractional systematic errors (SYS_ERR) added in quadrature, as XSPEC does
    /// (3ML ignores SYS_ERR), gathered into the likelihood bins (in quadrature when rebinned).</summary>
    public void GatherErrors(ReadOnlySpan<double> errors, ReadOnlySpan<double> values, ReadOnlySpan<double> systematic, Span<double> destination)
    {
        var total = new double[errors.Length];
        for (var i = 0; i < total.Length; i++)
        {
            var sys = systematic.IsEmpty ? 0.0 : systematic[i] * values[i];
            total[i] = Math.Sqrt(errors[i] * errors[i] + sys * sys);
        }

        if (Rebinner is not null)
        {
            Rebinner.RebinErrors(total, destination);
            return;
        }

        var k = 0;
        for (var i = 0; i < _mask.Length; i++)
        {
            if (_mask[i])
            {
                destination[k++] = total[i];
            }
        }
    }

    /// <summary>The counts of an observed and an optional background spectrum per likelihood bin, with the scalings.</summary>
    public Statistics.SpectrumCounts Counts(BinnedSpectrum observation, BinnedSpectrum? background, double alpha, double sourceExposure, double backgroundExposure)
    {
        var n = BinCount;
        var observed = new double[n];
        var observedErrors = new double[n];
        var backgroundCounts = new double[n];
        var backgroundErrors = new double[n];
        Gather(observation.Counts, observed);
        if (observation.HasCountErrors)
        {
            GatherErrors(observation.CountErrors, observation.Counts, observation.SystematicErrors, observedErrors);
        }

        if (background is not null)
        {
            Gather(background.Counts, backgroundCounts);
            if (background.HasCountErrors)
            {
                GatherErrors(background.CountErrors, background.Counts, background.SystematicErrors, backgroundErrors);
            }
        }

        return new(observed, observedErrors, backgroundCounts, backgroundErrors, alpha, sourceExposure, backgroundExposure);
    }

    private static (int Start, int Length)[] Runs(bool[] mask)
    {
        var ranges = new List<(int, int)>();
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i])
            {
                var start = i;
                while (i + 1 < mask.Length && mask[i + 1])
                {
                    i++;
                }

                ranges.Add((start, i - start + 1));
            }
        }

        return [.. ranges];
    }
}
