using System.Text;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

public class PlotFigureTests
{
    [Fact]
    public void Png_and_svg_are_written_whole_at_the_requested_size_leaving_no_temporary_file()
    {
        using var folder = new TempFolder();
        var figure = Plots.ViewCountSpectrum(TutorialAnalysis.Instance.S1);
        figure.SavePng(folder.File("count.png"), 640, 480);
        figure.SaveSvg(folder.File("count.svg"), 640, 480);
        figure.SavePng(folder.File("count.png"));
        using (var probe = new ImageProbe(File.ReadAllBytes(folder.File("count.png"))))
        {
            Assert.Equal((figure.DefaultWidth, figure.DefaultHeight), (probe.Width, probe.Height));
        }

        var svg = Encoding.UTF8.GetString(File.ReadAllBytes(folder.File("count.svg")));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("width=\"640\"", svg, StringComparison.Ordinal);
        Assert.Contains("font-family=\"DejaVu Sans\"", svg, StringComparison.Ordinal);
        Assert.Equal(new[] { "count.png", "count.svg" }, Directory.GetFiles(folder.Path).Select(f => Path.GetFileName(f)).Order().ToArray());
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var a = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit).GetPngBytes(500, 400);
        var b = Plots.DisplaySpectrumModelCounts(TutorialAnalysis.Instance.Fit).GetPngBytes(500, 400);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Sizes_outside_the_allowed_range_are_rejected()
    {
        var figure = Plots.ViewCountSpectrum(TutorialAnalysis.Instance.S1);
        Assert.Throws<ArgumentOutOfRangeException>(() => figure.GetPngBytes(0, 100));
    }
}
