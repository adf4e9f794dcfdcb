using System.Globalization;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Column-adding overloads.</summary>
public sealed partial class BinaryTableBuilder
{
    /// <summary>Adds a scalar column of doubles (TFORM 1D).</summary>
    public BinaryTableBuilder AddColumn(string name, double[] values, string? unit = null) => Fixed(name, values, 1, 'D', unit);

    /// <summary>Adds a scalar column of singles (TFORM 1E).</summary>
    public BinaryTableBuilder AddColumn(string name, float[] values, string? unit = null) => Fixed(name, values, 1, 'E', unit);

    /// <summary>Adds a scalar column of 64-bit integers (TFORM 1K).</summary>
    public BinaryTableBuilder AddColumn(string name, long[] values, string? unit = null) => Fixed(name, values, 1, 'K', unit);

    /// <summary>Adds a scalar column of 32-bit integers (TFORM 1J).</summary>
    public BinaryTableBuilder AddColumn(string name, int[] values, string? unit = null) => Fixed(name, values, 1, 'J', unit);

    /// <summary>Adds a scalar column of 16-bit integers (TFORM 1I).</summary>
    public BinaryTableBuilder AddColumn(string name, short[] values, string? unit = null) => Fixed(name, values, 1, 'I', unit);

    /// <summary>Adds a scalar column of unsigned bytes (TFORM 1B).</summary>
    public BinaryTableBuilder AddColumn(string name, byte[] values, string? unit = null) => Fixed(name, values, 1, 'B', unit);

    /// <summary>Adds a scalar column of unsigned 16-bit integers (TFORM 1I with TZERO = 32768).</summary>
    public BinaryTableBuilder AddColumn(string name, ushort[] values, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Fixed(name, values.Select(v => (short)(v - 32768)).ToArray(), 1, 'I', unit, zero: 32768);
    }

    /// <summary>Adds a scalar column of unsigned 32-bit integers (TFORM 1J with TZERO = 2147483648).</summary>
    public BinaryTableBuilder AddColumn(string name, uint[] values, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Fixed(name, values.Select(v => (int)(v - 2147483648u)).ToArray(), 1, 'J', unit, zero: 2147483648);
    }

    /// <summary>Adds a logical column (TFORM 1L, stored as 'T' / 'F').</summary>
    public BinaryTableBuilder AddColumn(string name, bool[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Fixed(name, values.Select(v => (byte)(v ? 'T' : 'F')).ToArray(), 1, 'L', null);
    }

    /// <summary>Adds a character column (TFORM nA, n = the longest string, at least 1); null reads back as "". Trailing spaces are not preserved.</summary>
    /// <exception cref="ArgumentException">A string holds characters outside printable ASCII.</exception>
    public BinaryTableBuilder AddColumn(string name, string?[] values, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        byte[][] encoded = values.Select((s, r) => Ascii(s, name, r)).ToArray();
        int width = Math.Max(1, encoded.Length == 0 ? 1 : encoded.Max(e => e.Length));
        var flat = new byte[checked(encoded.Length * width)];
        flat.AsSpan().Fill((byte)' ');
        for (int r = 0; r < encoded.Length; r++)
        {
            encoded[r].CopyTo(flat, r * width);
        }

        return Add(name, encoded.Length, width + "A", width, unit, (row, cell) => flat.AsSpan(row * width, width).CopyTo(cell));
    }

    /// <summary>Adds a fixed-length vector column of doubles (TFORM nD); every row must have the same length. Optional TDIM shape.</summary>
    /// <exception cref="ArgumentException">Rows differ in length, or the dimensions do not match.</exception>
    public BinaryTableBuilder AddArrayColumn(string name, double[][] rows, string? unit = null, IReadOnlyList<long>? dimensions = null) => FixedArrays(name, rows, 'D', unit, dimensions);

    /// <summary>Adds a fixed-length vector column of singles (TFORM nE); every row must have the same length.</summary>
    /// <exception cref="ArgumentException">Rows differ in length, or the dimensions do not match.</exception>
    public BinaryTableBuilder AddArrayColumn(string name, float[][] rows, string? unit = null, IReadOnlyList<long>? dimensions = null) => FixedArrays(name, rows, 'E', unit, dimensions);

    /// <summary>Adds a fixed-length vector column of 64-bit integers (TFORM nK); every row must have the same length.</summary>
    /// <exception cref="ArgumentException">Rows differ in length, or the dimensions do not match.</exception>
    public BinaryTableBuilder AddArrayColumn(string name, long[][] rows, string? unit = null, IReadOnlyList<long>? dimensions = null) => FixedArrays(name, rows, 'K', unit, dimensions);

    /// <summary>Adds a fixed-length vector column of 32-bit integers (TFORM nJ); every row must have the same length.</summary>
    /// <exception cref="ArgumentException">Rows differ in length, or the dimensions do not match.</exception>
    public BinaryTableBuilder AddArrayColumn(string name, int[][] rows, string? unit = null, IReadOnlyList<long>? dimensions = null) => FixedArrays(name, rows, 'J', unit, dimensions);

    /// <summary>Adds a fixed-length vector column of 16-bit integers (TFORM nI); every row must have the same length.</summary>
    /// <exception cref="ArgumentException">Rows differ in length, or the dimensions do not match.</exception>
    public BinaryTableBuilder AddArrayColumn(string name, short[][] rows, string? unit = null, IReadOnlyList<long>? dimensions = null) => FixedArrays(name, rows, 'I', unit, dimensions);

    /// <summary>Adds a variable-length column of doubles (TFORM 1PD(max)), arrays stored in the heap.</summary>
    public BinaryTableBuilder AddVariableLengthColumn(string name, double[][] rows, string? unit = null) => Variable(name, rows, 'D', unit);

    /// <summary>Adds a variable-length column of singles (TFORM 1PE(max)), arrays stored in the heap.</summary>
    public BinaryTableBuilder AddVariableLengthColumn(string name, float[][] rows, string? unit = null) => Variable(name, rows, 'E', unit);

    /// <summary>Adds a variable-length column of 32-bit integers (TFORM 1PJ(max)), arrays stored in the heap.</summary>
    public BinaryTableBuilder AddVariableLengthColumn(string name, int[][] rows, string? unit = null) => Variable(name, rows, 'J', unit);

    /// <summary>Adds a variable-length column of 16-bit integers (TFORM 1PI(max)), arrays stored in the heap.</summary>
    public BinaryTableBuilder AddVariableLengthColumn(string name, short[][] rows, string? unit = null) => Variable(name, rows, 'I', unit);

    private BinaryTableBuilder Fixed<T>(string name, T[] flat, int repeat, char letter, string? unit, long? zero = null, IReadOnlyList<long>? dims = null)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(flat);
        int size = ImageHdu.SizeOf<T>();
        int width = checked(repeat * size);
        int rows = repeat == 0 ? 0 : flat.Length / repeat;
        return Add(name, rows, repeat.ToString(CultureInfo.InvariantCulture) + letter, width, unit,
            (row, cell) => BigEndian.Write<T>(flat.AsSpan(row * repeat, repeat), cell), zero, dims);
    }

