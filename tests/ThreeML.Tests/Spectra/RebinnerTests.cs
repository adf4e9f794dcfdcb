using ThreeML.Spectra;

namespace ThreeML.Tests.Spectra;

public class RebinnerTests
{
    [Fact]
    public void Bins_grow_until_they_reach_the_minimum_and_the_last_may_stay_below()
    {
        var r = Rebinner.ByMinimum([1, 2, 3, 0, 5, 1, 1], 4);
        Assert.Equal([0, 3, 5], r.Starts.ToArray());
        Assert.Equal([3, 5, 7], r.Stops.ToArray());
        var sums = new double[r.BinCount];
        r.Rebin([1, 2, 3, 0, 5, 1, 1], sums);
        Assert.Equal([6, 5, 2], sums);
    }

    [Fact]
    public void Masked_channels_close_an_open_bin_and_join_none()
    {
        var r = Rebinner.ByMinimum([1, 1, 1, 1, 1, 1], 3, [true, true, false, true, true, true]);
        Assert.Equal([0, 3], r.Starts.ToArray());
        Assert.Equal([2, 6], r.Stops.ToArray());
        Assert.Equal([1, -1, 0, 1, -1, -1], r.ToGrouping());
    }

    [Fact]
    public void Ogip_grouping_defines_bins_within_the_mask()
    {
        var r = Rebinner.FromGrouping([1, -1, -1, 1, -1, 0, 1], [true, true, true, true, false, true, true]);
        Assert.Equal([0, 3, 5, 6], r.Starts.ToArray());
        Assert.Equal([3, 4, 6, 7], r.Stops.ToArray());
    }

    [Fact]
    public void Errors_add_in_quadrature()
    {
        var r = Rebinner.ByMinimum([2, 2, 2], 4);
        var e = new double[r.BinCount];
        r.RebinErrors([3, 4, 12], e);
        Assert.Equal([5, 12], e);
    }

    [Fact]
    public void A_selection_too_poor_to_rebin_is_described_in_energies()
    {
        // Channels 0..3 cover 10-50 keV; the selection keeps c1 and c3 (20-30, 40-50 keV), which hold 0 counts.
        var e = Assert.Throws<ArgumentException>(() => Rebinner.ByMinimum([5, 0, 7, 0], 1, [false, true, false, true], [10, 20, 30, 40, 50], "source counts"));
        Assert.Equal("The selected channels c1 (20-30 keV), c3 (40-50 keV), up to the last channel, hold 0 source counts in total, fewer than the 1 requested per bin; the spectrum covers 10-50 keV in 4 channels: widen the selection or lower the minimum.", e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
        var none = Assert.Throws<ArgumentException>(() => Rebinner.ByMinimum([5, 0], 1, [false, false], [10, 20, 30], "background counts"));
        Assert.StartsWith("No channel is selected, so nothing can be rebinned to 1 background counts per bin; the spectrum covers 10-30 keV in 2 channels.", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_inputs_are_explained()
    {
        Assert.Contains("hold 3 in total, fewer than the 10", Assert.Throws<ArgumentException>(() => Rebinner.ByMinimum([1, 1, 1], 10)).Message);
        Assert.Contains("must be positive", Assert.Throws<ArgumentOutOfRangeException>(() => Rebinner.ByMinimum([1, 1, 1], 0)).Message);
        Assert.Contains("GROUPING[1] = 2", Assert.Throws<ArgumentException>(() => Rebinner.FromGrouping([1, 2])).Message);
        Assert.Contains("mask has 2 entries but the vector has 3", Assert.Throws<ArgumentException>(() => Rebinner.ByMinimum([1, 1, 1], 1, [true, true])).Message);
        var r = Rebinner.ByMinimum([1, 1, 1], 1);
        Assert.Contains("needs 3 values and room for 3 bins", Assert.Throws<ArgumentException>(() => r.Rebin([1, 1], new double[3])).Message);
    }
}
