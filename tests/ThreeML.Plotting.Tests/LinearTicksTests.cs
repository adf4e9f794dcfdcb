using System.Globalization;
using CsCheck;
using ScottPlot;
using ThreeML.TestSupport;

namespace ThreeML.Plotting.Tests;

public class LinearTicksTests
{
    [Fact]
    public void Small_values_share_a_power_of_ten()
    {
        var ticks = LinearTicks.Choose(4.93e-5, 5.07e-5, 300, 9, horizontal: true);
        Assert.Equal(-5, ticks.Exponent);
        Assert.Equal("×10⁻⁵", ticks.ScaleText);
        Assert.Contains("5.00", ticks.Labels);
        Assert.All(ticks.Labels, l => Assert.Matches(@"^\d\.\d\d$", l));
    }

    [Fact]
    public void Large_values_share_a_power_of_ten_and_distant_digits_an_offset()
    {
        var large = LinearTicks.Choose(1.1e4, 1.5e4, 300, 9, horizontal: true);
        Assert.Equal(4, large.Exponent);
        Assert.All(large.Labels, l => Assert.True(l.Length <= 4, l));

        // 150000.01 to 150000.09: matplotlib's offset; labels hold only the digits that change.
        var shifted = LinearTicks.Choose(150_000.01, 150_000.09, 300, 9, horizontal: true);
        Assert.Equal(150_000, shifted.Offset);
        Assert.Equal(0, shifted.Exponent);
        Assert.Equal("+150000", shifted.ScaleText);
        Assert.All(shifted.Labels, l => Assert.StartsWith("0.0", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_values_are_plain_with_a_true_minus_sign()
    {
        var ticks = LinearTicks.Choose(-2.3, 3.4, 400, 10, horizontal: true);
        Assert.Equal(0, ticks.Exponent);
        Assert.Equal(0, ticks.Offset);
        Assert.Equal("", ticks.ScaleText);
        Assert.Contains("−2", ticks.Labels);
        Assert.Contains("0", ticks.Labels);
    }

    [Fact]
    public void Any_range_and_length_gets_two_or_more_distinct_labels_that_read_back_as_the_positions()
    {
        Gen.Select(Gen.Double[-12, 12], Gen.Double[-8, 2], Gen.Double[-1, 1], Gen.Int[40, 1200], Gen.Bool)
            .SampleFixed((logScale, logSpan, centre, pixels, horizontal) =>
            {
                var scale = Math.Pow(10, logScale);
                var span = scale * Math.Pow(10, logSpan);
                var min = (centre * scale) - (span / 2);
                var ticks = LinearTicks.Choose(min, min + span, pixels, 9, horizontal);
                Assert.True(ticks.Positions.Length >= 2, $"{ticks.Positions.Length} ticks on [{min:R}, {min + span:R}] over {pixels} px");
                Assert.Equal(ticks.Labels.Length, ticks.Labels.Distinct().Count());
                var step = ticks.Positions[1] - ticks.Positions[0];
                for (var i = 0; i < ticks.Positions.Length; i++)
                {
                    Assert.InRange(ticks.Positions[i], min, min + span);
                    var value = (double.Parse(ticks.Labels[i].Replace('−', '-'), CultureInfo.InvariantCulture) * Math.Pow(10, ticks.Exponent)) + ticks.Offset;
                    Assert.True(Math.Abs(value - ticks.Positions[i]) <= 1e-6 * Math.Abs(step), $"label {ticks.Labels[i]} {ticks.ScaleText} reads {value:R}, tick at {ticks.Positions[i]:R}");
                }
            }, iter: 400);
    }

    [Fact]
    public void A_figure_writes_the_shared_scale_of_a_linear_axis_at_its_end()
    {
        var plot = new Plot();
        plot.Add.Scatter(new[] { 1.0, 2.0, 3.0 }, new[] { 2e-6, 5e-6, 3e-6 });
        LinearTickGenerator.Use(plot.Axes.Left);
        plot.Axes.SetLimits(0.5, 3.5, 1e-6, 6e-6);
        var figure = new PlotFigure([FigurePanel.Whole(plot)], 400, 300);
        figure.GetPngBytes();
        var scale = Assert.Single(figure.ScaleTexts());
        Assert.Equal("×10⁻⁶", scale.Text);
        var data = plot.RenderManager.LastRender.DataRect;
        Assert.True(scale.Box.Bottom <= data.Top && scale.Box.Left >= data.Left - 1, $"{scale.Box} is not above the top left of {data}");
        Assert.All(plot.Axes.Left.TickGenerator.Ticks, t => Assert.DoesNotContain("E", t.Label, StringComparison.Ordinal));
    }
}
