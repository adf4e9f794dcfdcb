using System.Text;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Errors;

/// <summary>Files damaged after writing: a corrupted TFORM and data that no longer match their checksums.</summary>
public sealed class IntegrityTests
{
    [RequiresSharedDataFact]
    public void A_corrupted_tform_in_a_real_gbm_file_is_named_instead_of_misreading_later_columns()
    {
        // GBM CSPEC rows are 128I + 1E + 1I + 1D + 1D = 278 bytes; TFORM3 '1I' -> '1B' shifts TIME and ENDTIME by a byte.
        var path = SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha");
        var bytes = File.ReadAllBytes(path);
        Replace(bytes, "TFORM3  = '1I      '", "TFORM3  = '1B      '");
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "corrupt.pha"));
        Assert.Equal("NAXIS1", e.Keyword);
        Assert.Equal(
            "FITS 'corrupt.pha' HDU 2 [SPECTRUM]: the 5 columns (TFORM1..TFORM5) need 277 bytes a row but NAXIS1 = 278; a TFORM or NAXIS1 is corrupt.",
            e.Message);
    }

    [Fact]
    public void A_flipped_data_byte_fails_the_datasum_naming_file_and_hdu()
    {
        var bytes = WithChecksums();
        bytes[(2 * 2880) + 3] ^= 0x40; // first data block of HDU 1 (primary header, then one table header block)
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "flipped.fits", new FitsReadOptions { VerifyChecksums = true }));
        Assert.Equal((1, "SPECTRUM", "DATASUM"), (e.HduIndex, e.HduName, e.Keyword));
        Assert.StartsWith("FITS 'flipped.fits' HDU 1 [SPECTRUM]: DATASUM = '", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("the data are corrupt.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checksum_mismatch_can_be_read_as_a_warning()
    {
        var bytes = WithChecksums();
        bytes[(2 * 2880) + 3] ^= 0x40;
        var file = FitsFile.Parse(bytes, "flipped.fits", new FitsReadOptions { VerifyChecksums = true, ChecksumMismatchIsWarning = true });
        Assert.Equal("SPECTRUM", file.Hdus[1].ExtName);
        var warning = Assert.Single(file.Warnings, w => w.Contains("DATASUM", StringComparison.Ordinal));
        Assert.StartsWith("FITS 'flipped.fits' HDU 1 [SPECTRUM]: DATASUM = '", warning, StringComparison.Ordinal);
        Assert.EndsWith("Read anyway (checksum mismatches were asked to be warnings).", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Intact_checksums_verify_without_warnings()
    {
        var file = FitsFile.Parse(WithChecksums(), "intact.fits", new FitsReadOptions { VerifyChecksums = true });
        Assert.Empty(file.Warnings);
    }

    private static byte[] WithChecksums()
    {
        using var stream = new MemoryStream();
        Sample.TableFile().WriteTo(stream, new FitsWriteOptions { WriteChecksums = true });
        return stream.ToArray();
    }

    private static void Replace(byte[] bytes, string from, string to)
    {
        var needle = Encoding.ASCII.GetBytes(from);
        var at = bytes.AsSpan().IndexOf(needle);
        Assert.True(at >= 0, $"'{from}' not found");
        Encoding.ASCII.GetBytes(to).CopyTo(bytes, at);
    }
}
