using System.Globalization;
using System.Text;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>
/// Builds a <see cref="BinaryTableHdu"/> column by column: scalar, fixed-vector and variable-length (P)
/// columns, strings and logicals, units and extra keywords. All columns must have the same number of rows.
/// </summary>
/// <remarks>Numeric arrays passed to the builder are read when <see cref="Build"/> runs, not copied when they are added,
/// so they must not change in between.</remarks>
public sealed partial class BinaryTableBuilder
{
    private readonly List<PendingColumn> _columns = [];
    private readonly List<FitsCard> _cards = [];
    private readonly string? _extName;
    private readonly int _extVer;

    /// <summary>Starts a table with an optional EXTNAME and EXTVER.</summary>
    /// <exception cref="ArgumentException">The EXTNAME is not printable ASCII.</exception>
    public BinaryTableBuilder(string? extName = null, int extVer = 1)
    {
        if (extName is not null)
        {
            CardText.ValidateText(extName, nameof(extName));
        }

        _extName = extName;
        _extVer = extVer;
    }

    /// <summary>Adds a header keyword with a string value.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid, or the text is not printable ASCII.</exception>
    public BinaryTableBuilder SetKeyword(string key, string value, string? comment = null) => Keyword(FitsCard.Create(key, value, comment));

    /// <summary>Adds a header keyword with an integer value.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid.</exception>
    public BinaryTableBuilder SetKeyword(string key, long value, string? comment = null) => Keyword(FitsCard.Create(key, value, comment));

    /// <summary>Adds a header keyword with a real value.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid, or the value is not finite.</exception>
    public BinaryTableBuilder SetKeyword(string key, double value, string? comment = null) => Keyword(FitsCard.Create(key, value, comment));

    /// <summary>Adds a header keyword with a logical value.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid.</exception>
    public BinaryTableBuilder SetKeyword(string key, bool value, string? comment = null) => Keyword(FitsCard.Create(key, value, comment));

    /// <summary>Adds a HISTORY card.</summary>
    public BinaryTableBuilder AddHistory(string text)
    {
        _cards.Add(FitsCard.Commentary("HISTORY", text));
        return this;
    }

    /// <summary>Adds a COMMENT card.</summary>
    public BinaryTableBuilder AddComment(string text)
    {
        _cards.Add(FitsCard.Commentary("COMMENT", text));
        return this;
    }

    /// <summary>Builds the table (data encoded big-endian, heap appended after the rows).</summary>
    /// <exception cref="ArgumentException">The table would exceed 2 GiB.</exception>
    public BinaryTableHdu Build()
    {
        int rows = _columns.Count == 0 ? 0 : _columns[0].Rows;
        long rowWidth = _columns.Sum(c => (long)c.Width);
        long heapSize = 0;
        foreach (PendingColumn c in _columns.Where(c => c.HeapBytes is not null))
        {
            for (int r = 0; r < rows; r++)
            {
                heapSize += c.HeapBytes!(r);
            }
        }

        long total = (rowWidth * rows) + heapSize;
        if (total > Array.MaxLength || heapSize > int.MaxValue)
        {
            throw new ArgumentException($"The table would need {total} bytes; this writer supports tables up to 2 GiB.");
        }

        var data = new byte[total];
        int heapPosition = 0;
        int tableBytes = (int)(rowWidth * rows);
        for (int r = 0; r < rows; r++)
        {
            int offset = (int)(r * rowWidth);
            foreach (PendingColumn c in _columns)
            {
                Span<byte> cell = data.AsSpan(offset, c.Width);
                if (c.HeapBytes is null)
                {
                    c.WriteCell(r, cell);
                }
                else
                {
                    int bytes = c.HeapBytes(r);
                    System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(cell, bytes / c.ElementSize);
                    System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(cell[4..], heapPosition);
                    c.WriteCell(r, data.AsSpan(tableBytes + heapPosition, bytes));
                    heapPosition += bytes;
                }

                offset += c.Width;
            }
        }

        FitsHeader header = BuildHeader(rowWidth, rows, heapSize);
        List<FitsColumn> columns = TableLayout.ParseBinary(header, rowWidth, header.Context);
        return new BinaryTableHdu(header, columns, (int)rowWidth, rows, data, tableBytes);
    }

    private FitsHeader BuildHeader(long rowWidth, int rows, long heapSize)
    {
        var header = new FitsHeader([], Keywords.IsTableReserved);
        foreach (FitsCard card in MandatoryCards(rowWidth, rows, heapSize))
        {
            header.PutInternal(card);
        }

        if (_extName is not null)
        {
            header.PutInternal(FitsCard.Create("EXTNAME", _extName, "name of this extension"));
        }

        if (_extVer != 1)
        {
            header.PutInternal(FitsCard.Create("EXTVER", _extVer, "version of this extension"));
        }

        for (int i = 0; i < _columns.Count; i++)
        {
            PendingColumn c = _columns[i];
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            header.PutInternal(FitsCard.Create("TTYPE" + n, c.Name, "label for field " + n));
            header.PutInternal(FitsCard.Create("TFORM" + n, c.TForm, "data format of field " + n));
            if (c.Unit is not null)
            {
                header.PutInternal(FitsCard.Create("TUNIT" + n, c.Unit, "physical unit of field " + n));
            }

            if (c.Zero is long zero)
            {
                header.PutInternal(FitsCard.Create("TZERO" + n, zero, "offset for unsigned integers"));
                header.PutInternal(FitsCard.Create("TSCAL" + n, 1L, "data are not scaled"));
            }

            if (c.Dimensions is not null)
            {
                header.PutInternal(FitsCard.Create("TDIM" + n, "(" + string.Join(",", c.Dimensions) + ")", "dimensions of field " + n));
            }
        }

        foreach (FitsCard card in _cards)
        {
            header.PutInternal(card);
        }

        return header;
    }

    private IEnumerable<FitsCard> MandatoryCards(long rowWidth, int rows, long heapSize)
    {
        yield return FitsCard.Create("XTENSION", "BINTABLE", "binary table extension");
        yield return FitsCard.Create("BITPIX", 8L, "8-bit bytes");
        yield return FitsCard.Create("NAXIS", 2L, "2-dimensional binary table");
        yield return FitsCard.Create("NAXIS1", rowWidth, "width of table in bytes");
        yield return FitsCard.Create("NAXIS2", (long)rows, "number of rows in table");
        yield return FitsCard.Create("PCOUNT", heapSize, "size of special data area");
        yield return FitsCard.Create("GCOUNT", 1L, "one data group");
        yield return FitsCard.Create("TFIELDS", (long)_columns.Count, "number of fields in each row");
    }

    private BinaryTableBuilder Keyword(FitsCard card)
    {
        if (Keywords.IsTableReserved(card.Key) || card.Key is "EXTNAME" or "EXTVER")
        {
            throw new ArgumentException(
                $"FITS keyword {card.Key} is set by the builder from the columns (or its constructor); it cannot be set directly.", nameof(card));
        }

        _cards.Add(card);
        return this;
    }

    private static byte[] Ascii(string? s, string column, int row)
    {
        s ??= "";
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] > '~' || s[i] < ' ')
            {
                throw new ArgumentException($"Column '{column}' row {row}: string \"{s}\" has character U+{(int)s[i]:X4}; FITS strings hold printable ASCII only.");
            }
        }

        return Encoding.ASCII.GetBytes(s);
    }
}
