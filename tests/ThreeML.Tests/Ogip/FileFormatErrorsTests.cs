using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Ogip;

/// <summary>OGIP and results-file errors share the file-format base of FITS errors (one catch for every malformed file).</summary>
public sealed class FileFormatErrorsTests
{
    [Fact]
    public void OGIP_and_results_errors_are_file_format_errors_with_their_detail_and_file()
    {
        FileFormatException ogip = new OgipFormatException("DETCHANS is 128 but the matrix has 129 rows.", "n6.rsp", "MATRIX", "DETCHANS");
        Assert.Equal("DETCHANS is 128 but the matrix has 129 rows.", ogip.Detail);
        Assert.Equal("n6.rsp", ogip.FilePath);
        Assert.Equal("OGIP 'n6.rsp' [MATRIX] keyword DETCHANS: DETCHANS is 128 but the matrix has 129 rows.", ogip.Message);

        FileFormatException results = new ResultsFileException("the keyword is missing.", "fit.fits", "ANALYSIS_RESULTS", "MODEL");
        Assert.Equal("fit.fits", results.FilePath);
        Assert.IsAssignableFrom<IOException>(results);
    }
}
