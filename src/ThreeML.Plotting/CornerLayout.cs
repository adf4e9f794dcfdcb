using SkiaSharp;

namespace ThreeML.Plotting;

/// <summary>Where everything of a corner plot goes for one figure size: equal data areas in a lower triangle, the
/// ticks of each parameter, and every text (titles, axis and tick labels) placed so that none overlaps another or a
/// panel.</summary>
/// <remarks>Sizes follow the panels: the tick font is a ninth of the cell (8 to 13 px), labels and titles slightly
/// larger. A marginal's title sits above its panel in the empty upper triangle: centred when it fits the column,
/// otherwise starting at the column's left edge and running right over the empty cells; when even that is too narrow
/// the font shrinks (down to <see cref="MinimumFontSize"/>) and the title breaks after "name =". Axis labels break
/// between the name and the unit the same way, then between the words of the unit. No text is smaller than
/// <see cref="MinimumFontSize"/>: a small figure gets more lines, not unreadable ones. The margins are recomputed
/// from the texts they must hold, until they settle (a few passes).</remarks>
internal sealed class CornerLayout
{
    /// <summary>Length of the tick marks in pixels (outwards).</summary>
    public const float TickLength = 4;

    /// <summary>The smallest text of a corner plot in pixels: DejaVu Sans stays legible on screen down to 8 px
    /// (matplotlib's default 10 pt is 14 px at 100 dpi; corner.py's labels are that size at any figure size).</summary>
    public const float MinimumFontSize = 8;

    private const float Pad = 4;
    private const float MinFont = MinimumFontSize;
    private const int MaxLines = 4;

    public required int Count { get; init; }
    public required float CellWidth { get; init; }
    public required float CellHeight { get; init; }
    public required float Gap { get; init; }
    public required float Left { get; init; }
    public required float Top { get; init; }
    public required LinearTicks[] X { get; init; }
    public required LinearTicks[] Y { get; init; }
    public required IReadOnlyList<FigureText> Texts { get; init; }

    /// <summary>The data area of panel (row, col).</summary>
    public SKRect Data(int row, int col)
    {
        var left = Left + (col * (CellWidth + Gap));
        var top = Top + (row * (CellHeight + Gap));
        return new SKRect(left, top, left + CellWidth, top + CellHeight);
    }

    public static CornerLayout Compute(int width, int height, IReadOnlyList<CornerAxis> axes)
    {
        var n = axes.Count;
        float left = 70, bottom = 60, top = 24, right = 8, gap = 6;
        CornerLayout? layout = null;
        for (var pass = 0; pass < 8; pass++)
        {
            var cellWidth = Math.Max(10, (width - left - right - ((n - 1) * gap)) / n);
            var cellHeight = Math.Max(10, (height - top - bottom - ((n - 1) * gap)) / n);
            layout = Place(width, axes, cellWidth, cellHeight, gap, left, top, out var needed);
            var settled = Math.Abs(needed.Left - left) < 0.5f && Math.Abs(needed.Bottom - bottom) < 0.5f && Math.Abs(needed.Top - top) < 0.5f;
            (left, bottom, top) = needed;
            gap = Math.Clamp(0.04f * Math.Min(cellWidth, cellHeight), 3, 12);
            if (settled && pass > 0)
            {
                break;
            }
        }

        return layout!;
    }

