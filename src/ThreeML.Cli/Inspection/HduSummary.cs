using System.Globalization;
using ThreeML.Fits;

namespace ThreeML.Cli.Inspection;

/// <summary>One line of the HDU listing of a FITS file.</summary>
/// <param name="Index">0-based position in the file (0 is the primary HDU).</param>
/// <param name="Name">EXTNAME, or "PRIMARY" for the primary HDU without one.</param>
/// <param name="Type">"Image", "BinTable", "AsciiTable" or "Unknown".</param>
/// <param name="Dimensions">Image axes ("1024 x 512", "empty") or table size ("128 rows x 6 columns").</param>
/// <param name="Columns">The table's column names (empty for images).</param>
public sealed record HduSummary(int Index, string Name, string Type, string Dimensions, IReadOnlyList<string> Columns)
{
    /// <summary>Summarises every HDU of a file.</summary>
    public static IReadOnlyList<HduSummary> Of(FitsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. file.Hdus.Select((h, i) => Of(h, i))];
    }

    private static HduSummary Of(FitsHdu hdu, int index)
    {
        var name = hdu.ExtName ?? (index == 0 ? "PRIMARY" : "");
        return hdu switch
        {
            ImageHdu image => new(index, name, "Image",
                image.Axes.Count == 0 ? "empty" : string.Join(" x ", image.Axes.Select(a => a.ToString(CultureInfo.InvariantCulture))), []),
            BinaryTableHdu table => new(index, name, "BinTable", Rows(table.RowCount, table.Columns.Count), [.. table.Columns.Select(c => c.Name)]),
            AsciiTableHdu ascii => new(index, name, "AsciiTable", Rows(ascii.RowCount, ascii.Columns.Count), [.. ascii.Columns.Select(c => c.Name)]),
            _ => new(index, name, "Unknown", "", []),
        };
    }

    private static string Rows(int rows, int columns) =>
        string.Create(CultureInfo.InvariantCulture, $"{rows} rows x {columns} columns");
}
