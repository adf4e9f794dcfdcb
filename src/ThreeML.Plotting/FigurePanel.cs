using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>One plot of a figure and where it sits, as fractions of the figure's width and height from its top left.</summary>
internal readonly record struct FigurePanel(Plot Plot, double Left, double Top, double Width, double Height)
{
    public PixelRect ToPixels(int width, int height) => new(
        (float)Math.Round(Left * width),
        (float)Math.Round((Left + Width) * width),
        (float)Math.Round((Top + Height) * height),
        (float)Math.Round(Top * height));
}
