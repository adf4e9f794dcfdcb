using System.Globalization;
using System.Text;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>A TABLE (ASCII table) extension: fixed-width text rows. Read support only.</summary>
public sealed class AsciiTableHdu : FitsHdu
{
    private readonly List<AsciiColumn> _columns;
    private readonly ReadOnlyMemory<byte> _data;

    internal AsciiTableHdu(FitsHeader header, List<AsciiColumn> columns, int rowWidth, int rowCount, ReadOnlyMemory<byte> data)
        : base(header)
    {
        _columns = columns;
        RowWidth = rowWidth;
        RowCount = rowCount;
        _data = data;
    }

    /// <summary>The number of rows (NAXIS2).</summary>
    public int RowCount { get; }

    /// <summary>Characters per row (NAXIS1).</summary>
    public int RowWidth { get; }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<AsciiColumn> Columns => _columns;

    internal override ReadOnlyMemory<byte> Data => _data;

    internal override byte DataFill => (byte)' ';

    /// <summary>Gets a column by name (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns.</exception>
    public AsciiColumn GetColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _columns.Find(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException(NameLookup.NotFound("column", name, _columns.Select(c => c.Name),
                $"ASCII table HDU {Index}" + (ExtName is null ? "" : $" [{ExtName}]")));
    }

    /// <summary>Reads any column as text, one string a row, leading and trailing spaces removed.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    public string[] ReadStrings(string name)
    {
        AsciiColumn c = GetColumn(name);
        var result = new string[RowCount];
        for (int r = 0; r < RowCount; r++)
        {
            result[r] = Field(c, r);
        }

        return result;
    }

    /// <summary>Reads a numeric column (I, F, E, D) as physical values; blank or TNULL fields read as NaN.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is a character (A) column.</exception>
    /// <exception cref="FitsFormatException">A field is not a number.</exception>
    public double[] ReadDoubles(string name)
    {
        AsciiColumn c = GetColumn(name);
        if (c.Format == 'A')
        {
            throw new ArgumentException($"ASCII column '{c.Name}' is {c.TForm} (characters); use ReadStrings.", nameof(name));
        }

        var result = new double[RowCount];
        for (int r = 0; r < RowCount; r++)
        {
            string text = Field(c, r);
            result[r] = text.Length == 0 || text == c.Null?.Trim() ? double.NaN : c.Zero + (c.Scale * Parse(c, text, r));
        }

        return result;
    }

    internal override void AddMandatoryCards(List<FitsCard> cards, bool primary)
    {
        AddCommon(cards, false, "TABLE", 8, [RowWidth, RowCount]);
        AddExtensionCounts(cards, 0);
        cards.Add(FitsCard.Create("TFIELDS", _columns.Count, "number of table fields"));
    }

    private string Field(AsciiColumn c, int row) =>
        Encoding.Latin1.GetString(_data.Span.Slice((row * RowWidth) + c.Start, c.Width)).Trim();

    private double Parse(AsciiColumn c, string text, int row)
    {
        if (c.Format == 'I')
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
            {
                return l;
            }
        }
        else if (CardText.TryParseReal(text, out double d))
        {
            // Fw.d without a decimal point implies d decimals (FITS standard, ASCII tables).
            bool implied = c.Decimals > 0 && !text.Contains('.') && text.IndexOfAny(['E', 'D', 'e', 'd']) < 0;
            return implied ? d / Math.Pow(10, c.Decimals) : d;
        }

        throw Context.Error($"field \"{text}\" is not a valid {c.TForm} number.", column: c.Name, row: row);
    }
}
