using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

public class CornerFigureTests
{
    [Theory]
    [InlineData(50.0, 34.0, 34.0, "50 +34 −34")]
    [InlineData(4.9996e-5, 2.1e-7, 1.8e-7, "(5.000 +0.021 −0.018)×10⁻⁵")]
    [InlineData(150.2345, 0.14, 0.15, "150.23 +0.14 −0.15")]
    [InlineData(22.04, 3.7, 3.3, "22.0 +3.7 −3.3")]
    [InlineData(-1.4612, 0.14, 0.17, "−1.46 +0.14 −0.17")]
    [InlineData(12_400.0, 900.0, 880.0, "(1.240 +0.090 −0.088)×10⁴")]
    public void Estimates_give_the_value_to_the_precision_of_two_digits_of_the_smaller_error(double value, double up, double down, string expected) =>
        Assert.Equal(expected, CornerLabels.Estimate(value, up, down));

    [Fact]
    public void Titles_give_the_median_and_the_16_and_84_percent_distances()
    {
        var samples = Enumerable.Range(0, 101).Select(i => (double)i).ToArray();
        Assert.Equal("x = 50 +34 −34", CornerLabels.Title("x", samples));
    }

    [Fact]
    public void Names_are_the_last_path_token_unless_renamed_and_units_get_superscript_powers()
    {
        var options = new CornerPlotOptions { Labels = new Dictionary<string, string> { ["src1.spectrum.main.Blackbody.K"] = "K₁" } };
        Assert.Equal("K₁", CornerLabels.Name("src1.spectrum.main.Blackbody.K", options));
        Assert.Equal("kT_1", CornerLabels.Name("src2.spectrum.main.composite.kT_1", options));
        var unit = CornerLabels.UnitText(Astromodels.Unit.Parse("1 / (cm2 keV s)"));
        Assert.Contains("keV⁻¹", unit, StringComparison.Ordinal);
        Assert.Contains("cm⁻²", unit, StringComparison.Ordinal);
        Assert.Equal("", CornerLabels.UnitText(Astromodels.Unit.Parse("")));
    }

    [Fact]
    public void Axis_labels_carry_the_shared_scale_and_offset_of_the_ticks()
    {
        var small = LinearTicks.Choose(4.9e-5, 5.1e-5, 200, 9, horizontal: true);
        Assert.Equal("K (×10⁻⁵ keV⁻¹)", CornerLabels.AxisLabel("K", "keV⁻¹", small));
        var plain = LinearTicks.Choose(-2, -1, 200, 9, horizontal: true);
        Assert.Equal("index", CornerLabels.AxisLabel("index", "", plain));
        var shifted = LinearTicks.Choose(150_000.01, 150_000.09, 200, 9, horizontal: true);
        Assert.StartsWith("E − 150000 (", CornerLabels.AxisLabel("E", "keV", shifted), StringComparison.Ordinal);
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
        const int fine = 4 * bins;
        var levels = CredibleRegions.Compute(x, y, (-4, 4), (-4, 4), bins, contents, subdivide: 4).Levels;
        Assert.Equal(fine, levels.GetLength(0));
        for (var l = 0; l < contents.Length; l++)
        {
            var inside = 0;
            for (var i = 0; i < n; i++)
            {
                var c = (int)((x[i] + 4) / 8 * fine);
                var r = fine - 1 - (int)((y[i] + 4) / 8 * fine);
                inside += c is >= 0 and < fine && r is >= 0 and < fine && levels[r, c] <= l ? 1 : 0;
            }

            Assert.InRange((double)inside / n, contents[l] - 0.04, contents[l] + 0.06);
        }

        // Row 0 is the top: the upper-left corner lies outside every region, the centre inside the innermost.
        Assert.True(double.IsNaN(levels[0, 0]));
        Assert.Equal(0, levels[fine / 2, fine / 2]);
    }
}
