using ThreeML.Ogip;

namespace ThreeML.Tests.Ogip;

/// <summary>The corrupted-file corpus: each malformed file gives an <see cref="OgipFormatException"/> that names the
/// file, the extension, the keyword or column, the row where relevant, and what was expected.</summary>
public sealed partial class OgipFormatExceptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static OgipFormatException AssertOgip(Action read, string file, string extension, string? keyword = null,
        string? column = null, long? row = null, string[]? expected = null)
    {
        var ex = Assert.Throws<OgipFormatException>(read);
        Assert.Equal(file, ex.FilePath);
        Assert.Contains($"'{file}'", ex.Message);
        Assert.Equal(extension, ex.Extension);
        Assert.Contains($"[{extension}]", ex.Message);
        Assert.Equal(keyword, ex.Keyword);
        if (keyword is not null)
        {
            Assert.Contains("keyword " + keyword, ex.Message);
        }

        Assert.Equal(column, ex.Column);
        if (column is not null)
        {
            Assert.Contains("column " + column, ex.Message);
        }

        Assert.Equal(row, ex.Row);
        if (row is not null)
        {
            Assert.Contains($"row {row + 1}", ex.Message);
        }

        foreach (var fragment in expected ?? [])
        {
            Assert.Contains(fragment, ex.Message);
        }

        return ex;
    }

    [Fact]
    public void Message_names_every_part_of_the_location()
    {
        var ex = new OgipFormatException("= 3; expected 4.", "a.pha", "SPECTRUM", "DETCHANS", "COUNTS", 7);
        // Row 7 (zero-based) is the eighth row, printed 1-based as FITS viewers and PHA Type II spectrum numbers count.
        Assert.Equal("OGIP 'a.pha' [SPECTRUM] keyword DETCHANS column COUNTS row 8: = 3; expected 4.", ex.Message);
        Assert.Equal("= 3; expected 4.", ex.Detail);
    }
}
