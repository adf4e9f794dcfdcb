using ScottPlot;

namespace ThreeML.Plotting.Tests.TestSupport;

/// <summary>Where a data coordinate lands in the rendered image, from the axis limits and the data area of the last render.</summary>
internal static class Geometry
{
    public static (double X, double Y) ToPixel(Plot plot, double x, double y)
    {
        var area = plot.RenderManager.LastRender.DataRect;
        var limits = plot.Axes.GetLimits();
        return (
            area.Left + (x - limits.Left) / (limits.Right - limits.Left) * area.Width,
            area.Bottom - (y - limits.Bottom) / (limits.Top - limits.Bottom) * area.Height);
    }
}
