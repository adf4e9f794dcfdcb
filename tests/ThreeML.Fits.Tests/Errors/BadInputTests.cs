using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Errors;

/// <summary>A corpus of malformed files, each made here, each failing with a message that says where and why.</summary>
public sealed class BadInputTests
{
    private static byte[] TableHeader(string naxis1 = "12", string naxis2 = "2", string pcount = "0", string tform2 = "1E", params string[] extra) =>
        FitsBytes.Header([
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            FitsBytes.Card("NAXIS1", naxis1), FitsBytes.Card("NAXIS2", naxis2), FitsBytes.Card("PCOUNT", pcount),
            "GCOUNT  =                    1", "TFIELDS =                    2",
            "TTYPE1  = 'CHANNEL'", "TFORM1  = '1D'", "TTYPE2  = 'COUNTS'", $"TFORM2  = '{tform2}'",
            "EXTNAME = 'SPECTRUM'", .. extra]);

    private static FitsFormatException Fails(byte[] bytes, string name = "bad.fits") =>
        Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, name));

    [Fact]
    public void Empty_file()
    {
        var e = Fails([]);
        Assert.Contains("FITS 'bad.fits': the file is empty", e.Message);
    }

    [Fact]
    public void Truncated_header_block()
    {
        var e = Fails(FitsBytes.EmptyPrimary()[..2000]);
        Assert.Equal(0, e.HduIndex);
        Assert.Contains("FITS 'bad.fits' HDU 0", e.Message);
        Assert.Contains("only 2000 bytes remain", e.Message);
    }

    [Fact]
    public void Missing_END_card()
    {
        byte[] block = Encoding.ASCII.GetBytes("SIMPLE  =                    T".PadRight(2880));
        var e = Fails(block);
        Assert.Equal("END", e.Keyword);
        Assert.Contains("no END card", e.Message);
    }

    [Fact]
    public void NAXIS2_larger_than_the_data()
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(naxis2: "1000"), FitsBytes.Data(new byte[24]));
        var e = Fails(bytes, "x.fits");
        Assert.Equal((1, "SPECTRUM", "NAXIS2"), (e.HduIndex, e.HduName, e.Keyword));
        Assert.Equal("FITS 'x.fits' HDU 1 [SPECTRUM]: NAXIS2 = 1000 rows of 12 bytes need 12000 bytes but only 2880 remain in the file.", e.Message);
    }

    [Fact]
    public void Data_padding_cut_short_is_a_truncation_in_strict_mode()
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(), new byte[24]);
        Assert.Contains("before the 2880-byte block is complete", Fails(bytes).Message);
        FitsFile lenient = FitsFile.Parse(bytes, "lenient.fits", new FitsReadOptions { Strict = false });
        Assert.Equal(2, lenient.Hdus.Count);
        Assert.EndsWith("Read the data that are present.", Assert.Single(lenient.Warnings));
    }

    [Theory]
    [InlineData("1Z", "'Z' is not a type letter")]
    [InlineData("E", null)]
    [InlineData("2PE", "repeat 0 or 1")]
    [InlineData("1PE(12", "expected '(max)'")]
    [InlineData("1E3", "unexpected '3' after the type letter")]
    [InlineData("99999999999999999999E", "does not fit in 64 bits")]
    public void Bad_TFORM(string tform, string? why)
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(tform2: tform), FitsBytes.Data(new byte[24]));
        if (why is null)
        {
            Assert.Equal(2, FitsFile.Parse(bytes, "ok.fits").Hdus.Count);
            return;
        }

        var e = Fails(bytes);
        Assert.Equal(("TFORM2", "COUNTS"), (e.Keyword, e.Column));
        Assert.Contains($"HDU 1 [SPECTRUM] column 'COUNTS': TFORM2 = '{tform}' is not a valid binary-table format", e.Message);
        Assert.Contains(why, e.Message);
    }

    [Fact]
    public void Columns_wider_than_NAXIS1()
    {
        var e = Fails(FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(naxis1: "10", tform2: "2E"), FitsBytes.Data(new byte[20])));
        Assert.Contains("columns 1..2 need 16 bytes a row but NAXIS1 = 10", e.Message);
    }

    [Fact]
    public void Bad_BITPIX()
    {
        var e = Fails(FitsBytes.Header("SIMPLE  =                    T", "BITPIX  =                   12", "NAXIS   =                    0"));
        Assert.Equal("BITPIX", e.Keyword);
        Assert.Contains("BITPIX = 12; expected 8, 16, 32, 64, -32 or -64", e.Message);
    }

    [Fact]
    public void Missing_required_keyword()
    {
        var e = Fails(FitsBytes.Header("SIMPLE  =                    T", "BITPIX  =                    8"));
        Assert.Equal("NAXIS", e.Keyword);
        Assert.Contains("required keyword NAXIS is missing", e.Message);
    }

    [Fact]
    public void First_card_not_SIMPLE()
    {
        var e = Fails(FitsBytes.Header("BITPIX  =                    8", "SIMPLE  =                    T", "NAXIS   =                    0"));
        Assert.Contains("the first header card is 'BITPIX'; expected SIMPLE", e.Message);
    }

    [Fact]
    public void Bad_value_syntax_in_a_required_keyword()
    {
        var e = Fails(FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(naxis2: "2x"), FitsBytes.Data(new byte[24])));
        Assert.Equal("NAXIS2", e.Keyword);
        Assert.Contains("NAXIS2 has value field \"2x\"", e.Message);
    }

    [Fact]
    public void Negative_axis_and_overflowing_sizes()
    {
        Assert.Contains("NAXIS1 = -5; axis lengths cannot be negative",
            Fails(FitsBytes.Header("SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    1", "NAXIS1  =                   -5")).Message);
        Assert.Contains("overflows 64 bits", Fails(FitsBytes.Header("SIMPLE  =                    T", "BITPIX  =                   64", "NAXIS   =                    2",
            "NAXIS1  =  9000000000000000000", "NAXIS2  =  9000000000000000000")).Message);
    }

    [Fact]
    public void Heap_descriptor_out_of_range()
    {
        var row = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(row, 10);
        BinaryPrimitives.WriteInt32BigEndian(row.AsSpan(4), 4);
        byte[] header = FitsBytes.Header(
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                    8", "NAXIS2  =                    1", "PCOUNT  =                   16",
            "GCOUNT  =                    1", "TFIELDS =                    1", "TTYPE1  = 'MATRIX'", "TFORM1  = 'PE(10)'",
            "EXTNAME = 'SPECRESP MATRIX'");
        var t = (BinaryTableHdu)FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data([.. row, .. new byte[16]])), "r.rsp")[1];
        var e = Assert.Throws<FitsFormatException>(() => t.ReadDoubleArrays("MATRIX"));
        Assert.Equal(("MATRIX", 0L), (e.Column, e.Row));
        Assert.Equal("FITS 'r.rsp' HDU 1 [SPECRESP MATRIX] column 'MATRIX' row 1: heap descriptor (count 10, offset 4) of PE(10) needs heap bytes 4..44 but the heap holds 16 bytes.", e.Message);
        Assert.Throws<FitsFormatException>(() => t.ReadDoubleArraysFlat("MATRIX"));
    }

    [Fact]
    public void THEAP_outside_the_data()
    {
        var e = Fails(FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(extra: "THEAP   =                  100"), FitsBytes.Data(new byte[24])));
        Assert.Equal("THEAP", e.Keyword);
        Assert.Contains("THEAP = 100 must lie between the end of the table (24 bytes) and the end of the data (24 bytes)", e.Message);
    }

    [Fact]
    public void Bad_TDIM()
    {
        var e = Fails(FitsBytes.Concat(FitsBytes.EmptyPrimary(), TableHeader(extra: "TDIM2   = '(2,3)'"), FitsBytes.Data(new byte[24])));
        Assert.Equal(("TDIM2", "COUNTS"), (e.Keyword, e.Column));
        Assert.Contains("describes 6 elements but the column holds 1 a row", e.Message);
    }

    [Fact]
    public void Invalid_logical_byte_names_column_and_row()
    {
        byte[] header = FitsBytes.Header(
            "XTENSION= 'BINTABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                    1", "NAXIS2  =                    2", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                    1", "TTYPE1  = 'FLAG'", "TFORM1  = 'L'");
        var t = (BinaryTableHdu)FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data([(byte)'T', (byte)'?'])), "l.fits")[1];
        var e = Assert.Throws<FitsFormatException>(() => t.ReadBools("FLAG"));
        Assert.Equal(("FLAG", 1L), (e.Column, e.Row));
        Assert.Contains("byte 0x3F; expected 'T', 'F' or 0", e.Message);
    }

    [Fact]
    public void Garbage_after_the_last_HDU_is_an_error_in_strict_mode()
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), Encoding.ASCII.GetBytes(new string('x', 2880)));
        Assert.Contains("do not start with XTENSION", Fails(bytes).Message);
        FitsFile lenient = FitsFile.Parse(bytes, "garbage.fits", new FitsReadOptions { Strict = false });
        Assert.Single(lenient.Hdus);
        Assert.Contains("Ignored the rest of the file.", Assert.Single(lenient.Warnings));
        Assert.Single(FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), new byte[2880]), "zeros.fits").Hdus);
    }

    [Fact]
    public void Non_ascii_header_byte_is_an_error_in_strict_mode()
    {
        byte[] bytes = FitsBytes.EmptyPrimary();
        bytes[80 + 40] = 0xE9;
        var e = Fails(bytes);
        Assert.Contains("header card 2 has byte 0xE9 at column 41", e.Message);
        FitsFile lenient = FitsFile.Parse(bytes, "latin.fits", new FitsReadOptions { Strict = false });
        Assert.Contains("Read such bytes as spaces.", Assert.Single(lenient.Warnings));
    }

    [Fact]
    public void Bad_keyword_characters_and_SIMPLE_F_are_errors_in_strict_mode_and_warnings_otherwise()
    {
        byte[] bytes = FitsBytes.Header("SIMPLE  =                    F", "BITPIX  =                    8", "NAXIS   =                    0", "date-obs= '2020'");
        Assert.Contains("keyword 'date-obs' with character 'd'", Fails(bytes).Message);
        FitsFile lenient = FitsFile.Parse(bytes, "odd.fits", new FitsReadOptions { Strict = false });
        Assert.Equal(2, lenient.Warnings.Count);
        Assert.Contains("keyword 'date-obs' with character 'd'", lenient.Warnings[0]);
        Assert.Contains("SIMPLE = F: the file does not declare conformance", lenient.Warnings[1]);
        Assert.Equal("2020", lenient.Primary.Header.GetString("DATE-OBS"));
    }

    [Fact]
    public void Truncated_gzip()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Sample.Bytes(Sample.TableFile()));
        }

        byte[] cut = compressed.ToArray()[..(int)(compressed.Length / 2)];
        var e = Fails(cut, "cut.fits.gz");
        Assert.Contains("FITS 'cut.fits.gz'", e.Message);
        Assert.Equal("cut.fits.gz", e.FilePath);
    }

    [Fact]
    public void Gzip_bomb_is_refused_by_the_size_limit()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(new byte[1 << 20]);
        }

        var e = Assert.Throws<FitsFormatException>(() =>
            FitsFile.Parse(compressed.ToArray(), "bomb.gz", new FitsReadOptions { MaxDecompressedBytes = 100_000 }));
        Assert.Contains("exceed the limit of 100000 bytes", e.Message);
    }
}
