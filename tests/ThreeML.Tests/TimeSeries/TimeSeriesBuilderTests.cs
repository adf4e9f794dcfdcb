using ThreeML.Plugins;
using ThreeML.Tests.TestSupport;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

public class TimeSeriesBuilderTests
{
    private static string Rsp => SharedData.Data("ogip/glg_cspec_n3_bn080916009_v07.rsp");

    private static string Rsp2 => SharedData.Data("ogip/glg_cspec_n3_bn080916009_v00.rsp2");

    // Observed totals of the 11 bins overlapping 0-10 s (from -2.5600560 to 10.752106 s): astropy 5.2.1 outside CI,
    // d['COUNTS'][mask].sum() and d['EXPOSURE'][mask].sum() with mask = (ENDTIME-TRIGTIME > 0) & (TIME-TRIGTIME < 10).
    [RequiresSharedDataFact(GbmPhaIIReaderTests.CspecFile)]
    public void Real_cspec_end_to_end_with_a_single_matrix()
    {
        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", GbmPhaIIReaderTests.Cspec, Rsp, polyOrder: -1);
        ts.SetBackgroundInterval("-24--5", "100-200");
        ts.SetActiveTimeInterval("0-10");
        DispersionSpectrumLike n3 = ts.ToSpectrumLike();

        Assert.Equal("n3", n3.Name);
        Assert.Equal(29768.0, n3.Observation.TotalCounts);
        Assert.Equal(13.228213, n3.Observation.Exposure, 5);
        Assert.Equal(-2.5600560009479523, ts.ActiveIntervals[0].Start, 6);
        Assert.Equal(10.752106010913849, ts.ActiveIntervals[0].Stop, 6);
        Assert.Contains(ts.Adjustments, a => a.Contains("active interval 0-10 adjusted to the bin edges", StringComparison.Ordinal));

        // The background interval shrinks to the 4 bins wholly inside -24..-5 s (astropy: -23.040317982435226 to
        // -6.6561179757118225 s), so no coarse pre-trigger bin reaches into the burst.
        Assert.Equal(-23.040317982435226, ts.Background!.Intervals[0].Start, 6);
        Assert.Equal(-6.6561179757118225, ts.Background.Intervals[0].Stop, 6);
        Assert.Equal(BackgroundNoise.Gaussian, n3.BackgroundNoise);
        Assert.InRange(ts.Background!.Order, 0, 4);
        Assert.Contains("row 1146", Assert.Single(ts.Warnings));
    }

    [RequiresSharedDataFact(GbmPhaIIReaderTests.CspecFile)]
    public void Rsp2_is_weighted_over_the_interval_and_time_bins_become_plugins()
    {
        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", GbmPhaIIReaderTests.Cspec, Rsp2, polyOrder: 1);
        ts.SetBackgroundInterval("-24--5", "100-200");
        var bins = ts.ToSpectrumLikes(["0-2", "2-4", "4-10"]);
        Assert.Equal(["n3_time0", "n3_time1", "n3_time2"], bins.Select(b => b.Name));
        Assert.All(bins, b => Assert.Equal(128, b.Response.ChannelCount));
        Assert.Equal(1, ts.Background!.Order);
        Assert.False(ts.Background.OrderChosenAutomatically);
    }

    [RequiresSharedDataFact(GbmPhaIIReaderTests.CspecFile)]
    public void Plugins_need_a_background_and_an_active_interval()
    {
        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", GbmPhaIIReaderTests.Cspec, Rsp);
        Assert.Contains("SetActiveTimeInterval", Assert.Throws<InvalidOperationException>(ts.ToSpectrumLike).Message);
        ts.SetActiveTimeInterval("0-10");
        Assert.Contains("SetBackgroundInterval", Assert.Throws<InvalidOperationException>(ts.ToSpectrumLike).Message);
        Assert.Contains("holds no time bin", Assert.Throws<ArgumentException>(() => ts.SetActiveTimeInterval("9000-9100")).Message);
    }
}
