using System.Globalization;

namespace ThreeML.Fits;

/// <summary>Parses the column keywords of a binary-table header into <see cref="FitsColumn"/>s.</summary>
internal static class TableLayout
{
    public const int MaxFields = 999;

    public static List<FitsColumn> ParseBinary(FitsHeader header, long rowWidth, FitsContext ctx)
    {
        long fields = header.GetInt64("TFIELDS");
        if (fields is < 0 or > MaxFields)
        {
            throw ctx.Error($"TFIELDS = {fields} is outside 0..{MaxFields}.", "TFIELDS");
        }

        var columns = new List<FitsColumn>((int)fields);
        long offset = 0;
        for (int i = 0; i < fields; i++)
        {
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            string name = header.TryGetString("TTYPE" + n, out string t) ? t.Trim() : "COL" + n;
            string tform = header.GetString("TFORM" + n).Trim();
            FitsColumn column = Parse(tform, name, i, offset, header, n, ctx);
            offset += column.Width;
            if (offset > rowWidth)
            {
                throw ctx.Error(
                    $"columns 1..{i + 1} need {offset} bytes a row but NAXIS1 = {rowWidth}.", "TFORM" + n, name);
            }

            columns.Add(column);
        }

        // The standard makes NAXIS1 the sum of the field widths. A shorter sum means a TFORM was corrupted: every later
        // column would be read from the wrong bytes (a PHA's EXPOSURE then reads as 0), so it is refused here.
        if (offset != rowWidth)
        {
            throw ctx.Error(
                $"the {fields} columns (TFORM1..TFORM{fields}) need {offset} bytes a row but NAXIS1 = {rowWidth}; a TFORM or NAXIS1 is corrupt.", "NAXIS1");
        }

        return columns;
    }

    private static FitsColumn Parse(string tform, string name, int index, long offset, FitsHeader header, string n, FitsContext ctx)
    {
        string key = "TFORM" + n;
        int i = 0;
        while (i < tform.Length && char.IsAsciiDigit(tform[i]))
        {
            i++;
        }

        long repeat = 1;
        if (i > 0 && !long.TryParse(tform.AsSpan(0, i), NumberStyles.None, CultureInfo.InvariantCulture, out repeat))
        {
            throw BadForm(ctx, key, name, tform, "the repeat count does not fit in 64 bits");
        }

        if (i >= tform.Length)
        {
            throw BadForm(ctx, key, name, tform, "the type letter is missing");
        }

        char letter = tform[i++];
        char descriptor = '\0';
        long maxLength = -1;
        if (letter is 'P' or 'Q')
        {
            descriptor = letter;
            if (repeat > 1)
            {
                throw BadForm(ctx, key, name, tform, "a variable-length descriptor must have repeat 0 or 1");
            }

            if (i >= tform.Length)
            {
                throw BadForm(ctx, key, name, tform, "the element type after P/Q is missing");
            }

            letter = tform[i++];
            if (i < tform.Length)
            {
                string rest = tform[i..];
                if (rest.Length < 3 || rest[0] != '(' || rest[^1] != ')'
                    || !long.TryParse(rest.AsSpan(1, rest.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out maxLength))
                {
                    throw BadForm(ctx, key, name, tform, "expected '(max)' after the element type");
                }

                i = tform.Length;
            }
        }

        FitsColumnType type = letter switch
        {
            'L' => FitsColumnType.Logical,
            'X' => FitsColumnType.Bit,
            'B' => FitsColumnType.Byte,
            'I' => FitsColumnType.Int16,
            'J' => FitsColumnType.Int32,
            'K' => FitsColumnType.Int64,
            'E' => FitsColumnType.Single,
            'D' => FitsColumnType.Double,
            'A' => FitsColumnType.Ascii,
            'C' => FitsColumnType.ComplexSingle,
            'M' => FitsColumnType.ComplexDouble,
            _ => throw BadForm(ctx, key, name, tform, $"'{letter}' is not a type letter (L X B I J K A E D C M P Q)"),
        };

        // Anything after the letter is only allowed as the 'rAw' substring width of character columns.
        if (i < tform.Length && !(type == FitsColumnType.Ascii && descriptor == '\0' && tform[i..].All(char.IsAsciiDigit)))
        {
            throw BadForm(ctx, key, name, tform, $"unexpected '{tform[i..]}' after the type letter");
        }

        long width = descriptor switch
        {
            'P' => repeat * 8,
            'Q' => repeat * 16,
            _ => type == FitsColumnType.Bit ? (repeat / 8) + (repeat % 8 == 0 ? 0 : 1) : Checked(repeat, FitsColumn.ElementSizeOf(type), ctx, key, name),
        };
        if (width > int.MaxValue || offset > int.MaxValue)
        {
            throw BadForm(ctx, key, name, tform, "the column is wider than 2 GiB");
        }

        var column = new FitsColumn(name, index, tform, type, repeat, descriptor, maxLength, (int)offset, (int)width)
        {
            Unit = header.TryGetString("TUNIT" + n, out string unit) && unit.Trim().Length > 0 ? unit.Trim() : null,
            Dimensions = ParseDims(header, n, repeat, descriptor, name, ctx),
            Null = header.TryGetCard("TNULL" + n, out _) ? header.GetInt64("TNULL" + n) : null,
            Scale = header.TryGetCard("TSCAL" + n, out _) ? header.GetDouble("TSCAL" + n) : 1.0,
            Zero = header.TryGetCard("TZERO" + n, out _) ? header.GetDouble("TZERO" + n) : 0.0,
        };
        return column;
    }

    private static long Checked(long repeat, int size, FitsContext ctx, string key, string name)
    {
        try
        {
            return checked(repeat * size);
        }
        catch (OverflowException e)
        {
            throw ctx.Error($"repeat {repeat} x {size} bytes overflows.", key, name, inner: e);
        }
    }

    private static long[]? ParseDims(FitsHeader header, string n, long repeat, char descriptor, string name, FitsContext ctx)
    {
        string key = "TDIM" + n;
        if (!header.TryGetCard(key, out _))
        {
            return null;
        }

        string text = header.GetString(key).Trim();
        if (text.Length < 3 || text[0] != '(' || text[^1] != ')')
        {
            throw ctx.Error($"{key} = '{text}' is not of the form '(n1,n2,...)'.", key, name);
        }

        string[] parts = text[1..^1].Split(',');
        var dims = new long[parts.Length];
        long product = 1;
        for (int d = 0; d < parts.Length; d++)
        {
            if (!long.TryParse(parts[d].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out dims[d]) || dims[d] > int.MaxValue)
            {
                throw ctx.Error($"{key} = '{text}' has '{parts[d].Trim()}', which is not a non-negative integer.", key, name);
            }

            product = Math.Min(product * dims[d], long.MaxValue / int.MaxValue);
        }

        if (descriptor == '\0' && product > repeat)
        {
            throw ctx.Error($"{key} = '{text}' describes {product} elements but the column holds {repeat} a row.", key, name);
        }

        return dims;
    }

    private static FitsFormatException BadForm(FitsContext ctx, string key, string name, string tform, string why) =>
        ctx.Error($"{key} = '{tform}' is not a valid binary-table format: {why}.", key, name);
}