    private BinaryTableBuilder FixedArrays<T>(string name, T[][] rows, char letter, string? unit, IReadOnlyList<long>? dims) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(rows);
        int repeat = rows.Length == 0 ? 0 : rows[0].Length;
        for (int r = 0; r < rows.Length; r++)
        {
            if (rows[r] is null || rows[r].Length != repeat)
            {
                throw new ArgumentException(
                    $"Column '{name}' row {r} has {rows[r]?.Length ?? 0} elements but row 0 has {repeat}; use AddVariableLengthColumn for rows of different lengths.", nameof(rows));
            }
        }

        if (dims is not null && dims.Aggregate(1L, (a, b) => a * b) != repeat)
        {
            throw new ArgumentException($"Column '{name}' dimensions ({string.Join(",", dims)}) do not multiply to the row length {repeat}.", nameof(dims));
        }

        if (rows.Length == 0)
        {
            return Add(name, 0, "0" + letter, 0, unit, (_, _) => { });
        }

        if (repeat == 0)
        {
            return Fixed(name, Array.Empty<T>(), 0, letter, unit, dims: dims);
        }

        // Written from the caller's rows at Build, as the scalar columns' values are (not copied: a results file's sample
        // columns are most of its bytes); the list itself is copied so that a row replaced later cannot change the shape.
        var kept = (T[][])rows.Clone();
        int width = checked(repeat * ImageHdu.SizeOf<T>());
        return Add(name, kept.Length, repeat.ToString(CultureInfo.InvariantCulture) + letter, width, unit,
            (row, cell) => BigEndian.Write<T>(kept[row], cell), dims: dims);
    }

    private BinaryTableBuilder Variable<T>(string name, T[][] rows, char letter, string? unit) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(rows);
        int size = ImageHdu.SizeOf<T>();
        int max = rows.Length == 0 ? 0 : rows.Max(r => r?.Length ?? 0);
        var column = new PendingColumn(ValidName(name), rows.Length, $"1P{letter}({max})", 8, size, unit, null, null,
            (row, heap) => BigEndian.Write<T>(rows[row] ?? [], heap),
            row => checked((rows[row]?.Length ?? 0) * size));
        return Add(column);
    }

    private BinaryTableBuilder Add(string name, int rows, string tform, int width, string? unit, Action<int, Span<byte>> write,
        long? zero = null, IReadOnlyList<long>? dims = null) =>
        Add(new PendingColumn(ValidName(name), rows, tform, width, 1, unit, zero, dims, write, null));

    private BinaryTableBuilder Add(PendingColumn column)
    {
        if (column.Unit is not null)
        {
            CardText.ValidateText(column.Unit, "unit");
        }

        if (_columns.Count > 0 && _columns[0].Rows != column.Rows)
        {
            throw new ArgumentException(
                $"Column '{column.Name}' has {column.Rows} rows but column '{_columns[0].Name}' has {_columns[0].Rows}; all columns need the same number of rows.");
        }

        if (_columns.Count >= TableLayout.MaxFields)
        {
            throw new ArgumentException($"A binary table holds at most {TableLayout.MaxFields} columns.");
        }

        _columns.Add(column);
        return this;
    }

    private string ValidName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CardText.ValidateText(name, nameof(name));
        if (_columns.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The table already has a column named '{name}'; column names must be unique (case-insensitive).", nameof(name));
        }

        return name;
    }

    private sealed record PendingColumn(string Name, int Rows, string TForm, int Width, int ElementSize, string? Unit,
        long? Zero, IReadOnlyList<long>? Dimensions, Action<int, Span<byte>> WriteCell, Func<int, int>? HeapBytes);
}
