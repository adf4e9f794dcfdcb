namespace ThreeML.Fits.Tests.Errors;

public sealed class FileFormatExceptionTests
{
    [Fact]
    public void A_FITS_error_is_a_file_format_error_and_an_IO_error_with_its_detail_and_file()
    {
        var e = new FitsFormatException("expected a number.", "spec.pha", hduIndex: 1, hduName: "SPECTRUM", keyword: "EXPOSURE");
        var format = Assert.IsAssignableFrom<FileFormatException>(e);
        Assert.IsAssignableFrom<IOException>(e);
        Assert.Equal("expected a number.", format.Detail);
        Assert.Equal("spec.pha", format.FilePath);
        Assert.StartsWith("FITS 'spec.pha' HDU 1 [SPECTRUM] keyword 'EXPOSURE'", e.Message);
    }
}
