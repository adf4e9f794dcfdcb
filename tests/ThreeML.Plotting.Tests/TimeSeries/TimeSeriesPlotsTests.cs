using SkiaSharp;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Responses;
using ThreeML.TimeSeries;

namespace ThreeML.Plotting.Tests.TimeSeries;

public class TimeSeriesPlotsTests
{
    /// <summary>Two channels, 1 s bins from −50 to 100 s, a constant 100 + 100 counts/s with a 20 s pulse of
    /// 1000 counts/s in channel 0 from 0 to 20 s; counts set to their means so the picture is exact.</summary>
    private static TimeSeriesBuilder Builder()
    {
        var n = 150;
        var starts = Enumerable.Range(0, n).Select(i => -50.0 + i).ToArray();
        var stops = starts.Select(s => s + 1).ToArray();
        var exposures = starts.Select(_ => 1.0).ToArray();
        var counts = new double[2 * n];
        for (var i = 0; i < n; i++)
        {
            counts[2 * i] = 100 + (starts[i] >= 0 && starts[i] < 20 ? 1000 : 0);
            counts[(2 * i) + 1] = 100;
        }

        double[] edges = [10, 100, 1000];
        var series = new BinnedTimeSeries(starts, stops, exposures, counts, edges);
        var ts = TimeSeriesBuilder.FromSeries("sim", series, InstrumentResponse.Diagonal(edges), polyOrder: 0);
        ts.SetBackgroundInterval("-50--10", "40-100");
        ts.SetActiveTimeInterval("0-20");
        return ts;
    }

    [Fact]
    public void Light_curve_draws_the_pulse_the_background_model_and_the_intervals()
    {
        var ts = Builder();
        var figure = TimeSeriesPlots.ViewLightCurve(ts, -50, 100, 10, 1000, blockEdges: [0.0, 20.0]);
        using var probe = new ImageProbe(figure.GetPngBytes());

        // Pulse top (1200 counts/s) in the data colour, the background model (200 counts/s) in red, both at t = 10 s
        // and t = 60 s respectively.
        var (px, py) = Geometry.ToPixel(figure.MainPlot, 10, 1200);
        Assert.True(probe.HasColourNear(px, py, SKColor.Parse("#1f77b4")), $"no pulse near ({px:F0}, {py:F0})");
        (px, py) = Geometry.ToPixel(figure.MainPlot, 60, 200);
        Assert.True(probe.HasColourNear(px, py, SKColor.Parse("#d62728")), $"no background model near ({px:F0}, {py:F0})");

        // The source interval is shaded green: a pixel at mid-height inside it is neither white nor the data colour.
        (px, py) = Geometry.ToPixel(figure.MainPlot, 5, 700);
        var shade = probe[(int)px, (int)py];
        Assert.True(shade.Green > shade.Red && shade.Green > shade.Blue, $"source interval not shaded green at ({px:F0}, {py:F0}): {shade}");
    }

    [Fact]
    public void An_energy_selection_without_channels_is_an_error_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => TimeSeriesPlots.ViewLightCurve(Builder(), energyMin: 5000, energyMax: 6000));
        Assert.Contains("5000..6000 keV", e.Message);
    }
}
