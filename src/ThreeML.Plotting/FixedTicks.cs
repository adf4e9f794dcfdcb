using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>Ticks decided by the figure's layout before rendering (ScottPlot only draws them).</summary>
internal sealed class FixedTicks : ITickGenerator
{
    public Tick[] Ticks { get; set; } = [];

    public int MaxTickCount { get; set; } = 1000;

    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
    }
}
