namespace ThreeML.Fits;

/// <summary>
/// The per-row arrays of a table column stored flat: row r is
/// <c>Values[Offsets[r]..Offsets[r + 1]]</c>. One allocation for the whole column, however many rows.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class VariableLengthArrays<T>
{
    internal VariableLengthArrays(T[] values, int[] offsets)
    {
        Values = values;
        Offsets = offsets;
    }

    /// <summary>All rows' elements, row after row.</summary>
    public T[] Values { get; }

    /// <summary>Row start positions in <see cref="Values"/>, with one extra entry at the end (length RowCount + 1).</summary>
    public int[] Offsets { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => Offsets.Length - 1;

    /// <summary>The elements of one zero-based row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside 0..RowCount-1.</exception>
    public ReadOnlySpan<T> this[int row]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
            return Values.AsSpan(Offsets[row], Offsets[row + 1] - Offsets[row]);
        }
    }

    /// <summary>The number of elements in one zero-based row.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside 0..RowCount-1.</exception>
    public int LengthOf(int row) => this[row].Length;

    /// <summary>Copies the rows into a jagged array.</summary>
    public T[][] ToJagged()
    {
        var result = new T[RowCount][];
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = this[r].ToArray();
        }

        return result;
    }
}
