using ThreeML.Responses;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

public class TimeSeriesBuilderBlocksTests
{
    /// <summary>1 s bins from −50 to 100 s; channel 0 (10-20 keV) holds 100 counts a bin with a step to 1000 from 0 to
    /// 20 s, channel 1 (20-30 keV) a flat 50: counts at their means, so the change points are unambiguous.</summary>
    private static TimeSeriesBuilder Step()
    {
        const int n = 150;
        var starts = Enumerable.Range(0, n).Select(i => -50.0 + i).ToArray();
        var counts = new double[2 * n];
        for (var i = 0; i < n; i++)
        {
            counts[2 * i] = starts[i] is >= 0 and < 20 ? 1000 : 100;
            counts[(2 * i) + 1] = 50;
        }

        double[] edges = [10, 20, 30];
        var series = new BinnedTimeSeries(starts, [.. starts.Select(s => s + 1)], [.. starts.Select(_ => 1.0)], counts, edges);
        return TimeSeriesBuilder.FromSeries("sim", series, InstrumentResponse.Diagonal(edges));
    }

    [Fact]
    public void Blocks_find_the_step_in_the_selected_channels_only()
    {
        var ts = Step();
        Assert.Equal([new TimeInterval(-50, 0), new TimeInterval(0, 20), new TimeInterval(20, 100)],
            ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(-50, 100), p0: 0.05));
        Assert.Equal([new TimeInterval(-50, 100)], ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(-50, 100), p0: 0.05, energyMin: 20, energyMax: 30));

        // A range inside bins takes every bin it overlaps.
        Assert.Equal(-11, ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(-10.5, 10.5))[0].Start);
    }

    [Fact]
    public void Selections_without_channels_or_bins_are_named()
    {
        var ts = Step();
        Assert.Equal((1, 1), ts.ChannelsBetween(20, 30));
        Assert.Contains("5000..6000 keV", Assert.Throws<ArgumentException>(() => ts.ChannelsBetween(5000, 6000)).Message);
        Assert.Contains("holds no time bin", Assert.Throws<ArgumentException>(() => ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(500, 600))).Message);
    }
}
