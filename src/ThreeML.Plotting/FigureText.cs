using SkiaSharp;

namespace ThreeML.Plotting;

/// <summary>A text a figure draws itself on top of its plots (corner titles, axis and tick labels), with the box it
/// occupies, so that layouts can be computed and checked for overlaps before anything is drawn.</summary>
/// <param name="Text">The text; '\n' separates lines, each centred or aligned as <paramref name="Align"/> says.</param>
/// <param name="Size">Font size in pixels.</param>
/// <param name="X">Anchor x in pixels: the left edge, centre or right edge of the text as <paramref name="Align"/> says
/// (for vertical text: the centre of the block of lines, across them).</param>
/// <param name="Y">Anchor y in pixels: the top of the first line (for vertical text: the point the text is aligned on
/// along its length, bottom-to-top).</param>
/// <param name="Align">Horizontal alignment along the text's length.</param>
/// <param name="Vertical">Rotated 90° anticlockwise (reads bottom to top), as y-axis labels.</param>
internal sealed record FigureText(string Text, float Size, float X, float Y, SKTextAlign Align = SKTextAlign.Center, bool Vertical = false)
{
    /// <summary>Line spacing as a multiple of the font size.</summary>
    private const float LineHeight = 1.2f;

    private static readonly Lazy<SKTypeface> Typeface = new(
        () => EmbeddedFontResolver.Load("ThreeML.Plotting.Fonts.DejaVuSans.ttf"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded regular typeface.</summary>
    public static SKTypeface Regular => Typeface.Value;

    public string[] Lines => Text.Split('\n');

    /// <summary>The advance width of one line of text in pixels.</summary>
    public static float Width(string line, float size)
    {
        using var font = new SKFont(Regular, size);
        return font.MeasureText(line);
    }

    /// <summary>The height of a block of <paramref name="lines"/> lines in pixels.</summary>
    public static float Height(int lines, float size) => lines * LineHeight * size;

    /// <summary>The widest line in pixels.</summary>
    public float TextWidth => Lines.Max(l => Width(l, Size));

    /// <summary>The extent along the lines' direction and across them.</summary>
    public float TextHeight => Height(Lines.Length, Size);

    /// <summary>The rectangle the text covers, in figure pixels.</summary>
    public SKRect Box
    {
        get
        {
            var (along, across) = (TextWidth, TextHeight);
            var start = Align switch { SKTextAlign.Left => 0, SKTextAlign.Right => -along, _ => -along / 2 };
            return Vertical
                ? new SKRect(X - across / 2, Y - start - along, X + across / 2, Y - start)
                : new SKRect(X + start, Y, X + start + along, Y + across);
        }
    }

    /// <summary>Draws the text in black (or the given colour).</summary>
    public void Draw(SKCanvas canvas, SKColor? colour = null)
    {
        using var font = new SKFont(Regular, Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var paint = new SKPaint { Color = colour ?? SKColors.Black, IsAntialias = true };
        var lines = Lines;
        var ascent = -font.Metrics.Ascent;
        var step = LineHeight * Size;
        var lead = (step - (ascent + font.Metrics.Descent)) / 2;
        canvas.Save();
        if (Vertical)
        {
            canvas.Translate(X - TextHeight / 2, Y);
            canvas.RotateDegrees(-90);
        }
        else
        {
            canvas.Translate(X, Y);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            // Vertical text: after the rotation, "down" is towards +x of the figure, so the block is centred on X.
            canvas.DrawText(lines[i], 0, lead + ascent + i * step, Align, font, paint);
        }

        canvas.Restore();
    }
}
