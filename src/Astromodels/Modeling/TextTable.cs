using System.Text;

namespace Astromodels.Internal;

/// <summary>Renders a table the way pandas' <c>DataFrame.__repr__</c> does for 3ML's summaries: a left-aligned index
/// column, then right-aligned columns, each cell preceded by one space and columns joined by one space.</summary>
internal static class TextTable
{
    /// <summary>Renders the table; trailing blanks are trimmed from every line and no final newline is added.</summary>
    /// <param name="headers">Column headers (the index column has none).</param>
    /// <param name="rows">Each row: the index label followed by one cell per header (pandas' leading space is added here).</param>
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var indexWidth = rows.Count == 0 ? 0 : rows.Max(r => r[0].Length);
        var widths = new int[headers.Count];
        for (var j = 0; j < headers.Count; j++)
        {
            widths[j] = headers[j].Length;
            foreach (var r in rows)
            {
                widths[j] = Math.Max(widths[j], r[j + 1].Length + 1);
            }
        }

        var sb = new StringBuilder();
        Append(sb, "", headers, indexWidth, widths);
        foreach (var r in rows)
        {
            sb.Append('\n');
            Append(sb, r[0], [.. r.Skip(1).Select(c => " " + c)], indexWidth, widths);
        }

        return sb.ToString();
    }

    /// <summary>3ML's <c>long_path_formatter</c>: a path longer than <paramref name="maxWidth"/> becomes
    /// "first...last", or "..." plus the end of the last element when even that is too long.</summary>
    public static string ShortenPath(string path, int maxWidth)
    {
        if (path.Length <= maxWidth)
        {
            return path;
        }

        var tokens = path.Split('.');
        var trial = $"{tokens[0]}...{tokens[^1]}";
        if (trial.Length <= maxWidth)
        {
            return trial;
        }

        // astromodels slices the last token with a reversed range and prints just "..."; keep its tail instead.
        var last = tokens[^1];
        return "..." + last[Math.Max(0, last.Length - (maxWidth - 3))..];
    }

    private static void Append(StringBuilder sb, string label, IReadOnlyList<string> cells, int indexWidth, int[] widths)
    {
        var line = new StringBuilder(label.PadRight(indexWidth));
        for (var j = 0; j < widths.Length; j++)
        {
            line.Append(' ').Append(cells[j].PadLeft(widths[j]));
        }

        sb.Append(line.ToString().TrimEnd());
    }
}
