using SkiaSharp;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Results;

namespace ThreeML.Plotting.Tests;

/// <summary>Structural checks of corner plots (issue 18 item 5): what a reader needs is there and nothing collides,
/// at several sizes and up to ten parameters.</summary>
public class CornerLayoutTests
{
    public static TheoryData<string, int, int> Cases => new()
    {
        { "tutorial", 600, 450 },
        { "tutorial", 900, 900 },
        { "synthetic4", 500, 500 },
        { "synthetic10", 900, 900 },
        { "synthetic10", 1400, 1400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_outer_axis_has_at_least_two_tick_labels_inside_its_panel(string name, int width, int height)
    {
        var results = Results(name);
        var axes = CornerFigure.Axes(results, results.FreeParameterPaths, new CornerPlotOptions());
        var layout = CornerLayout.Compute(width, height, axes);
        for (var p = 0; p < axes.Length; p++)
        {
            Assert.True(layout.X[p].Labels.Length >= 2, $"{axes[p].Name}: {layout.X[p].Labels.Length} x tick labels");
            Assert.All(layout.X[p].Positions, v => Assert.InRange(v, axes[p].Min, axes[p].Max));
            if (p > 0)
            {
                Assert.True(layout.Y[p].Labels.Length >= 2, $"{axes[p].Name}: {layout.Y[p].Labels.Length} y tick labels");
            }

            // Distinct labels: a reader can tell the ticks apart.
            Assert.Equal(layout.X[p].Labels.Length, layout.X[p].Labels.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_two_texts_overlap_and_none_covers_a_panel_or_leaves_the_figure(string name, int width, int height)
    {
        var results = Results(name);
        var figure = Plots.CornerPlot(results);
        var texts = figure.GetTexts(width, height);
        var n = results.FreeParameterPaths.Count;
        Assert.Equal(n * (n + 1) / 2, figure.Plots.Count);
        var layout = CornerLayout.Compute(width, height, CornerFigure.Axes(results, results.FreeParameterPaths, new CornerPlotOptions()));
        var data = Enumerable.Range(0, n).SelectMany(r => Enumerable.Range(0, r + 1).Select(c => layout.Data(r, c))).ToArray();
        for (var i = 0; i < texts.Count; i++)
        {
            var box = texts[i].Box;
            Assert.True(box.Left >= 0 && box.Top >= 0 && box.Right <= width && box.Bottom <= height, $"'{texts[i].Text}' {box} leaves the {width}x{height} figure");
            Assert.True(texts[i].Size >= CornerLayout.MinimumFontSize, $"'{texts[i].Text}' is {texts[i].Size} px");
            Assert.DoesNotContain(data, d => Overlap(d, box));
            for (var j = i + 1; j < texts.Count; j++)
            {
                Assert.False(Overlap(box, texts[j].Box), $"'{texts[i].Text}' {box} overlaps '{texts[j].Text}' {texts[j].Box}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Titles_and_labels_name_every_parameter_with_its_unit(string name, int width, int height)
    {
        var results = Results(name);
        var texts = Plots.CornerPlot(results).GetTexts(width, height).Select(t => t.Text.Replace("\n", " ", StringComparison.Ordinal)).ToArray();
        foreach (var path in results.FreeParameterPaths)
        {
            var parameter = path[(path.LastIndexOf('.') + 1)..];
            Assert.Contains(texts, t => t.StartsWith(parameter + " = ", StringComparison.Ordinal));
            var unit = CornerLabels.UnitText(results.OptimizedModel[path].Unit);
            Assert.Contains(texts, t => t.StartsWith(parameter, StringComparison.Ordinal) && !t.Contains(" = ", StringComparison.Ordinal) && t.Contains(unit, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_every_panel_with_ink(string name, int width, int height)
    {
        var results = Results(name);
        var figure = Plots.CornerPlot(results);
        var png = figure.GetPngBytes(width, height);
        var folder = Environment.GetEnvironmentVariable("THREEML_FIGURE_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            File.WriteAllBytes(Path.Combine(folder, $"corner_{name}_{width}x{height}.png"), png);
        }

        using var probe = new ImageProbe(png);
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

    private static bool Overlap(SKRect a, SKRect b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private static AnalysisResults Results(string name) => name switch
    {
        "tutorial" => TutorialAnalysis.Instance.Results,
        "synthetic4" => SyntheticResults.Create(4),
        "synthetic10" => SyntheticResults.Create(10),
        _ => throw new ArgumentException(name),
    };
}
