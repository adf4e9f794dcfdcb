using System.Text;
using ThreeML.Fits;

namespace ThreeML.Results.Persistence;

/// <summary>A results file (3ML's FITS layout) could not be read: its message names the file, the extension
/// (EXTNAME and EXTVER), the keyword or column and the row, and says what was found and what was expected.</summary>
public sealed class ResultsFileException : FileFormatException
{
    /// <summary>Creates the exception; the message is composed from the location and the detail.</summary>
    /// <param name="detail">What was wrong and what was expected.</param>
    /// <param name="filePath">The results file.</param>
    /// <param name="extension">The extension, e.g. "ANALYSIS_RESULTS (EXTVER 1)", or null for the whole file.</param>
    /// <param name="keyword">The offending header keyword, or null.</param>
    /// <param name="column">The offending column, or null.</param>
    /// <param name="row">The offending zero-based row, or null.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ResultsFileException(string detail, string filePath, string? extension = null, string? keyword = null,
        string? column = null, int? row = null, Exception? innerException = null)
        : base(Compose(detail, filePath, extension, keyword, column, row), detail, filePath, innerException)
    {
        Extension = extension;
        Keyword = keyword;
        Column = column;
        Row = row;
    }

    /// <summary>The extension (EXTNAME and EXTVER), or null when the problem concerns the whole file.</summary>
    public string? Extension { get; }

    /// <summary>The offending header keyword, or null.</summary>
    public string? Keyword { get; }

    /// <summary>The offending column, or null.</summary>
    public string? Column { get; }

    /// <summary>The offending zero-based row, or null.</summary>
    public int? Row { get; }

    private static string Compose(string detail, string filePath, string? extension, string? keyword, string? column, int? row)
    {
        var sb = new StringBuilder("Results file '").Append(filePath).Append('\'');
        if (extension is not null)
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

        if (row is { } r)
        {
            sb.Append(" row ").Append(r);
        }

        return sb.Append(": ").Append(detail).ToString();
    }
}
