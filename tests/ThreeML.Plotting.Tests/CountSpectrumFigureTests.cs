using Astromodels.Functions;
using SkiaSharp;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Plugins;

namespace ThreeML.Plotting.Tests;

public class CountSpectrumFigureTests
{
    private static DispersionSpectrumLike FreshPlugin() =>
        DispersionSpectrumLike.FromFunction("fresh", new Blackbody(K: 5e-5, kT: 150.0), TutorialAnalysis.SmallResponse(), new Random(5),
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);

    [Fact]
    public void The_observed_rate_density_step_passes_through_its_pixel()
    {
        var plugin = TutorialAnalysis.Instance.S1;
        var figure = Plots.ViewCountSpectrum(plugin);
        using var probe = new ImageProbe(figure.GetPngBytes());
        Assert.InRange(probe.NonWhiteFraction(), 0.02, 0.6);
        var edges = plugin.Observation.Edges;
        foreach (var i in new[] { 10, 20, 30 })
        {
            var rate = plugin.Observation.Counts[i] / plugin.Observation.Exposure / (edges[i + 1] - edges[i]);
            var x = 0.5 * (Math.Log10(edges[i]) + Math.Log10(edges[i + 1]));
            var (px, py) = Geometry.ToPixel(figure.MainPlot, x, Math.Log10(rate));
            Assert.True(probe.HasColourNear(px, py, SKColor.Parse("#1f77b4")), $"channel {i}: no data colour near ({px:F0}, {py:F0})");
        }
    }

    [Fact]
    public void Unused_channels_are_shaded_and_used_ones_are_not()
    {
        var plugin = FreshPlugin();
        var plain = Plots.ViewCountSpectrum(plugin);
        using var plainProbe = new ImageProbe(plain.GetPngBytes());
        plugin.SetActiveMeasurements("100-1000");
        var masked = Plots.ViewCountSpectrum(plugin);
        using var maskedProbe = new ImageProbe(masked.GetPngBytes());

        // Near the top of the data area, above every curve: white unless shaded.
        var edges = plugin.Observation.Edges;
        var top = masked.MainPlot.Axes.GetLimits().Top - 0.02;
        var (x0, y0) = Geometry.ToPixel(masked.MainPlot, Math.Log10(Math.Sqrt(edges[1] * edges[2])), top);
        var (x1, y1) = Geometry.ToPixel(masked.MainPlot, Math.Log10(300), top);
        Assert.True(ImageProbe.IsWhite(plainProbe[(int)x0, (int)y0]));
        Assert.False(ImageProbe.IsWhite(maskedProbe[(int)x0, (int)y0]));
        Assert.True(ImageProbe.IsWhite(maskedProbe[(int)x1, (int)y1]));
    }

    [Fact]
    public void The_plot_has_a_title_axis_labels_and_a_legend()
    {
        var figure = Plots.ViewCountSpectrum(TutorialAnalysis.Instance.S1);
        using var probe = new ImageProbe(figure.GetPngBytes());
        var area = figure.MainPlot.RenderManager.LastRender.DataRect;
        var title = probe.DarkPixels((int)area.Left, 0, (int)area.Right, (int)area.Top - 2);
        var xLabel = probe.DarkPixels((int)area.Left, (int)area.Bottom + 22, (int)area.Right, probe.Height);
        var yLabel = probe.DarkPixels(0, (int)area.Top, (int)area.Left - 40, (int)area.Bottom);
        Assert.True(title > 10 && xLabel > 100 && yLabel > 100, $"dark pixels: title {title}, x label {xLabel}, y label {yLabel}");
    }
}
