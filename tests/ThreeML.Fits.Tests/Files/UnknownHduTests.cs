using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Files;

public sealed class UnknownHduTests
{
    [Fact]
    public void Unknown_extension_types_are_kept_and_written_back_unchanged()
    {
        byte[] data = Enumerable.Range(0, 12).Select(i => (byte)i).ToArray();
        byte[] bytes = FitsBytes.Concat(FitsBytes.EmptyPrimary(), FitsBytes.Header(
            "XTENSION= 'FOREIGN '", "BITPIX  =                    8", "NAXIS   =                    1",
            "NAXIS1  =                    8", "PCOUNT  =                    4", "GCOUNT  =                    1",
            "EXTNAME = 'ODD'"), FitsBytes.Data(data));
        var odd = Assert.IsType<UnknownHdu>(FitsFile.Parse(bytes, "odd.fits").GetExtension("ODD"));
        Assert.Equal(("FOREIGN", 8), (odd.XTension, odd.BitPix));
        Assert.Equal(data, odd.RawData.ToArray());
        var again = Assert.IsType<UnknownHdu>(FitsFile.Parse(Sample.Bytes(FitsFile.Parse(bytes, "odd.fits")), "again.fits")[1]);
        Assert.Equal(("FOREIGN", "ODD"), (again.XTension, again.ExtName));
        Assert.Equal(data, again.RawData.ToArray());
    }

    [Fact]
    public void Random_groups_primary_is_read_with_its_data_size_and_written_in_the_standard_order()
    {
        // Random groups: NAXIS1 = 0, GROUPS = T; size = |BITPIX|/8 * GCOUNT * (PCOUNT + NAXIS2 * NAXIS3).
        byte[] data = new byte[4 * 3 * (1 + 2 * 2)];
        byte[] bytes = FitsBytes.Concat(FitsBytes.Header(
            "SIMPLE  =                    T", "BITPIX  =                  -32", "NAXIS   =                    3",
            "NAXIS1  =                    0", "NAXIS2  =                    2", "NAXIS3  =                    2",
            "GROUPS  =                    T", "PCOUNT  =                    1", "GCOUNT  =                    3"), FitsBytes.Data(data));
        var groups = Assert.IsType<UnknownHdu>(FitsFile.Parse(bytes, "groups.fits").Primary);
        Assert.Equal(60, groups.RawData.Length);
        byte[] written = Sample.Bytes(FitsFile.Parse(bytes, "groups.fits"));
        string header = System.Text.Encoding.ASCII.GetString(written, 0, 80 * 10);
        Assert.Equal(["SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "GROUPS", "PCOUNT", "GCOUNT", "EXTEND"],
            Enumerable.Range(0, 10).Select(i => header.Substring(i * 80, 8).TrimEnd()));
        Assert.Contains("only be the primary HDU", Assert.Throws<ArgumentException>(() =>
        {
            var file = new FitsFile();
            file.Add(ImageHdu.CreateEmpty());
            FitsHdu detached = FitsFile.Parse(bytes, "groups.fits").Primary;
            detached.Index = -1;
            file.Add(detached);
        }).Message);
    }

    [Fact]
    public void History_and_comment_keywords_cannot_carry_values()
    {
        Assert.Contains("never has a value; use AddHistory", Assert.Throws<ArgumentException>(() => FitsCard.Create("HISTORY", "x")).Message);
    }
}
