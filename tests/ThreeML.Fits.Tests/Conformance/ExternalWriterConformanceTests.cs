using System.Numerics;

namespace ThreeML.Fits.Tests.Conformance;

/// <summary>
/// Files written by astropy (Conformance/Files/make_reference_files.py, committed with its output):
/// every feature our reader supports, as another implementation lays it out.
/// </summary>
public sealed class ExternalWriterConformanceTests
{
    private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Conformance", "Files", name);

    [Theory]
    [InlineData("astropy_all.fits")]
    [InlineData("astropy_all.fits.gz")]
    public void Astropy_file_has_the_expected_hdus_and_header(string name)
    {
        FitsFile file = FitsFile.Read(FilePath(name));
        Assert.Equal(["", "ALLTYPES", "ASCII", "U16IMG", "I8IMG", "F32IMG", "I64IMG", "F64IMG"], file.Hdus.Select(h => h.ExtName ?? ""));
        FitsHeader h = file.Primary.Header;
        Assert.Equal("GRB 080916C", h.GetString("OBJECT"));
        Assert.Equal("This is a long string value that needs CONTINUE cards: " + string.Concat(Enumerable.Repeat("it's ", 20)).TrimEnd(), h.GetString("LONGSTR"));
        Assert.Equal(1.25e-7, h.GetDouble("DVALUE"));
        Assert.Equal(1234567890123L, h.GetInt64("BIGINT"));
        Assert.Contains(h.Cards, c => c.Key == "HISTORY" && c.ValueText == "written by make_reference_files.py");
    }

    [Fact]
    public void Astropy_binary_table_decodes_every_column_type()
    {
        BinaryTableHdu t = FitsFile.Read(FilePath("astropy_all.fits")).GetExtension<BinaryTableHdu>("ALLTYPES");
        Assert.Equal([true, false, true], t.ReadBools("L"));
        Assert.Equal([true, false, true, false, false, false, false, false, true, true], t.ReadBoolArrays("X")[2]);
        Assert.Equal(new byte[] { 0, 128, 255 }, t.ReadBytes("B"));
        Assert.Equal(new short[] { -32768, 0, 32767 }, t.ReadInt16s("I"));
        Assert.Equal([int.MinValue, 0, int.MaxValue], t.ReadInt32s("J"));
        Assert.Equal([long.MinValue, 0, long.MaxValue], t.ReadInt64s("K"));
        Assert.Equal([1.25f, -2f, 3e30f], t.ReadSingles("E"));
        Assert.Equal("keV", t.GetColumn("E").Unit);
        Assert.Equal([0.1, -1e-300, 2.0], t.ReadDoubles("D"));
        Assert.Equal(["abc", "", "it's"], t.ReadStrings("A"));
        Assert.Equal([new Complex(1, 2), new Complex(0, -1), Complex.Zero], t.ReadComplex("C"));
        Assert.Equal([new Complex(3, -4), Complex.One, Complex.Zero], t.ReadComplex("M"));
        Assert.Equal([0L, 32768L, 65535L], t.ReadInt64s("U16"));
        Assert.Equal([0L, 1L, 4294967295L], t.ReadInt64s("U32"));
        double[] nulled = t.ReadDoubles("NULLED");
        Assert.Equal(1.0, nulled[0]);
        Assert.True(double.IsNaN(nulled[1]));
        Assert.Equal([3L, 2L], t.GetColumn("MAT").Dimensions);
        Assert.Equal(Enumerable.Range(0, 18).Select(i => (double)i), t.ReadDoubles("MAT"));
        Assert.Equal(new double[][] { [1.5, 2.5], [], [3.5, 4.5, 5.5] }, t.ReadDoubleArrays("VLA"));
        Assert.Equal('Q', t.GetColumn("VLAJ").Descriptor);
        Assert.Equal(new int[][] { [1], [2, 3], [] }, t.ReadInt32Arrays("VLAJ"));
    }

