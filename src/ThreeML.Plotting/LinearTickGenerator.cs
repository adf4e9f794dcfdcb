using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Ticks of a linear axis from <see cref="LinearTicks"/>: labels that fit and never go missing, with a shared
/// ×10ⁿ scale or offset that <see cref="PlotFigure"/> writes at the end of the axis as matplotlib does (x: below the
/// tick labels at the right; y: above the axis at the top left).</summary>
internal sealed class LinearTickGenerator : ITickGenerator
{
    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = 8;

    /// <summary>The shared scale and offset of the last ticks generated ("" when none).</summary>
    public string ScaleText { get; private set; } = "";

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        var ticks = LinearTicks.Choose(range.Min, range.Max, size.Length, labelStyle.FontSize, edge.IsHorizontal(), MaxTickCount);
        Ticks = [.. ticks.Positions.Select((p, i) => new Tick(p, ticks.Labels[i], true))];
        ScaleText = ticks.ScaleText;
    }

    /// <summary>Uses this generator on an axis.</summary>
    public static void Use(IAxis axis) => axis.TickGenerator = new LinearTickGenerator();
}
