using System.Numerics;

namespace ThreeML.Fits;

/// <summary>The generic column-reading machinery behind the public readers.</summary>
public sealed partial class BinaryTableHdu
{
    private const string IntegerExpected = "an integer type (B I J K) without TSCAL and with an integral TZERO";

    private static readonly CellDecoder<double> DecodeDouble = static (c, s, d, _) => ColumnDecoder.ToDouble(c, s, d);
    private static readonly CellDecoder<float> DecodeSingle = static (c, s, d, _) => ColumnDecoder.ToSingle(c, s, d);
    private static readonly CellDecoder<long> DecodeInt64 = static (c, s, d, _) => ColumnDecoder.ToInteger(c, s, d, long.MinValue, long.MaxValue, static v => v);
    private static readonly CellDecoder<int> DecodeInt32 = static (c, s, d, _) => ColumnDecoder.ToInteger(c, s, d, int.MinValue, int.MaxValue, static v => (int)v);
    private static readonly CellDecoder<short> DecodeInt16 = static (c, s, d, _) => ColumnDecoder.ToInteger(c, s, d, short.MinValue, short.MaxValue, static v => (short)v);
    private static readonly CellDecoder<byte> DecodeByte = static (c, s, d, _) => ColumnDecoder.ToInteger(c, s, d, byte.MinValue, byte.MaxValue, static v => (byte)v);
    private static readonly CellDecoder<Complex> DecodeComplex = static (c, s, d, _) => ColumnDecoder.ToComplex(c, s, d);

    private CellDecoder<bool> DecodeBool => (c, s, d, row) => ColumnDecoder.ToBool(c, s, d, row, Context);

    private static bool IsNumeric(FitsColumn c) => ColumnDecoder.IsNumeric(c.Type);

    private static bool IsPlainInteger(FitsColumn c) =>
        ColumnDecoder.IsInteger(c.Type) && c.Scale == 1.0 && c.Zero == Math.Floor(c.Zero) && Math.Abs(c.Zero) < 9.2e18;

    private static bool IsBoolean(FitsColumn c) => c.Type is FitsColumnType.Logical or FitsColumnType.Bit;

    private static bool IsComplex(FitsColumn c) => c.Type is FitsColumnType.ComplexSingle or FitsColumnType.ComplexDouble;

    private FitsColumn Require(string name, Func<FitsColumn, bool> accepts, string expected, string method)
    {
        FitsColumn c = GetColumn(name);
        if (!accepts(c))
        {
            string scaling = c.IsScaled ? $" with TSCAL = {c.Scale}, TZERO = {c.Zero}" : "";
            throw new ArgumentException(
                $"Column '{c.Name}' of {Where} is {c.TForm} ({c.Type}{scaling}); {method} needs {expected}.", nameof(name));
        }

        return c;
    }

    private FitsColumn RequireFixed(string name, Func<FitsColumn, bool> accepts, string expected, string method)
    {
        FitsColumn c = Require(name, accepts, expected, method);
        if (c.IsVariableLength)
        {
            throw new ArgumentException(
                $"Column '{c.Name}' of {Where} is variable-length ({c.TForm}); use the ...Arrays or ...ArraysFlat readers.", nameof(name));
        }

        if ((long)RowCount * c.Repeat > Array.MaxLength)
        {
            throw new ArgumentException($"Column '{c.Name}' of {Where} has more than {Array.MaxLength} values; read it in parts.", nameof(name));
        }

        return c;
    }

    private T[] ReadFlat<T>(string name, Func<FitsColumn, bool> accepts, string expected, CellDecoder<T> decode, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        FitsColumn c = RequireFixed(name, accepts, expected, method);
        int repeat = (int)c.Repeat;
        var result = new T[RowCount * repeat];
        for (int r = 0; r < RowCount; r++)
        {
            decode(c, Cell(c, r), result.AsSpan(r * repeat, repeat), r);
        }

        return result;
    }

    private T[][] ReadJagged<T>(string name, Func<FitsColumn, bool> accepts, string expected, CellDecoder<T> decode, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        FitsColumn c = Require(name, accepts, expected, method);
        // Sizing all rows first refuses absurd heap overlaps before anything large is allocated.
        _ = RowOffsets(c);
        var result = new T[RowCount][];
        for (int r = 0; r < RowCount; r++)
        {
            int n = ElementsPerRow(c, r, out ReadOnlySpan<byte> src);
            result[r] = n == 0 ? [] : new T[n];
            decode(c, src, result[r], r);
        }

        return result;
    }

    private VariableLengthArrays<T> ReadFlatArrays<T>(string name, Func<FitsColumn, bool> accepts, string expected, CellDecoder<T> decode, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
    {
        FitsColumn c = Require(name, accepts, expected, method);
        int[] offsets = RowOffsets(c);
        var values = new T[offsets[^1]];
        for (int r = 0; r < RowCount; r++)
        {
            ElementsPerRow(c, r, out ReadOnlySpan<byte> src);
            decode(c, src, values.AsSpan(offsets[r], offsets[r + 1] - offsets[r]), r);
        }

        return new VariableLengthArrays<T>(values, offsets);
    }
}
