using ThreeML.Statistics;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    private bool[] _mask;
    private (int Start, int Length)[] _activeRanges = []; // the runs of true entries of _mask, in order
    private Rebinner? _rebinner;
    private double[] _activeObserved = [];
    private double[] _activeObservedErrors = [];
    private double[] _activeBackground = [];
    private double[] _activeBackgroundErrors = [];
    private double[] _activeModel = [];
    private double[] _activeBackgroundEstimate = [];
    private SpectrumStatistic? _statistic;

    /// <summary>Which channels the likelihood uses.</summary>
    public ReadOnlySpan<bool> Mask => _mask;

    /// <summary>The number of channels selected by the mask.</summary>
    public int ActiveChannelCount => _mask.Count(m => m);

    /// <summary>The number of bins entering the likelihood: rebinned groups when rebinning is active, else active channels.</summary>
    public int ActiveBinCount => _rebinner?.BinCount ?? ActiveChannelCount;

    /// <summary>The active rebinning, or null.</summary>
    public Rebinner? Rebinner => _rebinner;

    /// <summary>Selects the channels to use with 3ML's strings: "10-30" (keV), "c10-c40" (0-based channels),
    /// "0.2-c10", "exclude:c30-c50", "all" or "reset" (the file's quality).</summary>
    /// <remarks>As 3ML: ranges switch channels on starting from none; with only exclusions the start is all channels;
    /// channels flagged bad in the file can be selected explicitly. "all" and "reset" must stand alone.</remarks>
    /// <exception cref="ArgumentException">A malformed or empty range, or "all"/"reset" combined with ranges (the message names the string).</exception>
    /// <exception cref="InvalidOperationException">Rebinning is active.</exception>
    public void SetActiveMeasurements(params string[] selections)
    {
        ArgumentNullException.ThrowIfNull(selections);
        var special = selections.Where(s => s.Trim() is MeasurementSelection.All or MeasurementSelection.Reset).ToList();
        if (special.Count > 0)
        {
            if (selections.Length != 1)
            {
                throw new ArgumentException($"Plugin '{Name}': '{special[0].Trim()}' cannot be combined with other selections.", nameof(selections));
            }

            RequireNoRebinning();
            _mask = special[0].Trim() == MeasurementSelection.All ? Enumerable.Repeat(true, _observation.ChannelCount).ToArray() : DefaultMask();
            RefreshActiveData();
            return;
        }

        var include = new List<IChannelRange>();
        var exclude = new List<IChannelRange>();
        foreach (var s in selections)
        {
            var t = s.Trim();
            if (t.StartsWith(MeasurementSelection.ExcludePrefix, StringComparison.OrdinalIgnoreCase))
            {
                exclude.Add(MeasurementSelection.ParseRange(t[MeasurementSelection.ExcludePrefix.Length..]));
            }
            else
            {
                include.Add(MeasurementSelection.ParseRange(t));
            }
        }

        SetActiveMeasurements(include, exclude);
    }

    /// <summary>Selects channels with typed ranges (<see cref="EnergyRange"/>, <see cref="ChannelRange"/>).</summary>
    /// <param name="include">Ranges to use; when empty every channel starts selected.</param>
    /// <param name="exclude">Ranges to remove afterwards.</param>
    /// <param name="useQuality">Start from the file's good channels instead of from none.</param>
    /// <exception cref="InvalidOperationException">Rebinning is active.</exception>
    public void SetActiveMeasurements(IEnumerable<IChannelRange> include, IEnumerable<IChannelRange>? exclude = null, bool useQuality = false)
    {
        ArgumentNullException.ThrowIfNull(include);
        RequireNoRebinning();
        var includes = include.ToList();
        var mask = useQuality ? DefaultMask() : new bool[_observation.ChannelCount];
        foreach (var r in includes)
        {
            var (first, last) = r.Resolve(_observation);
            Array.Fill(mask, true, first, last - first + 1);
        }

        if (includes.Count == 0)
        {
            Array.Fill(mask, true);
        }

        foreach (var r in exclude ?? [])
        {
            var (first, last) = r.Resolve(_observation);
            Array.Fill(mask, false, first, last - first + 1);
        }

        _mask = mask;
        RefreshActiveData();
    }

    /// <summary>Groups the active channels so that each group has at least <paramref name="minCounts"/> background counts.</summary>
    /// <exception cref="InvalidOperationException">There is no background.</exception>
    public void RebinOnBackground(double minCounts)
    {
        var background = _background ?? throw new InvalidOperationException($"Plugin '{Name}' has no background to rebin on.");
        _rebinner = Rebinner.ByMinimum(background.Counts, minCounts, _mask);
        RefreshActiveData();
    }

    /// <summary>Groups the active channels so that each group has at least <paramref name="minCounts"/> observed counts.</summary>
    public void RebinOnSource(double minCounts)
    {
        _rebinner = Rebinner.ByMinimum(_observation.Counts, minCounts, _mask);
        RefreshActiveData();
    }

    /// <summary>Applies the OGIP GROUPING of the observed spectrum (within the current selection).</summary>
    /// <exception cref="InvalidOperationException">The spectrum has no GROUPING.</exception>
    public void ApplyFileGrouping()
    {
        if (_observation.Grouping.IsEmpty)
        {
            throw new InvalidOperationException($"Plugin '{Name}': the observed spectrum has no GROUPING column.");
        }

        _rebinner = Rebinner.FromGrouping(_observation.Grouping, _mask);
        RefreshActiveData();
    }

    /// <summary>Removes any rebinning.</summary>
    public void RemoveRebinning()
    {
        _rebinner = null;
        RefreshActiveData();
    }

    private void RequireNoRebinning()
    {
        if (_rebinner is not null)
        {
            throw new InvalidOperationException($"Plugin '{Name}': remove the rebinning (RemoveRebinning) before changing the selection.");
        }
    }

    /// <summary>The good-quality channels: 3ML excludes warn and bad channels by default.</summary>
    private bool[] DefaultMask()
    {
        var mask = new bool[_observation.ChannelCount];
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = _observation.IsGood(i);
        }

        return mask;
    }

    private void RefreshActiveData()
    {
        _activeRanges = ActiveRanges(_mask);
        var n = ActiveBinCount;
        _activeObserved = new double[n];
        _activeModel = new double[n];
        _activeBackgroundEstimate = new double[n];
        GatherActive(_observation.Counts, _activeObserved);
        _activeObservedErrors = new double[n];
        if (_observation.HasCountErrors)
        {
            GatherErrors(_observation.CountErrors, _observation.Counts, _observation.SystematicErrors, _activeObservedErrors);
        }

        _activeBackground = new double[n];
        _activeBackgroundErrors = new double[n];
        if (_background is not null)
        {
            GatherActive(_background.Counts, _activeBackground);
            if (_background.HasCountErrors)
            {
                GatherErrors(_background.CountErrors, _background.Counts, _background.SystematicErrors, _activeBackgroundErrors);
            }
        }

        _statistic = null;
    }

    /// <summary>The expected model counts of the likelihood bins from those of the channels.</summary>
    private void GatherActiveModel() => GatherActive(_channelCounts, _activeModel);

    private static (int Start, int Length)[] ActiveRanges(bool[] mask)
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

    private void GatherActive(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (_rebinner is not null)
        {
            _rebinner.Rebin(values, destination);
            return;
        }

        // Selections are a few contiguous ranges of channels: one block copy each (this runs on every likelihood call).
        var k = 0;
        foreach (var (start, length) in _activeRanges)
        {
            values.Slice(start, length).CopyTo(destination[k..]);
            k += length;
        }
    }

    /// <summary>Statistical errors with the fractional systematic errors (SYS_ERR) added in quadrature, as XSPEC does
    /// (3ML ignores SYS_ERR).</summary>
    private void GatherErrors(ReadOnlySpan<double> errors, ReadOnlySpan<double> values, ReadOnlySpan<double> systematic, Span<double> destination)
    {
        var total = new double[errors.Length];
        for (var i = 0; i < total.Length; i++)
        {
            var sys = systematic.IsEmpty ? 0.0 : systematic[i] * values[i];
            total[i] = Math.Sqrt(errors[i] * errors[i] + sys * sys);
        }

        if (_rebinner is not null)
        {
            _rebinner.RebinErrors(total, destination);
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
}
