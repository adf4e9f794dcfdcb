using System.Numerics;

namespace ThreeML.Fits;

/// <summary>Column readers. Each reads a whole column into one typed array (no allocation per cell).</summary>
public sealed partial class BinaryTableHdu
{
    private delegate void CellDecoder<T>(FitsColumn c, ReadOnlySpan<byte> src, Span<T> dest, int row);

    /// <summary>
    /// Reads a numeric fixed-width column (B, I, J, K, E, D) as physical values (TSCAL/TZERO applied,
    /// TNULL as NaN), row after row: RowCount * Repeat values.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not numeric or is variable-length.</exception>
    public double[] ReadDoubles(string name)
    {
        FitsColumn c = RequireFixed(name, IsNumeric, "a numeric type (B I J K E D)", nameof(ReadDoubles));
        var result = new double[RowCount * c.Repeat];
        ColumnDecoder.ToDoubleStrided(c, _data.Span, RowWidth, result);
        return result;
    }

    /// <summary>Reads a numeric fixed-width column into <paramref name="destination"/>, which must hold exactly RowCount * Repeat values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not numeric, is variable-length, or the destination length is wrong.</exception>
    public void ReadDoublesInto(string name, Span<double> destination)
    {
        FitsColumn c = RequireFixed(name, IsNumeric, "a numeric type (B I J K E D)", nameof(ReadDoublesInto));
        long total = (long)RowCount * c.Repeat;
        if (destination.Length != total)
        {
            throw new ArgumentException(
                $"Column '{c.Name}' of {Where} has {RowCount} rows x {c.Repeat} = {total} values but the destination holds {destination.Length}.",
                nameof(destination));
        }

        ColumnDecoder.ToDoubleStrided(c, _data.Span, RowWidth, destination);
    }

    /// <summary>Reads a numeric fixed-width column as singles (physical values), RowCount * Repeat values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not numeric or is variable-length.</exception>
    public float[] ReadSingles(string name) => ReadFlat<float>(name, IsNumeric, "a numeric type (B I J K E D)", DecodeSingle);

    /// <summary>Reads an integer column (B, I, J, K; integral TZERO applied, e.g. unsigned) as 64-bit values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value overflows.</exception>
    public long[] ReadInt64s(string name) => ReadFlat<long>(name, IsPlainInteger, IntegerExpected, DecodeInt64);

    /// <summary>Reads an integer column as 32-bit values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value does not fit.</exception>
    public int[] ReadInt32s(string name) => ReadFlat<int>(name, IsPlainInteger, IntegerExpected, DecodeInt32);

    /// <summary>Reads an integer column as 16-bit values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value does not fit.</exception>
    public short[] ReadInt16s(string name) => ReadFlat<short>(name, IsPlainInteger, IntegerExpected, DecodeInt16);

    /// <summary>Reads an integer column as bytes (0..255).</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value does not fit.</exception>
    public byte[] ReadBytes(string name) => ReadFlat<byte>(name, IsPlainInteger, IntegerExpected, DecodeByte);

    /// <summary>Reads a logical (L) or bit (X) column, RowCount * Repeat values; an undefined logical reads as false.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not L or X, or is variable-length.</exception>
    public bool[] ReadBools(string name) => ReadFlat<bool>(name, IsBoolean, "L or X", DecodeBool);

    /// <summary>Reads a complex column (C or M), RowCount * Repeat values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not C or M, or is variable-length.</exception>
    public Complex[] ReadComplex(string name) => ReadFlat<Complex>(name, IsComplex, "C or M", DecodeComplex);

    /// <summary>Reads a character column (A, or variable-length PA) as one string a row, up to the first NUL, trailing spaces removed.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not a character column.</exception>
    public string[] ReadStrings(string name)
    {
        FitsColumn c = Require(name, t => t.Type == FitsColumnType.Ascii, "A (characters)", nameof(ReadStrings));
        var result = new string[RowCount];
        for (int r = 0; r < RowCount; r++)
        {
            ElementsPerRow(c, r, out ReadOnlySpan<byte> src);
            result[r] = ColumnDecoder.ToText(src);
        }

        return result;
    }

    /// <summary>Reads a numeric column (fixed-width vector or variable-length) as one array a row, physical values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not numeric.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public double[][] ReadDoubleArrays(string name) => ReadJagged<double>(name, IsNumeric, "a numeric type", DecodeDouble);

    /// <summary>Reads a numeric column as one single-precision array a row, physical values.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not numeric.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public float[][] ReadSingleArrays(string name) => ReadJagged<float>(name, IsNumeric, "a numeric type", DecodeSingle);

    /// <summary>Reads an integer column as one 64-bit array a row.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public long[][] ReadInt64Arrays(string name) => ReadJagged<long>(name, IsPlainInteger, IntegerExpected, DecodeInt64);

    /// <summary>Reads an integer column as one 32-bit array a row.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value does not fit.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public int[][] ReadInt32Arrays(string name) => ReadJagged<int>(name, IsPlainInteger, IntegerExpected, DecodeInt32);

    /// <summary>Reads an integer column as one 16-bit array a row.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value does not fit.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public short[][] ReadInt16Arrays(string name) => ReadJagged<short>(name, IsPlainInteger, IntegerExpected, DecodeInt16);

    /// <summary>Reads a logical or bit column as one array a row.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not L or X.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap, or a logical byte is invalid.</exception>
    public bool[][] ReadBoolArrays(string name) => ReadJagged<bool>(name, IsBoolean, "L or X", DecodeBool);

    /// <summary>Reads a numeric column (fixed or variable-length) into one flat array plus row offsets: one allocation for all rows.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not numeric.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public VariableLengthArrays<double> ReadDoubleArraysFlat(string name) => ReadFlatArrays<double>(name, IsNumeric, "a numeric type", DecodeDouble);

    /// <summary>Reads an integer column (fixed or variable-length) into one flat 32-bit array plus row offsets.</summary>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="ArgumentException">The column is not an unscaled integer column, or a value does not fit.</exception>
    /// <exception cref="FitsFormatException">A heap descriptor points outside the heap.</exception>
    public VariableLengthArrays<int> ReadInt32ArraysFlat(string name) => ReadFlatArrays<int>(name, IsPlainInteger, IntegerExpected, DecodeInt32);
}
