using System.Text;
using ThreeML.Fits;

namespace ThreeML.Ogip;

/// <summary>An OGIP file (PHA spectrum, RMF, ARF, RSP, RSP2) is valid FITS but breaks the OGIP conventions: a required
/// keyword or column is missing, a value is out of range, or two files disagree. The message names the file, the
/// extension, the keyword or column and the row (1-based in the message, so a PHA Type II row is its spectrum number),
/// and says what was expected.</summary>
/// <remarks>Malformed FITS below the OGIP layer is reported as <see cref="ThreeML.Fits.FitsFormatException"/>; every
/// OGIP reader throws one of the two for bad input and nothing else.</remarks>
public sealed class OgipFormatException : FileFormatException
{
    /// <summary>Creates the exception from its location and a description of what was wrong.</summary>
    /// <param name="detail">What was found and what was expected.</param>
    /// <param name="filePath">The file being read.</param>
    /// <param name="extension">The extension (EXTNAME), or null.</param>
    /// <param name="keyword">The offending header keyword, or null.</param>
    /// <param name="column">The offending table column, or null.</param>
    /// <param name="row">The offending zero-based table row, or null.</param>
    /// <param name="inner">The underlying error, or null.</param>
    public OgipFormatException(string detail, string filePath, string? extension = null, string? keyword = null,
        string? column = null, long? row = null, Exception? inner = null)
        : base(Compose(detail, filePath, extension, keyword, column, row), detail, filePath, inner)
    {
        Extension = extension;
        Keyword = keyword;
        Column = column;
        Row = row;
    }

    /// <summary>The extension name (EXTNAME, e.g. "SPECTRUM", "MATRIX"), or null.</summary>
    public string? Extension { get; }

    /// <summary>The offending header keyword, or null.</summary>
    public string? Keyword { get; }

    /// <summary>The offending table column, or null.</summary>
    public string? Column { get; }

    /// <summary>The offending zero-based table row (for a PHA Type I file, the 0-based channel index), or null.</summary>
    public long? Row { get; }

    private static string Compose(string detail, string filePath, string? extension, string? keyword, string? column, long? row)
    {
        var sb = new StringBuilder("OGIP '").Append(filePath).Append('\'');
        if (!string.IsNullOrEmpty(extension))
        {
            sb.Append(" [").Append(extension).Append(']');
        }

        if (keyword is not null)
        {
            sb.Append(" keyword ").Append(keyword);
        }

        if (column is not null)
        {
            sb.Append(" column ").Append(column);
        }

        if (row is long r)
        {
            // Printed 1-based, as FITS viewers (fv, ftlist) number rows and as PHA Type II spectrum numbers run.
            sb.Append(" row ").Append((r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.Append(": ").Append(detail).ToString();
    }
}