    [Fact]
    public void Astropy_ascii_table_decodes()
    {
        AsciiTableHdu t = FitsFile.Read(FilePath("astropy_all.fits")).GetExtension<AsciiTableHdu>("ASCII");
        Assert.Equal(["alpha", "beta"], t.ReadStrings("NAME"));
        Assert.Equal([42.0, -7.0], t.ReadDoubles("COUNT"));
        Assert.Equal([3.25, 12.34], t.ReadDoubles("FIXED"));
        Assert.Equal([150.0, -0.025], t.ReadDoubles("EXP"));
        Assert.Equal([0.25, -1e10], t.ReadDoubles("DEXP"));
    }

    [Fact]
    public void Astropy_images_decode_with_their_scaling()
    {
        FitsFile file = FitsFile.Read(FilePath("astropy_all.fits"));
        var u16 = file.GetExtension<ImageHdu>("U16IMG");
        Assert.Equal([3L, 2L], u16.Axes);
        Assert.Equal([0.0, 1, 65535, 32768, 2, 3], u16.ReadAsDouble());
        Assert.Equal([-128.0, 0, 127], file.GetExtension<ImageHdu>("I8IMG").ReadAsDouble());
        double[] f32 = file.GetExtension<ImageHdu>("F32IMG").ReadAsDouble();
        Assert.Equal([1.5, -2.5], f32[..2]);
        Assert.True(double.IsNaN(f32[2]));
        Assert.Equal([-(1L << 62), 5L], file.GetExtension<ImageHdu>("I64IMG").ReadRaw<long>());
        var f64 = file.GetExtension<ImageHdu>("F64IMG");
        Assert.Equal([4L, 3L, 2L], f64.Axes);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (double)i), f64.ReadRaw<double>());
    }

    private static int BlockEndOfData(byte[] file, int hdu)
    {
        FitsFile parsed = FitsFile.Parse(file, "blocks.fits");
        int position = 0;
        for (int i = 0; i <= hdu; i++)
        {
            while (System.Text.Encoding.ASCII.GetString(file, position, 8) != "END     " || position % 80 != 0)
            {
                position += 80;
            }

            position = (position / 2880 + 1) * 2880;
            position += (parsed[i].Data.Length + 2879) / 2880 * 2880;
        }

        return position;
    }

    [Fact]
    public void Checksum_verification_agrees_with_fitsverify_on_the_astropy_file()
    {
        // fitsverify 4.20 finds astropy 5.2.1's DATASUM wrong for the table with a heap (HDU 1) and all others valid.
        var e = Assert.Throws<FitsFormatException>(() =>
            FitsFile.Read(FilePath("astropy_all.fits"), new FitsReadOptions { VerifyChecksums = true }));
        Assert.Equal((1, "ALLTYPES", "DATASUM"), (e.HduIndex, e.HduName, e.Keyword));
    }

    [Fact]
    public void Astropy_file_round_trips_through_our_writer_unchanged_in_data()
    {
        FitsFile original = FitsFile.Read(FilePath("astropy_all.fits"));
        using var stream = new MemoryStream();
        original.WriteTo(stream, new FitsWriteOptions { WriteChecksums = true });
        FitsFile back = FitsFile.Parse(stream.ToArray(), "copy.fits", new FitsReadOptions { VerifyChecksums = true });
        for (int i = 0; i < original.Hdus.Count; i++)
        {
            Assert.Equal(original[i].Data.ToArray(), back[i].Data.ToArray());
        }

        Assert.Equal(original.Primary.Header.GetString("LONGSTR"), back.Primary.Header.GetString("LONGSTR"));

        // ASCII-table data are padded with blanks, every other data unit with zeros (found by fitsverify).
        byte[] written = stream.ToArray();
        int asciiEnd = BlockEndOfData(written, 2);
        Assert.Equal((byte)' ', written[asciiEnd - 1]);
        Assert.Equal(0, written[BlockEndOfData(written, 1) - 1]);
    }
}
