using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Tests.Ogip;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

/// <summary>TTE time series: events drawn from known rates, written in the GBM layout, fitted unbinned.</summary>
public sealed class TimeSeriesBuilderTteTests : IDisposable
{
    private static readonly string[] OffSource = ["-40--5", "30-160"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static double[][] LinearBackground() =>
        [.. Enumerable.Range(0, SimulatedTte.Channels).Select(c => new[] { 60.0 / (c + 1), (c % 2 == 0 ? 0.004 : -0.003) * 60.0 / (c + 1) })];

    private static double[] Pulse() => [.. Enumerable.Range(0, SimulatedTte.Channels).Select(c => 400.0 / (c + 1))];

    private TimeSeriesBuilder FromFile(int seed, double[][] background, double[] pulse, int polyOrder)
    {
        var (times, channels) = SimulatedTte.Draw(seed, background, pulse);
        var tte = _folder.File($"glg_tte_n3_sim{seed}.fit");
        var rsp = _folder.File($"sim{seed}.rsp");
        SimulatedTte.Write(tte, times, channels);
        ResponseWriter.Write(rsp, SimulatedTte.Response());
        return TimeSeriesBuilder.FromGbmTte("n3", tte, rsp, polyOrder);
    }

    [Fact]
    public void The_unbinned_background_agrees_with_the_binned_fit_on_fine_bins()
    {
        var tte = FromFile(3, LinearBackground(), Pulse(), polyOrder: 1);
        tte.SetBackgroundInterval(OffSource);
        Assert.True(tte.Background!.Unbinned);

        // The same events in 10 ms bins, fitted binned: in the limit of fine bins the binned Poisson likelihood is the
        // unbinned one (each bin holds 0 or 1 event), so both give the same background.
        var fine = TimeSeriesBuilder.FromSeries("fine", tte.Events!.Bin(0.01), SimulatedTte.Response(), polyOrder: 1);
        fine.SetBackgroundInterval(OffSource);
        Assert.False(fine.Background!.Unbinned);

        TimeInterval[] source = [new(0, 10)];
        var (unbinned, unbinnedErrors) = tte.BackgroundCounts(source);
        var (binned, binnedErrors) = fine.BackgroundCounts(source);
        for (var c = 0; c < SimulatedTte.Channels; c++)
        {
            Assert.True(Math.Abs(unbinned[c] - binned[c]) < 0.1 * unbinnedErrors[c], $"channel {c}: unbinned {unbinned[c]} ± {unbinnedErrors[c]}, binned {binned[c]}");
            Assert.Equal(unbinnedErrors[c], binnedErrors[c], unbinnedErrors[c] * 0.02);
        }
    }

    [Theory]
    [InlineData(0, new[] { 300.0 })]
    [InlineData(1, new[] { 300.0, 1.5 })]
    [InlineData(2, new[] { 300.0, 1.5, 0.02 })]
    public void The_automatic_order_recovers_the_true_order(int trueOrder, double[] rate)
    {
        double[][] background = [.. Enumerable.Range(0, SimulatedTte.Channels).Select(c => rate.Select(a => a / (c + 1)).ToArray())];
        for (var seed = 1; seed <= 3; seed++)
        {
            var ts = FromFile(seed, background, new double[SimulatedTte.Channels], polyOrder: -1);
            ts.SetBackgroundInterval(OffSource);
            Assert.True(ts.Background!.OrderChosenAutomatically);
            Assert.Equal(trueOrder, ts.Background.Order);
        }
    }

    [Fact]
    public void Pulls_of_unbinned_background_counts_are_standard_normal_over_seeds()
    {
        double[] rate = [60.0, -0.15];
        var quiet = new double[SimulatedTte.Channels];
        var pulls = new List<double>();
        for (var seed = 1000; seed < 1100; seed++)
        {
            var (times, channels) = SimulatedTte.Draw(seed, [rate, .. Enumerable.Repeat(new[] { 1.0 }, SimulatedTte.Channels - 1)], quiet);
            var events = new EventList(times, channels, new double[times.Length], SimulatedTte.ChannelEdges, SimulatedTte.Start, SimulatedTte.Stop);
            var model = BackgroundFitter.FitUnbinned(events, TimeInterval.ParseAll(OffSource), polyOrder: 1);
            var (counts, errors) = model.Predict([0.0], [20.0], [1.0]);
            pulls.Add((counts[0] - SimulatedTte.Integral(rate, 0, 20)) / errors[0]);
        }

        var mean = pulls.Average();
        var sd = Math.Sqrt(pulls.Sum(p => (p - mean) * (p - mean)) / (pulls.Count - 1));

        // 100 pulls: the mean's standard error is 0.1 and the sd's about 0.07; bounds are ~4σ.
        Assert.InRange(mean, -0.4, 0.4);
        Assert.InRange(sd, 0.72, 1.28);
    }

    [Fact]
    public void The_plugin_holds_the_events_and_live_time_of_the_interval()
    {
        var (times, channels) = SimulatedTte.Draw(7, LinearBackground(), Pulse());
        var tte = _folder.File("glg_tte_n3_plugin.fit");
        var rsp = _folder.File("plugin.rsp");
        SimulatedTte.Write(tte, times, channels);
        ResponseWriter.Write(rsp, SimulatedTte.Response());
        var ts = TimeSeriesBuilder.FromGbmTte("n3", tte, rsp);
        ts.SetBackgroundInterval(OffSource);
        ts.SetActiveTimeInterval("0-10");
        DispersionSpectrumLike n3 = ts.ToSpectrumLike();

        // Counted from the drawn events directly; dead time 2 µs per event, 10 µs in the overflow (last) channel.
        var inside = Enumerable.Range(0, times.Length).Where(i => times[i] >= 0 && times[i] < 10).ToArray();
        var expected = new double[SimulatedTte.Channels];
        foreach (var i in inside)
        {
            expected[channels[i]]++;
        }

        var dead = inside.Sum(i => channels[i] == SimulatedTte.Channels - 1 ? 10e-6 : 2e-6);
        Assert.Equal(expected, n3.Observation.Counts.ToArray());
        Assert.Equal(10 - dead, n3.Observation.Exposure, 9);
        Assert.Equal(BackgroundNoise.Gaussian, n3.BackgroundNoise);
        Assert.Empty(ts.Adjustments);

        // An interval reaching past the data is clipped to it and the change reported.
        ts.SetActiveTimeInterval("150-200");
        Assert.Contains(ts.Adjustments, a => a.Contains("active interval 150-200 clipped to the events, 150-160", StringComparison.Ordinal));
        Assert.Contains("lies outside the events", Assert.Throws<ArgumentException>(() => ts.SetActiveTimeInterval("500-600")).Message);
    }

    [Fact]
    public void Bayesian_blocks_on_the_events_find_the_pulse()
    {
        var ts = FromFile(11, LinearBackground(), Pulse(), polyOrder: 1);
        var blocks = ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(-20, 30), p0: 0.01);
        var edges = blocks.Select(b => b.Start).Append(blocks[^1].Stop).ToArray();
        Assert.Contains(edges, e => Math.Abs(e - SimulatedTte.PulseStart) < 0.05);
        Assert.Contains(edges, e => Math.Abs(e - SimulatedTte.PulseStop) < 0.05);
        Assert.True(edges[0] >= -20 && edges[^1] < 30);
    }

    [Fact]
    public void A_background_without_a_maximum_is_an_error_naming_the_channel()
    {
        // Channel 0's rate falls to zero at 20 s: with no events after that, a straight line can dive below zero there
        // and the likelihood grows without bound.
        double[][] background = [[60.0, -3.0], .. Enumerable.Repeat(new[] { 5.0 }, SimulatedTte.Channels - 1)];
        var (times, channels) = SimulatedTte.Draw(5, background, new double[SimulatedTte.Channels]);
        var events = new EventList(times, channels, new double[times.Length], SimulatedTte.ChannelEdges, SimulatedTte.Start, SimulatedTte.Stop);
        var e = Assert.Throws<ArgumentException>(() => BackgroundFitter.FitUnbinned(events, [new TimeInterval(-40, -5), new TimeInterval(30, 160)], polyOrder: 1));
        Assert.Contains("channel 0 (0-based) did not converge", e.Message);
        Assert.Contains("Choose a lower order", e.Message);
    }
}
