using System.Text;

namespace ThreeML.Fits;

/// <summary>
/// A FITS file is malformed: truncated, missing a required keyword, holding an invalid value or
/// a table or heap reference that points outside the data. The message names the file, the HDU
/// (zero-based index and EXTNAME), the keyword or column and the row, and says what was expected.
/// </summary>
public sealed class FitsFormatException : FileFormatException
{
    /// <summary>Creates the exception from its location and a description of what was wrong.</summary>
    /// <param name="detail">What was found and what was expected.</param>
    /// <param name="filePath">The file (or stream name) being read.</param>
    /// <param name="hduIndex">Zero-based HDU index (0 is the primary HDU), when known.</param>
    /// <param name="hduName">The HDU's EXTNAME, when known.</param>
    /// <param name="keyword">The offending header keyword, if any.</param>
    /// <param name="column">The offending table column name, if any.</param>
    /// <param name="row">The offending zero-based table row, if any.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public FitsFormatException(string detail, string filePath, int? hduIndex = null, string? hduName = null,
        string? keyword = null, string? column = null, long? row = null, Exception? inner = null)
        : base(Compose(detail, filePath, hduIndex, hduName, keyword, column, row), detail, filePath, inner)
    {
        HduIndex = hduIndex;
        HduName = hduName;
        Keyword = keyword;
        Column = column;
        Row = row;
    }

    /// <summary>Zero-based HDU index (0 is the primary HDU), or null when the problem is not inside an HDU.</summary>
    public int? HduIndex { get; }

    /// <summary>The EXTNAME of the HDU, or null when it has none or is unknown.</summary>
    public string? HduName { get; }

    /// <summary>The offending header keyword, or null.</summary>
    public string? Keyword { get; }

    /// <summary>The offending table column, or null.</summary>
    public string? Column { get; }

    /// <summary>The offending zero-based table row, or null (the message prints it 1-based, as FITS counts rows).</summary>
    public long? Row { get; }

    private static string Compose(string detail, string filePath, int? hduIndex, string? hduName,
        string? keyword, string? column, long? row)
    {
        var sb = new StringBuilder("FITS '").Append(filePath).Append('\'');
        if (hduIndex is int index)
        {
            sb.Append(" HDU ").Append(index);
        }

        if (!string.IsNullOrEmpty(hduName))
        {
            sb.Append(" [").Append(hduName).Append(']');
        }

        if (keyword is not null && !detail.Contains(keyword, StringComparison.Ordinal))
        {
            sb.Append(" keyword '").Append(keyword).Append('\'');
        }

        if (column is not null)
        {
            sb.Append(" column '").Append(column).Append('\'');
        }

        // Messages count rows from 1, as the FITS standard and fv do (OGIP messages too); Row stays zero-based.
        if (row is long r)
        {
            sb.Append(" row ").Append(r + 1);
        }

        return sb.Append(": ").Append(detail).ToString();
    }
}
