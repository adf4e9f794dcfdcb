using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

public class CornerFigureTests
{
    [Theory]
    [InlineData(500.0, "5e+02")]
    [InlineData(12.3, "12")]
    [InlineData(0.00123, "0.0012")]
    [InlineData(1.234e-7, "1.2e-07")]
    [InlineData(-1.46, "-1.5")]
    public void Numbers_are_formatted_as_python_dot_2g(double value, string expected) =>
        Assert.Equal(expected, CornerFigure.Format2G(value));

    [Fact]
    public void Titles_give_the_median_and_the_16_and_84_percent_distances()
    {
        var samples = Enumerable.Range(0, 101).Select(i => (double)i).ToArray();
        Assert.Equal("x = 50 +34 −34", CornerFigure.Title("x", samples));
    }

    [Fact]
    public void Labels_are_the_last_path_token_unless_renamed()
    {
        var options = new CornerPlotOptions { Labels = new Dictionary<string, string> { ["src1.spectrum.main.Blackbody.K"] = "K₁" } };
        Assert.Equal("K₁", CornerFigure.Label("src1.spectrum.main.Blackbody.K", options));
        Assert.Equal("kT_1", CornerFigure.Label("src2.spectrum.main.composite.kT_1", options));
    }

    [Fact]
    public void All_free_parameters_give_a_lower_triangle_of_panels_with_ink_in_each()
    {
        var results = TutorialAnalysis.Instance.Results;
        var figure = Plots.CornerPlot(results);
        var n = results.FreeParameterPaths.Count;
        Assert.Equal(n * (n + 1) / 2, figure.Plots.Count);
        using var probe = new ImageProbe(figure.GetPngBytes());
        foreach (var plot in figure.Plots)
        {
            var area = plot.RenderManager.LastRender.DataRect;
            var inked = 0;
            for (var y = (int)area.Top + 2; y < (int)area.Bottom - 2; y++)
            {
                for (var x = (int)area.Left + 2; x < (int)area.Right - 2; x++)
                {
                    inked += ImageProbe.IsWhite(probe[x, y]) ? 0 : 1;
                }
            }

            Assert.True(inked > 0.02 * area.Width * area.Height, "an empty corner panel");
        }
    }

    [Fact]
    public void Selected_parameters_only_and_unknown_ones_are_named_in_the_error()
    {
        var results = TutorialAnalysis.Instance.Results;
        var two = Plots.CornerPlot(results, results.FreeParameterPaths[0], results.FreeParameterPaths[2]);
        Assert.Equal(3, two.Plots.Count);
        var error = Assert.Throws<ArgumentException>(() => Plots.CornerPlot(results, "src1.nope"));
        Assert.Contains("src1.nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credible_regions_of_a_gaussian_hold_their_probability_content()
    {
        var rng = new Random(3);
        var n = 40000;
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var (u1, u2) = (1 - rng.NextDouble(), rng.NextDouble());
            var r = Math.Sqrt(-2 * Math.Log(u1));
            (x[i], y[i]) = (r * Math.Cos(2 * Math.PI * u2), r * Math.Sin(2 * Math.PI * u2));
        }

        double[] contents = [0.393, 0.865];
        const int bins = 30;
        var levels = CredibleRegions.Levels(x, y, (-4, 4), (-4, 4), bins, contents);
        for (var l = 0; l < contents.Length; l++)
        {
            var inside = 0;
            for (var i = 0; i < n; i++)
            {
                var c = (int)((x[i] + 4) / 8 * bins);
                var r = bins - 1 - (int)((y[i] + 4) / 8 * bins);
                inside += c is >= 0 and < bins && r is >= 0 and < bins && levels[r, c] <= l ? 1 : 0;
            }

            Assert.InRange((double)inside / n, contents[l] - 0.04, contents[l] + 0.06);
        }

        // Row 0 is the top: the upper-left corner lies outside every region, the centre inside the innermost.
        Assert.True(double.IsNaN(levels[0, 0]));
        Assert.Equal(0, levels[bins / 2, bins / 2]);
    }
}
