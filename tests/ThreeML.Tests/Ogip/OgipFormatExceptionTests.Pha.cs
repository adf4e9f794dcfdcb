using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Spectra;

namespace ThreeML.Tests.Ogip;

public sealed partial class OgipFormatExceptionTests
{
    private string Pha(SyntheticPha pha, string name = "bad.pha") => pha.Write(_folder.File(name));

    [Fact]
    public void Missing_exposure_names_the_keyword()
    {
        var path = Pha(new SyntheticPha().Remove("EXPOSURE"));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "EXPOSURE", expected: ["expected the exposure, s"]);
    }

    [Fact]
    public void Zero_exposure_is_refused()
    {
        var path = Pha(new SyntheticPha().Set("EXPOSURE", 0.0));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "EXPOSURE", expected: ["expected a positive value"]);
    }

    [Fact]
    public void Negative_poisson_counts_name_the_column_and_row()
    {
        var path = Pha(new SyntheticPha { Counts = [3, 0, 7, -2, 5, 1, 0, 2] });
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", column: "COUNTS", row: 3, expected: ["non-negative integer counts"]);
    }

    [Fact]
    public void Non_integer_poisson_counts_name_the_column_and_row()
    {
        var path = Pha(new SyntheticPha { Counts = [3, 0, 7, 2, 5.5, 1, 0, 2], FloatCounts = true });
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", column: "COUNTS", row: 4, expected: ["= 5.5", "non-negative integer counts"]);
    }

    [Fact]
    public void Detchans_different_from_the_rows_is_refused()
    {
        var path = Pha(new SyntheticPha().Set("DETCHANS", 9L));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "DETCHANS", expected: ["= 9", "8 rows", "one entry per detector channel"]);
    }

    [Fact]
    public void Poisserr_that_is_not_logical_is_refused()
    {
        var path = Pha(new SyntheticPha().Set("POISSERR", "yes"));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "POISSERR", expected: ["expected a logical value (T or F)"]);
    }

    [Fact]
    public void Missing_poisserr_without_stat_err_is_refused_and_with_stat_err_means_gaussian()
    {
        var path = Pha(new SyntheticPha().Remove("POISSERR"));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "POISSERR", expected: ["STAT_ERR"]);

        var gaussian = Pha(new SyntheticPha { StatErr = [1, 1, 2, 3, 2, 1, 1, 1] }.Remove("POISSERR"), "g.pha");
        var spectrum = PhaSpectrum.Read(gaussian);
        Assert.False(spectrum.IsPoisson);
        Assert.Equal([1.0, 1, 2, 3, 2, 1, 1, 1], spectrum.CountErrors.ToArray());
    }

    [Fact]
    public void Corrfile_set_is_unsupported_as_in_3ml()
    {
        var path = Pha(new SyntheticPha().Set("CORRFILE", "corr.pha"));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "CORRFILE", expected: ["'corr.pha'", "not supported", "expected 'none'"]);
    }

    [Fact]
    public void Negative_stat_err_of_gaussian_data_names_the_row()
    {
        var path = Pha(new SyntheticPha { StatErr = [1, 1, 2, -3, 2, 1, 1, 1] }.Set("POISSERR", false));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", column: "STAT_ERR", row: 3, expected: ["non-negative error"]);
    }

    [Fact]
    public void Grouping_outside_the_ogip_flags_names_the_row()
    {
        var path = Pha(new SyntheticPha { Grouping = [1, -1, 1, 3, -1, 1, 1, 1] });
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", column: "GROUPING", row: 3, expected: ["expected 1 (group start), -1 (continuation) or 0"]);
    }

    [Fact]
    public void Channel_numbers_that_skip_are_refused()
    {
        var file = new SyntheticPha().ToFits();
        var path = _folder.File("skip.pha");
        var table = (BinaryTableHdu)file.Hdus[1];
        table.Header.Set("TLMIN1", 0L);
        file.Write(path);
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", column: "CHANNEL", row: 0, expected: ["expected 0", "TLMIN"]);
    }

    [Fact]
    public void Missing_spectrum_extension_is_named()
    {
        var path = new SyntheticRsp().Write(_folder.File("not-a.pha"));
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", keyword: "EXTNAME", expected: ["has no SPECTRUM extension", "EBOUNDS"]);
    }

    [Fact]
    public void Spectrum_number_beyond_a_type_II_file_names_the_count()
    {
        var path = TypeII(_folder.File("two.pha"), corrColumn: null);
        AssertOgip(() => PhaSpectrum.Read(path + "{5}"), path, "SPECTRUM", row: 4, expected: ["spectrum 5", "holds 3 spectra (1..3)"]);
        AssertOgip(() => PhaSpectrum.Read(path), path, "SPECTRUM", expected: ["holding 3 spectra", "file{n}"]);
        Assert.Equal([4.0, 5, 6, 7], PhaSpectrum.Read(path + "{2}").Counts.ToArray());
        Assert.Equal(20.0, PhaSpectrum.Read(path, 2).Exposure);
        Assert.Equal([ChannelQuality.Bad, ChannelQuality.Bad, ChannelQuality.Bad, ChannelQuality.Bad], PhaSpectrum.Read(path, 3).Quality.ToArray());
    }

    [Fact]
    public void Corrfile_column_of_a_type_II_file_names_the_row()
    {
        var path = TypeII(_folder.File("corr.pha"), corrColumn: ["none", "none", "c.pha"]);
        Assert.Equal(4, PhaSpectrum.Read(path, 1).ChannelCount);
        AssertOgip(() => PhaSpectrum.Read(path, 3), path, "SPECTRUM", column: "CORRFILE", row: 2, expected: ["not supported"]);
    }

    [Fact]
    public void Selector_on_a_type_I_file_is_refused()
    {
        var path = Pha(new SyntheticPha());
        AssertOgip(() => PhaSpectrum.Read(path + "{2}"), path, "SPECTRUM", expected: ["Type I", "spectrum 2"]);
    }

    /// <summary>A Type II file: 3 spectra × 4 channels, EXPOSURE column 10/20/30 s, GBM-style scalar QUALITY column.</summary>
    private static string TypeII(string path, string[]? corrColumn)
    {
        var table = new BinaryTableBuilder("SPECTRUM")
            .AddArrayColumn("COUNTS", new[] { new[] { 1, 2, 3, 4 }, new[] { 4, 5, 6, 7 }, new[] { 0, 0, 1, 0 } })
            .AddColumn("EXPOSURE", new[] { 10.0, 20.0, 30.0 }, "s")
            .AddColumn("QUALITY", new short[] { 0, 0, 1 });
        if (corrColumn is not null)
        {
            table.AddColumn("CORRFILE", corrColumn);
        }

        table.SetKeyword("DETCHANS", 4L).SetKeyword("POISSERR", true).SetKeyword("BACKSCAL", 1.0).SetKeyword("HDUCLAS4", "TYPE:II");
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(table.Build());
        file.Write(path);
        return path;
    }
}
