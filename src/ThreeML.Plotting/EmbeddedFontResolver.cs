using ScottPlot;
using SkiaSharp;

namespace ThreeML.Plotting;

/// <summary>Serves DejaVu Sans (regular and bold) from the assembly's embedded resources to ScottPlot.</summary>
/// <remarks>The typefaces are created once and kept for the life of the process: ScottPlot caches and reuses what a
/// resolver returns, so handing out fresh instances would only cost memory.</remarks>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private readonly SKTypeface _regular = FigureText.Regular;
    private readonly SKTypeface _bold = Load("ThreeML.Plotting.Fonts.DejaVuSans-Bold.ttf");

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        Matches(fontName) ? (weight >= FontWeight.SemiBold ? _bold : _regular) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        Matches(fontName) ? (bold ? _bold : _regular) : null;

    private static bool Matches(string fontName) => string.Equals(fontName, PlotFonts.Family, StringComparison.OrdinalIgnoreCase);

    internal static SKTypeface Load(string resource)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font '{resource}' is missing from ThreeML.Plotting.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font '{resource}' could not be decoded.");
    }
}
