using ThreeML.Spectra;
using ThreeML.Statistics;

namespace ThreeML.Plugins;

public partial class SpectrumLike
{
    private ChannelSelection _selection;
    private SpectrumCounts _counts = null!;

    /// <summary>Which channels the likelihood uses.</summary>
    public ReadOnlySpan<bool> Mask => _selection.Mask;

    /// <summary>The number of channels selected by the mask.</summary>
    public int ActiveChannelCount => _selection.ActiveChannelCount;

    /// <summary>The number of bins entering the likelihood: rebinned groups when rebinning is active, else active channels.</summary>
    public int ActiveBinCount => _selection.BinCount;

    /// <summary>The active rebinning, or null.</summary>
    public Rebinner? Rebinner => _selection.Rebinner;

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
            Select(special[0].Trim() == MeasurementSelection.All ? Enumerable.Repeat(true, _observation.ChannelCount).ToArray() : DefaultMask(), null);
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

        Select(mask, null);
    }

    /// <summary>Groups the active channels so that each group has at least <paramref name="minCounts"/> background counts.</summary>
    /// <exception cref="InvalidOperationException">There is no background.</exception>
    public void RebinOnBackground(double minCounts)
    {
        var background = _background ?? throw new InvalidOperationException($"Plugin '{Name}' has no background to rebin on.");
        Select(_selection.Mask, Rebinner.ByMinimum(background.Counts, minCounts, _selection.Mask, _observation.Edges, "background counts"));
    }

    /// <summary>Groups the active channels so that each group has at least <paramref name="minCounts"/> observed counts.</summary>
    public void RebinOnSource(double minCounts)
    {
        Select(_selection.Mask, Rebinner.ByMinimum(_observation.Counts, minCounts, _selection.Mask, _observation.Edges, "source counts"));
    }

    /// <summary>Applies the OGIP GROUPING of the observed spectrum (within the current selection).</summary>
    /// <exception cref="InvalidOperationException">The spectrum has no GROUPING.</exception>
    public void ApplyFileGrouping()
    {
        if (_observation.Grouping.IsEmpty)
        {
            throw new InvalidOperationException($"Plugin '{Name}': the observed spectrum has no GROUPING column.");
        }

        Select(_selection.Mask, Rebinner.FromGrouping(_observation.Grouping, _selection.Mask));
    }

    /// <summary>Removes any rebinning.</summary>
    public void RemoveRebinning()
    {
        Select(_selection.Mask, null);
    }

    private void RequireNoRebinning()
    {
        if (_selection.Rebinner is not null)
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

    private void Select(ReadOnlySpan<bool> mask, Rebinner? rebinner)
    {
        _selection = new ChannelSelection(mask, rebinner);
        RefreshActiveData();
    }

    /// <summary>Gathers the data into the likelihood bins (immutable, shared with every copy); a connected worker takes
    /// the new bins with a statistic of its own.</summary>
    private void RefreshActiveData()
    {
        _counts = _selection.Counts(_observation, _background, ScaleFactor, SourceExposure, BackgroundExposure);
        _likelihood?.SetStatistic(_selection, CreateStatistic(_counts));
    }

    private double SourceExposure => _observation.Exposure * _observation.ScaleFactor * _observation.AreaScale;

    private double BackgroundExposure => _background is null ? 1.0 : _background.Exposure * _background.ScaleFactor * _background.AreaScale;
}
