using System.IO.Compression;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Errors;

/// <summary>Programming errors get a clear exception that says what to do instead.</summary>
public sealed class ApiMisuseTests
{
    [Fact]
    public void Empty_file_has_no_primary_and_cannot_be_written()
    {
        var file = new FitsFile();
        Assert.Contains("has no HDU yet", Assert.Throws<InvalidOperationException>(() => file.Primary).Message);
        Assert.Contains("needs at least a primary HDU", Assert.Throws<InvalidOperationException>(() => file.WriteTo(new MemoryStream())).Message);
    }

    [Fact]
    public void Builder_rejects_wrong_dimensions_non_ascii_units_and_too_many_columns()
    {
        Assert.Contains("dimensions (2,2) do not multiply to the row length 3", Assert.Throws<ArgumentException>(() =>
            new BinaryTableBuilder().AddArrayColumn("M", new double[][] { [1, 2, 3] }, dimensions: [2, 2])).Message);
        Assert.Contains("printable ASCII", Assert.Throws<ArgumentException>(() =>
            new BinaryTableBuilder().AddColumn("E", [1.0], "\u00b5m")).Message);
        var builder = new BinaryTableBuilder();
        for (int i = 0; i < 999; i++)
        {
            builder.AddColumn("C" + i, [i]);
        }

        Assert.Contains("at most 999 columns", Assert.Throws<ArgumentException>(() => builder.AddColumn("ONE_TOO_MANY", [0])).Message);
    }

    [Fact]
    public void Truncated_gzip_says_the_gzip_data_are_damaged()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Sample.Bytes(Sample.TableFile()));
        }

        byte[] bytes = compressed.ToArray();
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes[..(bytes.Length - 100)], "cut.fits.gz"));
        Assert.Contains("gzip data are", e.Message);
    }

    [Fact]
    public void Ascii_table_with_too_many_fields_is_a_format_error()
    {
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), FitsBytes.Header(
            "XTENSION= 'TABLE'", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                    4", "NAXIS2  =                    1", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                   -1"), FitsBytes.Data(new byte[4]));
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "a.fits"));
        Assert.Contains("TFIELDS = -1 is outside 0..999", e.Message);
    }
}
