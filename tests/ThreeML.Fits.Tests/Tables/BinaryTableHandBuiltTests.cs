using System.Buffers.Binary;
using System.Text;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Tables;

/// <summary>Tables assembled byte by byte in the test, so the reader is checked against the standard, not against our writer.</summary>
public sealed class BinaryTableHandBuiltTests
{
    private static byte[] OneRowTable()
    {
        var row = new byte[27];
        BinaryPrimitives.WriteInt32BigEndian(row.AsSpan(0), 100);        // J, TSCAL 0.5, TZERO 10 -> 60
        BinaryPrimitives.WriteSingleBigEndian(row.AsSpan(4), 1.5f);      // E
        BinaryPrimitives.WriteDoubleBigEndian(row.AsSpan(8), -2.25);     // D
        Encoding.ASCII.GetBytes("HELLO   ").CopyTo(row, 16);             // 8A
        row[24] = (byte)'T';                                             // L
        BinaryPrimitives.WriteInt16BigEndian(row.AsSpan(25), -999);      // I, TNULL -999
        byte[] header = FitsBytes.Header(
            "XTENSION= 'BINTABLE'           / binary table",
            "BITPIX  =                    8",
            "NAXIS   =                    2",
            "NAXIS1  =                   27",
            "NAXIS2  =                    1",
            "PCOUNT  =                    0",
            "GCOUNT  =                    1",
            "TFIELDS =                    6",
            "TTYPE1  = 'SCALED  '", "TFORM1  = 'J       '", "TSCAL1  =                  0.5", "TZERO1  =                 10.0",
            "TTYPE2  = 'SINGLE  '", "TFORM2  = '1E      '", "TUNIT2  = 'keV     '",
            "TTYPE3  = 'DOUBLE  '", "TFORM3  = 'D       '",
            "TTYPE4  = 'TEXT    '", "TFORM4  = '8A      '",
            "TTYPE5  = 'FLAG    '", "TFORM5  = '1L      '",
            "TTYPE6  = 'NULLED  '", "TFORM6  = 'I       '", "TNULL6  =                 -999",
            "EXTNAME = 'HAND    '");
        return FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data(row));
    }

    [Fact]
    public void One_row_table_with_J_E_D_A_L_I_columns_decodes_every_cell()
    {
        FitsFile file = FitsFile.Parse(OneRowTable(), "hand.fits");
        BinaryTableHdu t = file.GetExtension<BinaryTableHdu>("hand");

        Assert.Equal(1, t.RowCount);
        Assert.Equal(27, t.RowWidth);
        Assert.Equal([60.0], t.ReadDoubles("SCALED"));
        Assert.Equal([1.5], t.ReadDoubles("SINGLE"));
        Assert.Equal([1.5f], t.ReadSingles("SINGLE"));
        Assert.Equal("keV", t.GetColumn("SINGLE").Unit);
        Assert.Equal([-2.25], t.ReadDoubles("DOUBLE"));
        Assert.Equal(["HELLO"], t.ReadStrings("TEXT"));
        Assert.Equal([true], t.ReadBools("FLAG"));
        Assert.True(double.IsNaN(t.ReadDoubles("NULLED")[0]));
        Assert.Equal([(short)-999], t.ReadInt16s("NULLED"));
        Assert.Equal(-999, t.GetColumn("NULLED").Null);
    }

    [Fact]
    public void Column_descriptions_reflect_the_header()
    {
        BinaryTableHdu t = FitsFile.Parse(OneRowTable(), "hand.fits").GetExtension<BinaryTableHdu>("HAND");
        FitsColumn scaled = t.GetColumn("scaled");
        Assert.Equal((0, FitsColumnType.Int32, 1L, 0.5, 10.0, true), (scaled.Index, scaled.Type, scaled.Repeat, scaled.Scale, scaled.Zero, scaled.IsScaled));
        FitsColumn text = t.GetColumn("TEXT");
        Assert.Equal((FitsColumnType.Ascii, 8L, 16, 8), (text.Type, text.Repeat, text.ByteOffset, text.Width));
    }

    [Fact]
    public void Unsigned_integer_convention_and_variable_length_heap_decode()
    {
        var row = new byte[2 + 8];
        BinaryPrimitives.WriteInt16BigEndian(row, -32768);           // I with TZERO 32768 -> 0
        BinaryPrimitives.WriteInt32BigEndian(row.AsSpan(2), 3);      // PE: 3 elements
        BinaryPrimitives.WriteInt32BigEndian(row.AsSpan(6), 4);      //     at heap offset 4 (after a gap)
        var heap = new byte[16];
        BinaryPrimitives.WriteSingleBigEndian(heap.AsSpan(4), 1f);
        BinaryPrimitives.WriteSingleBigEndian(heap.AsSpan(8), 2f);
        BinaryPrimitives.WriteSingleBigEndian(heap.AsSpan(12), 4f);
        byte[] header = FitsBytes.Header(
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                   10", "NAXIS2  =                    1", "PCOUNT  =                   16",
            "GCOUNT  =                    1", "TFIELDS =                    2",
            "TTYPE1  = 'U16'", "TFORM1  = '1I'", "TZERO1  =                32768",
            "TTYPE2  = 'VLA'", "TFORM2  = '1PE(3)'");
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data([.. row, .. heap]));
        var t = (BinaryTableHdu)FitsFile.Parse(bytes, "vla.fits")[1];

        Assert.Equal([0L], t.ReadInt64s("U16"));
        Assert.Equal([0.0], t.ReadDoubles("U16"));
        Assert.True(t.GetColumn("VLA").IsVariableLength);
        Assert.Equal(3, t.GetColumn("VLA").MaxLength);
        Assert.Equal([1.0, 2.0, 4.0], t.ReadDoubleArrays("VLA")[0]);
        VariableLengthArrays<double> flat = t.ReadDoubleArraysFlat("VLA");
        Assert.Equal([0, 3], flat.Offsets);
        Assert.Equal(16, t.HeapSize);
    }

    [Fact]
    public void Bits_complex_and_64_bit_columns_decode()
    {
        var row = new byte[2 + 8 + 16 + 8];
        row[0] = 0b1010_0000;
        row[1] = 0b1000_0000;                                              // 9X: 1,0,1,0,0,0,0,0,1
        BinaryPrimitives.WriteSingleBigEndian(row.AsSpan(2), 1f);
        BinaryPrimitives.WriteSingleBigEndian(row.AsSpan(6), -1f);          // C
        BinaryPrimitives.WriteDoubleBigEndian(row.AsSpan(10), 2);
        BinaryPrimitives.WriteDoubleBigEndian(row.AsSpan(18), 3);           // M
        BinaryPrimitives.WriteInt64BigEndian(row.AsSpan(26), -5_000_000_000);  // K
        byte[] header = FitsBytes.Header(
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                   34", "NAXIS2  =                    1", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                    4",
            "TTYPE1  = 'BITS'", "TFORM1  = '9X'", "TTYPE2  = 'C'", "TFORM2  = 'C'",
            "TTYPE3  = 'M'", "TFORM3  = 'M'", "TTYPE4  = 'K'", "TFORM4  = 'K'");
        var t = (BinaryTableHdu)FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data(row)), "bits.fits")[1];

        Assert.Equal([true, false, true, false, false, false, false, false, true], t.ReadBools("BITS"));
        Assert.Equal([new System.Numerics.Complex(1, -1)], t.ReadComplex("C"));
        Assert.Equal([new System.Numerics.Complex(2, 3)], t.ReadComplex("M"));
        Assert.Equal([-5_000_000_000L], t.ReadInt64s("K"));
        Assert.Contains("outside Int32 range", Assert.Throws<ArgumentException>(() => t.ReadInt32s("K")).Message);
    }
}
