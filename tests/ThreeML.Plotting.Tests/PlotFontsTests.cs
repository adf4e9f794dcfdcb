using ScottPlot;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

public class PlotFontsTests
{
    [Fact]
    public void Registration_is_idempotent_and_resolves_the_embedded_family()
    {
        PlotFonts.EnsureRegistered();
        PlotFonts.EnsureRegistered();
        var regular = Fonts.GetTypeface(PlotFonts.Family, bold: false, italic: false);
        var bold = Fonts.GetTypeface(PlotFonts.Family, bold: true, italic: false);
        Assert.Equal("DejaVu Sans", regular.FamilyName);
        Assert.True(bold.FontWeight > regular.FontWeight);
        Assert.Equal(1, Fonts.FontResolvers.Count(r => r is EmbeddedFontResolver));
    }

    [Fact]
    public void A_title_draws_dark_pixels_where_an_empty_title_draws_none()
    {
        static int TitleInk(string title)
        {
            var plot = FigureStyle.NewPlot(top: 70);
            plot.Title(title, size: 36);
            FigureStyle.Finish(plot);
            var figure = new PlotFigure([FigurePanel.Whole(plot)], 400, 300);
            using var probe = new ImageProbe(figure.GetPngBytes());
            return probe.DarkPixels(0, 0, 400, 60);
        }

        var withText = TitleInk("Font check");
        var empty = TitleInk(string.Empty);
        Assert.Equal(0, empty);
        Assert.True(withText > 500, $"only {withText} dark pixels where the title should be");
    }
}
