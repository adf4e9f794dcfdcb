using System.Globalization;

namespace ThreeML.Fits;

/// <summary>Validates table layouts (BINTABLE and TABLE) and creates the table HDUs.</summary>
internal static class TableReader
{
    /// <summary>Tables with zero-width rows carry no data; a huge NAXIS2 there is a corrupt header, not a table.</summary>
    private const long MaxEmptyRows = 1 << 20;

    public static BinaryTableHdu ReadBinary(FitsHeader header, int bitpix, long[] axes, long pcount, long gcount,
        ReadOnlyMemory<byte> data, FitsContext ctx)
    {
        (int width, int rows) = CheckTableShape(bitpix, axes, gcount, ctx);
        List<FitsColumn> columns = TableLayout.ParseBinary(header, width, ctx);
        long tableBytes = (long)width * rows;
        long heapOffset = tableBytes;
        if (header.TryGetCard("THEAP", out _))
        {
            heapOffset = header.GetInt64("THEAP");
            if (heapOffset < tableBytes || heapOffset > tableBytes + pcount)
            {
                throw ctx.Error(
                    $"THEAP = {heapOffset} must lie between the end of the table ({tableBytes} bytes) and the end of the data ({tableBytes + pcount} bytes).",
                    "THEAP");
            }
        }

        return new BinaryTableHdu(header, columns, width, rows, data, heapOffset);
    }

    public static AsciiTableHdu ReadAscii(FitsHeader header, int bitpix, long[] axes, long gcount, ReadOnlyMemory<byte> data, FitsContext ctx)
    {
        (int width, int rows) = CheckTableShape(bitpix, axes, gcount, ctx);
        long fields = header.GetInt64("TFIELDS");
        if (fields is < 0 or > TableLayout.MaxFields)
        {
            throw ctx.Error($"TFIELDS = {fields} is outside 0..{TableLayout.MaxFields}.", "TFIELDS");
        }

        var columns = new List<AsciiColumn>((int)fields);
        for (int i = 0; i < fields; i++)
        {
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            string name = header.TryGetString("TTYPE" + n, out string t) ? t.Trim() : "COL" + n;
            string tform = header.GetString("TFORM" + n).Trim();
            long tbcol = header.GetInt64("TBCOL" + n);
            (char format, int w, int d) = ParseAsciiForm(tform, "TFORM" + n, name, ctx);
            if (tbcol < 1 || tbcol - 1 + w > width)
            {
                throw ctx.Error($"TBCOL{n} = {tbcol} with width {w} ({tform}) does not fit in rows of NAXIS1 = {width} characters.", "TBCOL" + n, name);
            }

            columns.Add(new AsciiColumn(name, i, tform, format, (int)tbcol - 1, w, d)
            {
                Unit = header.TryGetString("TUNIT" + n, out string unit) && unit.Trim().Length > 0 ? unit.Trim() : null,
                Scale = header.TryGetCard("TSCAL" + n, out _) ? header.GetDouble("TSCAL" + n) : 1.0,
                Zero = header.TryGetCard("TZERO" + n, out _) ? header.GetDouble("TZERO" + n) : 0.0,
                Null = header.TryGetString("TNULL" + n, out string nul) ? nul : null,
            });
        }

        return new AsciiTableHdu(header, columns, width, rows, data);
    }

    private static (int Width, int Rows) CheckTableShape(int bitpix, long[] axes, long gcount, FitsContext ctx)
    {
        if (bitpix != 8 || axes.Length != 2 || gcount != 1)
        {
            throw ctx.Error($"a table needs BITPIX = 8, NAXIS = 2, GCOUNT = 1 but has {bitpix}, {axes.Length}, {gcount}.",
                bitpix != 8 ? "BITPIX" : axes.Length != 2 ? "NAXIS" : "GCOUNT");
        }

        if (axes[0] > int.MaxValue || axes[1] > int.MaxValue || (axes[0] == 0 && axes[1] > MaxEmptyRows))
        {
            throw ctx.Error($"NAXIS1 = {axes[0]}, NAXIS2 = {axes[1]} are beyond what this reader supports (2^31 - 1 bytes a row and rows, and at most {MaxEmptyRows} empty rows).", "NAXIS2");
        }

        return ((int)axes[0], (int)axes[1]);
    }

    private static (char Format, int Width, int Decimals) ParseAsciiForm(string tform, string key, string name, FitsContext ctx)
    {
        char format = tform.Length > 0 ? tform[0] : ' ';
        string rest = tform.Length > 0 ? tform[1..] : "";
        int dot = rest.IndexOf('.');
        string widthText = dot < 0 ? rest : rest[..dot];
        string decimalsText = dot < 0 ? "0" : rest[(dot + 1)..];
        bool parsedWidth = int.TryParse(widthText, NumberStyles.None, CultureInfo.InvariantCulture, out int width);
        bool parsedDecimals = int.TryParse(decimalsText, NumberStyles.None, CultureInfo.InvariantCulture, out int decimals);
        bool ok = format is 'A' or 'I' or 'F' or 'E' or 'D' && parsedWidth && width > 0 && parsedDecimals
            && (dot < 0 || format is 'F' or 'E' or 'D');
        if (!ok)
        {
            throw ctx.Error($"{key} = '{tform}' is not an ASCII-table format (Aw, Iw, Fw.d, Ew.d or Dw.d).", key, name);
        }

        return (format, width, decimals);
    }
}
