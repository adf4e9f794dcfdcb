using System.Buffers.Binary;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Errors;

/// <summary>One case per layout validation in the reader, each asserting the keyword and part of the message.</summary>
public sealed class StructureErrorTests
{
    private static readonly string[] TableStart =
    [
        "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
        "NAXIS1  =                    4", "NAXIS2  =                    1", "PCOUNT  =                    0",
        "GCOUNT  =                    1",
    ];

    public static TheoryData<string, string[], string, string> Cases => new()
    {
        { "XTENSION without value indicator", ["XTENSION  'IMAGE'", "BITPIX  =                    8", "NAXIS   =                    0"], "XTENSION", "required keyword XTENSION is missing (expected a string)" },
        { "NAXIS out of range", ["XTENSION= 'IMAGE'", "BITPIX  =                    8", "NAXIS   =                 1000"], "NAXIS", "NAXIS = 1000; expected 0 to 999" },
        { "negative PCOUNT", ["XTENSION= 'IMAGE'", "BITPIX  =                    8", "NAXIS   =                    0", "PCOUNT  =                   -1", "GCOUNT  =                    1"], "PCOUNT", "PCOUNT = -1, GCOUNT = 1; neither may be negative" },
        { "image with a heap", ["XTENSION= 'IMAGE'", "BITPIX  =                    8", "NAXIS   =                    1", "NAXIS1  =                    4", "PCOUNT  =                    4", "GCOUNT  =                    1"], "PCOUNT", "an image has PCOUNT = 4, GCOUNT = 1; expected 0 and 1" },
        { "table with BITPIX 16", ["XTENSION= 'BINTABLE'", "BITPIX  =                   16", "NAXIS   =                    2", "NAXIS1  =                    2", "NAXIS2  =                    1", "PCOUNT  =                    0", "GCOUNT  =                    1", "TFIELDS =                    0"], "BITPIX", "a table needs BITPIX = 8, NAXIS = 2, GCOUNT = 1 but has 16, 2, 1" },
        { "missing TFIELDS", TableStart, "TFIELDS", "required keyword TFIELDS is missing" },
        { "TFIELDS out of range", [.. TableStart, "TFIELDS =                 1000"], "TFIELDS", "TFIELDS = 1000 is outside 0..999" },
        { "missing TFORM", [.. TableStart, "TFIELDS =                    1", "TTYPE1  = 'A'"], "TFORM1", "required keyword TFORM1 is missing (expected a string)" },
        { "TFORM without type letter", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '4'"], "TFORM1", "TFORM1 = '4' is not a valid binary-table format: the type letter is missing" },
        { "P without element type", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '1P'"], "TFORM1", "the element type after P/Q is missing" },
        { "absurd repeat", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '4611686018427387904D'"], "TFORM1", "overflows" },
        { "huge bit repeat", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '9223372036854775807X'"], "TFORM1", "wider than 2 GiB" },
        { "TDIM not a shape", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '1J'", "TDIM1   = '2,2'"], "TDIM1", "TDIM1 = '2,2' is not of the form '(n1,n2,...)'" },
        { "TDIM with a letter", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '1J'", "TDIM1   = '(x)'"], "TDIM1", "has 'x', which is not a non-negative integer" },
        { "TSCAL not a number", [.. TableStart, "TFIELDS =                    1", "TFORM1  = '1J'", "TSCAL1  = 'two'"], "TSCAL1", "TSCAL1 = 'two' is a string; expected a real number" },
        { "ASCII table bad TFORM", ["XTENSION= 'TABLE'", "BITPIX  =                    8", "NAXIS   =                    2", "NAXIS1  =                    4", "NAXIS2  =                    1", "PCOUNT  =                    0", "GCOUNT  =                    1", "TFIELDS =                    1", "TFORM1  = 'X4'", "TBCOL1  =                    1"], "TFORM1", "TFORM1 = 'X4' is not an ASCII-table format" },
        { "ASCII table Aw.d", ["XTENSION= 'TABLE'", "BITPIX  =                    8", "NAXIS   =                    2", "NAXIS1  =                    4", "NAXIS2  =                    1", "PCOUNT  =                    0", "GCOUNT  =                    1", "TFIELDS =                    1", "TFORM1  = 'A4.1'", "TBCOL1  =                    1"], "TFORM1", "is not an ASCII-table format" },
        { "too many empty rows", ["XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2", "NAXIS1  =                    0", "NAXIS2  =           2000000000", "PCOUNT  =                    0", "GCOUNT  =                    1", "TFIELDS =                    0"], "NAXIS2", "beyond what this reader supports" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layout_errors_name_the_keyword_and_say_what_was_expected(string title, string[] cards, string keyword, string expected)
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), FitsBytes.Header(cards), FitsBytes.Data(new byte[8]));
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "layout.fits"));
        Assert.True(e.Keyword == keyword, $"{title}: keyword {e.Keyword}, expected {keyword}");
        Assert.Contains(expected, e.Message);
        Assert.StartsWith("FITS 'layout.fits' HDU 1", e.Message);
        Assert.Equal(1, e.HduIndex);
    }

    [Fact]
    public void Heap_arrays_overlapping_far_beyond_the_heap_are_refused_before_allocating()
    {
        const int heap = 1 << 20;
        const int rows = 300;
        var table = new byte[rows * 8];
        for (int r = 0; r < rows; r++)
        {
            BinaryPrimitives.WriteInt32BigEndian(table.AsSpan(r * 8), heap);   // every row: the whole heap, as bytes
        }

        byte[] header = FitsBytes.Header(
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                    8", $"NAXIS2  = {rows,20}", $"PCOUNT  = {heap,20}",
            "GCOUNT  =                    1", "TFIELDS =                    1", "TTYPE1  = 'V'", "TFORM1  = 'PB'");
        var t = (BinaryTableHdu)FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data([.. table, .. new byte[heap]])), "overlap.fits")[1];
        var e = Assert.Throws<FitsFormatException>(() => t.ReadDoubleArraysFlat("V"));
        Assert.Equal("V", e.Column);
        Assert.Contains("more than the heap's 1048576 bytes allows", e.Message);
    }

    [Fact]
    public void Columns_without_TTYPE_are_named_COLn()
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(),
            FitsBytes.Header([.. TableStart, "TFIELDS =                    1", "TFORM1  = '1J'"]), FitsBytes.Data([0, 0, 0, 9]));
        var t = (BinaryTableHdu)FitsFile.Parse(bytes, "noname.fits")[1];
        Assert.Equal([9], t.ReadInt32s("COL1"));
    }
}
