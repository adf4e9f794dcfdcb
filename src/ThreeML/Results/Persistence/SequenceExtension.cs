using System.Globalization;
using Astromodels;
using ThreeML.Fits;
using ThreeML.Results;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;

namespace ThreeML.Results.Persistence;

/// <summary>The SEQUENCE binary table of a results set (3ML's <c>SEQUENCE(FITSExtension)</c> in
/// threeML/analysis_results.py): EXTNAME, ORIGIN and SEQ_TYPE; one column per sequence column, one row per result,
/// TUNITn from the column's unit.</summary>
/// <remarks>3ML types a column from its first value (io/fits_file.py): floats and quantities are D, Python integers K.
/// Its default sequence, <c>list(range(n))</c>, is therefore K; every other column is written as D. Reading accepts
/// any scalar numeric column (B, I, J, K, E, D).</remarks>
internal static class SequenceExtension
{
    public static BinaryTableHdu Build(ResultsSequence sequence)
    {
        var builder = new BinaryTableBuilder(L.SequenceExtName);
        if (sequence.IsUnspecified)
        {
            builder.AddColumn(ResultsSequence.ValueColumn, Enumerable.Range(0, sequence.Count).Select(i => (long)i).ToArray());
        }
        else
        {
            foreach (var column in sequence.Columns)
            {
                builder.AddColumn(column.Name, column.Values.ToArray(), column.Unit?.ToString());
            }
        }

        return builder.SetKeyword(L.Origin, "3ML", $"Multi-Mission Max. Likelihood (ThreeML.NET v. {L.Version})")
            .SetKeyword(L.SequenceType, sequence.Name, "Description of sequence type")
            .Build();
    }

    /// <summary>The sequence of a file holding <paramref name="count"/> results; the default one when the file has no
    /// SEQUENCE extension.</summary>
    /// <exception cref="ResultsFileException">The SEQUENCE extension is broken.</exception>
    public static ResultsSequence Read(FitsFile file, string path, int count)
    {
        var found = file.Hdus.Where(h => string.Equals(h.ExtName, L.SequenceExtName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (found.Count == 0)
        {
            return ResultsSequence.Unspecified(count);
        }

        ResultsFileException Fail(string detail, string? keyword = null, string? column = null, Exception? inner = null) =>
            new(detail, path, L.SequenceExtName, keyword, column, innerException: inner);

        if (found.Count > 1)
        {
            throw Fail($"the file has {found.Count.ToString(CultureInfo.InvariantCulture)} SEQUENCE extensions; expected at most one.", keyword: "EXTNAME");
        }

        var table = found[0] as BinaryTableHdu
            ?? throw Fail($"the extension is a {found[0].GetType().Name}; expected a binary table (BINTABLE).", keyword: "XTENSION");
        if (!table.Header.TryGetString(L.SequenceType, out var name))
        {
            throw Fail(table.Header.TryGetCard(L.SequenceType, out var card)
                ? $"expected a string (the name of the sequence), found {card.ValueText}."
                : "the keyword is missing; 3ML writes the name of the sequence there.", keyword: L.SequenceType);
        }

        if (table.Columns.Count == 0)
        {
            throw Fail("the table has no column; 3ML writes at least one (VALUE, or LOWER_BOUND and UPPER_BOUND).", keyword: "TFIELDS");
        }

        if (table.RowCount != count)
        {
            throw Fail($"the table has {Rows(table.RowCount)} but the file holds {count.ToString(CultureInfo.InvariantCulture)} {L.ExtName} extensions; "
                + "3ML writes one row per result.", keyword: "NAXIS2");
        }

        try
        {
            ResultsSequence.ValidateName(name, "The sequence name", nameof(name));
        }
        catch (ArgumentException e)
        {
            throw Fail(Detail(e), keyword: L.SequenceType, inner: e);
        }

        var columns = new List<SequenceColumn>(table.Columns.Count);
        foreach (var column in table.Columns)
        {
            if (table.Columns.Take(column.Index).FirstOrDefault(c => string.Equals(c.Name, column.Name, StringComparison.OrdinalIgnoreCase)) is { } twin)
            {
                throw Fail($"columns {(twin.Index + 1).ToString(CultureInfo.InvariantCulture)} and {(column.Index + 1).ToString(CultureInfo.InvariantCulture)} are both named {column.Name}; "
                    + "expected different names.", "TTYPE" + (column.Index + 1).ToString(CultureInfo.InvariantCulture), column.Name);
            }

            columns.Add(ReadColumn(table, column, Fail));
        }

        return new ResultsSequence(name, columns, count);
    }

    /// <summary>The message of an argument exception without the " (Parameter 'x')" suffix .NET appends.</summary>
    private static string Detail(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);

    private static SequenceColumn ReadColumn(BinaryTableHdu table, FitsColumn column, Func<string, string?, string?, Exception?, ResultsFileException> fail)
    {
        var n = (column.Index + 1).ToString(CultureInfo.InvariantCulture);
        if (column.IsVariableLength || column.Repeat != 1
            || column.Type is not (FitsColumnType.Byte or FitsColumnType.Int16 or FitsColumnType.Int32 or FitsColumnType.Int64
                or FitsColumnType.Single or FitsColumnType.Double))
        {
            throw fail($"the column is {column.TForm}; expected one number per result (TFORM B, I, J, K, E or D).", "TFORM" + n, column.Name, null);
        }

        if (column.Unit is { } unit)
        {
            try
            {
                _ = Unit.Parse(unit);
            }
            catch (UnitParseException e)
            {
                throw fail(Detail(e), "TUNIT" + n, column.Name, e);
            }
        }

        try
        {
            return new SequenceColumn(column.Name, table.ReadDoubles(column.Name), column.Unit);
        }
        catch (ArgumentException e)
        {
            throw fail(Detail(e), "TTYPE" + n, column.Name, e);
        }
    }

    private static string Rows(int n) => $"{n.ToString(CultureInfo.InvariantCulture)} row{(n == 1 ? "" : "s")}";
}
