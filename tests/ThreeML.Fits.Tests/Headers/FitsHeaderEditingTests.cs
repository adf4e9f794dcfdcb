using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Headers;

public sealed class FitsHeaderEditingTests
{
    [Fact]
    public void Set_replaces_an_existing_keyword_in_place_and_appends_new_ones()
    {
        FitsHeader h = ImageHdu.CreateEmpty().Header;
        h.Set("OBJECT", "first");
        h.Set("EXPOSURE", 10.0, "s");
        h.Set("object", "second");
        Assert.Equal(["OBJECT", "EXPOSURE"], h.Cards.Select(c => c.Key));
        Assert.Equal("second", h.GetString("OBJECT"));
    }

    [Fact]
    public void Remove_deletes_every_card_with_the_keyword()
    {
        FitsHeader h = ImageHdu.CreateEmpty().Header;
        h.Set("A", 1L);
        h.Set("B", true);
        Assert.True(h.Remove("a"));
        Assert.False(h.Remove("A"));
        Assert.False(h.Contains("A"));
        Assert.True(h.GetBool("B"));
    }

    [Fact]
    public void Layout_keywords_cannot_be_set_or_removed()
    {
        BinaryTableHdu table = new BinaryTableBuilder("X").AddColumn("A", [1.0]).Build();
        var e = Assert.Throws<ArgumentException>(() => table.Header.Set("NAXIS2", 5L));
        Assert.Contains("NAXIS2 describes the data layout", e.Message);
        Assert.Throws<ArgumentException>(() => table.Header.Set("TFORM1", "1E"));
        Assert.Throws<ArgumentException>(() => table.Header.Remove("TTYPE1"));
    }

    [Theory]
    [InlineData("TOOLONGKEY", "1 to 8 characters")]
    [InlineData("BAD KEY", "contains ' '")]
    [InlineData("", "1 to 8 characters")]
    public void Invalid_keywords_are_rejected_with_the_reason(string key, string expected)
    {
        FitsHeader h = ImageHdu.CreateEmpty().Header;
        var e = Assert.Throws<ArgumentException>(() => h.Set(key, 1L));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Non_ascii_text_and_non_finite_reals_are_rejected()
    {
        FitsHeader h = ImageHdu.CreateEmpty().Header;
        Assert.Contains("printable ASCII", Assert.Throws<ArgumentException>(() => h.Set("OBJECT", "caf\u00e9")).Message);
        Assert.Contains("must be finite", Assert.Throws<ArgumentException>(() => h.Set("X", double.NaN)).Message);
    }
}
