using System.IO.Compression;
using ThreeML.Fits.Internal;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Files;

public sealed class FitsFileReadingTests
{
    [Fact]
    public void GetExtension_is_case_insensitive_and_honours_EXTVER()
    {
        var file = new FitsFile();
        file.Add(new BinaryTableBuilder("SPECRESP MATRIX", 1).AddColumn("A", [1.0]).Build());
        file.Add(new BinaryTableBuilder("SPECRESP MATRIX", 2).AddColumn("A", [2.0]).Build());
        FitsFile back = FitsFile.Parse(Sample.Bytes(file), "rsp2.fits");
        Assert.Equal([2.0], back.GetExtension<BinaryTableHdu>("specresp matrix", 2).ReadDoubles("A"));
        Assert.Equal(1, back.GetExtension("SPECRESP MATRIX").Index);
        Assert.True(back.TryGetExtension("specresp matrix", 2, out FitsHdu? second));
        Assert.Equal(2, second.Index);
        Assert.False(back.TryGetExtension("EBOUNDS", out _));
    }

    [Fact]
    public void Missing_extension_lists_the_extensions_present()
    {
        FitsFile file = FitsFile.Parse(Sample.Bytes(Sample.TableFile()), "spec.pha");
        var e = Assert.Throws<FitsFormatException>(() => file.GetExtension("SPECTRA"));
        Assert.Contains("FITS 'spec.pha'", e.Message);
        Assert.Contains("no extension 'SPECTRA'. Available: SPECTRUM.", e.Message);
        Assert.Contains("Did you mean 'SPECTRUM'?", e.Message);
        var kind = Assert.Throws<FitsFormatException>(() => file.GetExtension<ImageHdu>("SPECTRUM"));
        Assert.Contains("HDU 1 [SPECTRUM]", kind.Message);
        Assert.Contains("is a BinaryTableHdu; expected a ImageHdu", kind.Message);
    }

    [Fact]
    public void Multi_member_gzip_is_refused_when_strict_and_read_with_a_warning_when_lenient()
    {
        byte[] fits = Sample.Bytes(Sample.TableFile());
        byte[] bytes = [.. Compress(fits[..2880]), .. Compress(fits[2880..])];
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "two.fits.gz"));
        Assert.Contains("several gzip members", e.Message);
        FitsFile lenient = FitsFile.Parse(bytes, "two.fits.gz", new FitsReadOptions { Strict = false });
        Assert.Equal(3, lenient.Hdus.Count);
        Assert.Contains("Read the decompressed bytes.", Assert.Single(lenient.Warnings));
    }

    [Fact]
    public void Index_out_of_range_says_which_indices_exist()
    {
        FitsFile file = Sample.TableFile();
        Assert.Contains("has HDUs 0..2", Assert.Throws<ArgumentOutOfRangeException>(() => file[3]).Message);
    }

    [Fact]
    public void Checksum_encoding_matches_the_published_example()
    {
        // Example from the FITS checksum convention: the complement of 868229149 encodes as below.
        Assert.Equal("hcHjjc9ghcEghc9g", FitsChecksum.Encode(3426738146));
    }

    [Fact]
    public void Written_checksums_verify_and_a_flipped_data_byte_fails_verification()
    {
        byte[] bytes = Sample.Bytes(Sample.TableFile(), new FitsWriteOptions { WriteChecksums = true });
        var verify = new FitsReadOptions { VerifyChecksums = true };
        FitsFile ok = FitsFile.Parse(bytes, "sum.fits", verify);
        Assert.All(ok.Hdus, h => Assert.Equal(16, h.Header.GetString("CHECKSUM").Length));

        byte[] corrupt = (byte[])bytes.Clone();
        corrupt[2 * 2880 + 5] ^= 0x01;
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(corrupt, "sum.fits", verify));
        Assert.Equal("DATASUM", e.Keyword);
        Assert.Contains("HDU 1 [SPECTRUM]", e.Message);

        byte[] badHeader = (byte[])bytes.Clone();
        int objectCard = 2880 + 80 * 9;
        badHeader[objectCard + 79] = (byte)'x';
        var h = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(badHeader, "sum.fits", verify));
        Assert.Contains("CHECKSUM", h.Message);
    }

    [Fact]
    public void Writing_a_read_file_back_gives_the_same_bytes()
    {
        byte[] first = Sample.Bytes(Sample.TableFile(), new FitsWriteOptions { WriteChecksums = true });
        byte[] second = Sample.Bytes(FitsFile.Parse(first, "again.fits"), new FitsWriteOptions { WriteChecksums = true });
        Assert.Equal(first, second);
    }

    private static byte[] Compress(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return compressed.ToArray();
    }
}