    private static CornerLayout Place(int width, IReadOnlyList<CornerAxis> axes, float cellWidth, float cellHeight, float gap, float left, float top, out (float Left, float Bottom, float Top) needed)
    {
        var n = axes.Count;
        var tickFont = Math.Clamp(Math.Min(cellWidth, cellHeight) / 9, MinFont, 13);
        var labelFont = 1.15f * tickFont;
        var tickHeight = FigureText.Height(1, tickFont);
        var x = axes.Select(a => LinearTicks.Choose(a.Min, a.Max, cellWidth, tickFont, horizontal: true, maxTicks: 4)).ToArray();
        var y = axes.Select(a => LinearTicks.Choose(a.Min, a.Max, cellHeight, tickFont, horizontal: false, maxTicks: 4)).ToArray();

        // One tick size for the whole figure, as corner.py: the smallest any shown axis needed.
        var shownTickFont = x.Concat(y.Skip(1)).Min(t => t.FontSize);
        if (shownTickFont < tickFont)
        {
            x = [.. axes.Select(a => LinearTicks.Choose(a.Min, a.Max, cellWidth, shownTickFont, horizontal: true, maxTicks: 4))];
            y = [.. axes.Select(a => LinearTicks.Choose(a.Min, a.Max, cellHeight, shownTickFont, horizontal: false, maxTicks: 4))];
        }

        // One axis-label size too: the smallest at which every label fits its room (broken into lines where needed).
        labelFont = Enumerable.Range(0, n).Select(c => Fit(CornerLabels.AxisLabel(axes[c].Name, axes[c].Unit, x[c]), labelFont, cellWidth + gap - 6, " (").Size)
            .Concat(Enumerable.Range(1, n - 1).Select(r => Fit(CornerLabels.AxisLabel(axes[r].Name, axes[r].Unit, y[r]), labelFont, cellHeight + gap - 6, " (").Size))
            .Min();
        var layout = new CornerLayout { Count = n, CellWidth = cellWidth, CellHeight = cellHeight, Gap = gap, Left = left, Top = top, X = x, Y = y, Texts = [] };
        var texts = new List<FigureText>();
        var bottomRow = layout.Data(n - 1, 0).Bottom;
        var xLabelTop = bottomRow + TickLength + 2 + tickHeight + 4;
        float xLabelHeight = 0, yLabelHeight = 0, yTickWidth = 0;
        for (var c = 0; c < n; c++)
        {
            var data = layout.Data(n - 1, c);
            for (var k = 0; k < x[c].Positions.Length; k++)
            {
                var px = data.Left + (float)((x[c].Positions[k] - axes[c].Min) / (axes[c].Max - axes[c].Min) * cellWidth);
                texts.Add(new FigureText(x[c].Labels[k], x[c].FontSize, px, data.Bottom + TickLength + 2));
            }

            var (label, size) = Fit(CornerLabels.AxisLabel(axes[c].Name, axes[c].Unit, x[c]), labelFont, cellWidth + gap - 6, " (");
            var text = new FigureText(label, size, data.MidX, xLabelTop);
            texts.Add(text);
            xLabelHeight = Math.Max(xLabelHeight, text.TextHeight);
        }

        var yBlocks = new List<(string Text, float Size, float Centre)>();
        for (var r = 1; r < n; r++)
        {
            var data = layout.Data(r, 0);
            for (var k = 0; k < y[r].Positions.Length; k++)
            {
                var py = data.Bottom - (float)((y[r].Positions[k] - axes[r].Min) / (axes[r].Max - axes[r].Min) * cellHeight);
                var tick = new FigureText(y[r].Labels[k], y[r].FontSize, data.Left - TickLength - 3, py - (FigureText.Height(1, y[r].FontSize) / 2), SKTextAlign.Right);
                texts.Add(tick);
                yTickWidth = Math.Max(yTickWidth, tick.TextWidth);
            }

            var (label, size) = Fit(CornerLabels.AxisLabel(axes[r].Name, axes[r].Unit, y[r]), labelFont, cellHeight + gap - 6, " (");
            yBlocks.Add((label, size, data.MidY));
            yLabelHeight = Math.Max(yLabelHeight, FigureText.Height(label.Split('\n').Length, size));
        }

        var yLabelCentre = left - TickLength - 3 - yTickWidth - 4 - (yLabelHeight / 2);
        texts.AddRange(yBlocks.Select(b => new FigureText(b.Text, b.Size, yLabelCentre, b.Centre, SKTextAlign.Center, Vertical: true)));

        var titleHeight0 = 0f;
        for (var d = 0; d < n; d++)
        {
            var data = layout.Data(d, d);
            var room = width - 2 - data.Left;
            var (title, size) = Fit(axes[d].Title, 1.1f * tickFont, room, " = ");
            var probe = new FigureText(title, size, 0, 0);
            var titleTop = data.Top - 3 - probe.TextHeight;
            texts.Add(probe.TextWidth <= cellWidth
                ? probe with { X = data.MidX, Y = titleTop }
                : probe with { X = data.Left, Y = titleTop, Align = SKTextAlign.Left });
            titleHeight0 = d == 0 ? probe.TextHeight : titleHeight0;
        }

        needed = (Pad + yLabelHeight + 4 + yTickWidth + TickLength + 3, TickLength + 2 + tickHeight + 4 + xLabelHeight + Pad, titleHeight0 + 6);
        return new CornerLayout { Count = n, CellWidth = cellWidth, CellHeight = cellHeight, Gap = gap, Left = left, Top = top, X = x, Y = y, Texts = texts };
    }

    /// <summary>The text at the largest size (from <paramref name="size"/> down to <see cref="MinimumFontSize"/>) whose
    /// widest line fits <paramref name="room"/> pixels: one line if it fits at 90 % of the size or more (breaking lines keeps labels at the size of corner.py's), else at each
    /// size one line or the text broken at its break points (first at <paramref name="breakAt"/>, then before a shared
    /// "×10ⁿ", then between words, at most four lines).</summary>
    private static (string Text, float Size) Fit(string text, float size, float room, string breakAt)
    {
        var at = text.IndexOf(breakAt, StringComparison.Ordinal);
        var once = at < 0 ? text : breakAt == " = " ? text[..(at + 2)] + "\n" + text[(at + 3)..] : text[..at] + "\n" + text[(at + 1)..];
        var scale = once.LastIndexOf(")×", StringComparison.Ordinal);
        var twice = scale < 0 ? once : once[..(scale + 1)] + "\n" + once[(scale + 1)..];
        string[] forms = [text, once, twice];
        static float Widest(string t, float s) => t.Split('\n').Max(l => FigureText.Width(l, s));
        for (var s = size; s >= Math.Max(MinFont, 0.9f * size); s -= 0.5f)
        {
            if (Widest(text, s) <= room)
            {
                return (text, s);
            }
        }

        for (var s = size; s >= MinFont; s -= 0.5f)
        {
            foreach (var form in forms.Append(Wrap(twice, s, room)))
            {
                if (Widest(form, s) <= room && form.Count(ch => ch == '\n') < MaxLines)
                {
                    return (form, s);
                }
            }
        }

        return (Wrap(twice, MinFont, room), MinFont);
    }

    /// <summary>Breaks each line of <paramref name="text"/> between words so that it fits <paramref name="room"/>
    /// pixels at <paramref name="size"/> (a word wider than the room keeps a line of its own).</summary>
    private static string Wrap(string text, float size, float room)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var current = "";
            foreach (var word in line.Split(' '))
            {
                var joined = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && FigureText.Width(joined, size) > room)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = joined;
                }
            }

            lines.Add(current);
        }

        return string.Join('\n', lines);
    }
}
