using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>One plot of a figure and where it sits for a given figure size (in pixels, from the top left).</summary>
internal sealed record FigurePanel(Plot Plot, Func<int, int, PixelRect> Place)
{
    /// <summary>A panel at fixed fractions of the figure's width and height.</summary>
    public static FigurePanel Fraction(Plot plot, double left, double top, double width, double height) => new(plot, (w, h) => new PixelRect(
        (float)Math.Round(left * w),
        (float)Math.Round((left + width) * w),
        (float)Math.Round((top + height) * h),
        (float)Math.Round(top * h)));

    /// <summary>The whole figure.</summary>
    public static FigurePanel Whole(Plot plot) => Fraction(plot, 0, 0, 1, 1);

    public PixelRect ToPixels(int width, int height) => Place(width, height);
}
