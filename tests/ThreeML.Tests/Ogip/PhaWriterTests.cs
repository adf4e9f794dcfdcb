using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Spectra;

namespace ThreeML.Tests.Ogip;

public class PhaWriterTests
{
    private static readonly double[] Edges = [10, 20, 40, 80, 160];

    [Fact]
    public void Poisson_spectrum_is_written_as_integer_counts_in_a_type_I_file()
    {
        var spectrum = new BinnedSpectrum([3, 0, 12, 7], 250.5, Edges, quality: [ChannelQuality.Good, ChannelQuality.Warn, ChannelQuality.Good, ChannelQuality.Bad],
            scaleFactor: 0.25, areaScale: 0.9, telescope: "GLAST", instrument: "GBM", tStart: 100, tStop: 350.5);

        var file = PhaWriter.ToFits(spectrum, new PhaWriteOptions { ResponseFile = "x.rsp", BackgroundFile = "x_bak.pha" });

        var table = file.GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal(["CHANNEL", "COUNTS", "QUALITY"], table.Columns.Select(c => c.Name));
        Assert.Equal(["1J", "1J", "1I"], table.Columns.Select(c => c.TForm));
        Assert.Equal([1, 2, 3, 4], table.ReadInt32s("CHANNEL"));
        Assert.Equal([3, 0, 12, 7], table.ReadInt32s("COUNTS"));
        Assert.Equal([0, 2, 0, 5], table.ReadInt16s("QUALITY").Select(q => (int)q));
        var h = table.Header;
        Assert.Equal("OGIP", h.GetString("HDUCLASS"));
        Assert.Equal("SPECTRUM", h.GetString("HDUCLAS1"));
        Assert.Equal("TOTAL", h.GetString("HDUCLAS2"));
        Assert.Equal("COUNT", h.GetString("HDUCLAS3"));
        Assert.Equal("TYPE:I", h.GetString("HDUCLAS4"));
        Assert.Equal("1.2.1", h.GetString("HDUVERS"));
        Assert.True(h.GetBool("POISSERR"));
        Assert.Equal(1, h.GetInt64("TLMIN1"));
        Assert.Equal(4, h.GetInt64("TLMAX1"));
        Assert.Equal(4, h.GetInt64("DETCHANS"));
        Assert.Equal("PI", h.GetString("CHANTYPE"));
        Assert.Equal(250.5, h.GetDouble("EXPOSURE"));
        Assert.Equal(0.25, h.GetDouble("BACKSCAL"));
        Assert.Equal(0.9, h.GetDouble("AREASCAL"));
        Assert.Equal(1.0, h.GetDouble("CORRSCAL"));
        Assert.Equal(100.0, h.GetDouble("TSTART"));
        Assert.Equal(350.5, h.GetDouble("TSTOP"));
        Assert.Equal("GLAST", h.GetString("TELESCOP"));
        Assert.Equal("GBM", h.GetString("INSTRUME"));
        Assert.Equal("none", h.GetString("FILTER"));
        Assert.Equal("x_bak.pha", h.GetString("BACKFILE"));
        Assert.Equal("x.rsp", h.GetString("RESPFILE"));
        Assert.Equal("none", h.GetString("ANCRFILE"));
        Assert.Equal("none", h.GetString("CORRFILE"));
        Assert.Equal(0, h.GetInt64("SYS_ERR"));
        Assert.Equal(0, h.GetInt64("GROUPING"));

        var ebounds = file.GetExtension<BinaryTableHdu>("EBOUNDS");
        Assert.Equal(Edges[..^1], ebounds.ReadDoubles("E_MIN"));
        Assert.Equal(Edges[1..], ebounds.ReadDoubles("E_MAX"));
    }

    [Fact]
    public void Gaussian_spectrum_is_written_as_rates_with_statistical_errors()
    {
        var spectrum = new BinnedSpectrum([3.5, -1, 12, 7.25], 2.0, Edges, countErrors: [1, 2, 3, 4], systematicErrors: [0.01, 0.02, 0, 0],
            grouping: [1, -1, 1, -1]);

        var table = (BinaryTableHdu)PhaWriter.ToFits(spectrum, new PhaWriteOptions { Kind = PhaSpectrumKind.Background, FirstChannel = 0 })[1];

        Assert.Equal(["CHANNEL", "RATE", "STAT_ERR", "SYS_ERR", "QUALITY", "GROUPING"], table.Columns.Select(c => c.Name));
        Assert.Equal([0, 1, 2, 3], table.ReadInt32s("CHANNEL"));
        Assert.Equal([1.75, -0.5, 6, 3.625], table.ReadDoubles("RATE"));
        Assert.Equal([0.5, 1, 1.5, 2], table.ReadDoubles("STAT_ERR"));
        Assert.Equal([0.01, 0.02, 0, 0], table.ReadDoubles("SYS_ERR"));
        Assert.Equal([1, -1, 1, -1], table.ReadInt16s("GROUPING").Select(g => (int)g));
        Assert.Equal("count/s", table.GetColumn("RATE").Unit);
        Assert.Equal("RATE", table.Header.GetString("HDUCLAS3"));
        Assert.Equal("BKG", table.Header.GetString("HDUCLAS2"));
        Assert.False(table.Header.GetBool("POISSERR"));
        Assert.Equal(0, table.Header.GetInt64("TLMIN1"));
        Assert.False(table.Header.Contains("TSTART"));
    }

    [Fact]
    public void Type_II_has_one_row_per_spectrum_with_vector_columns()
    {
        BinnedSpectrum[] spectra =
        [
            new([1, 2, 3, 4], 10, Edges, scaleFactor: 0.5, tStart: 0, tStop: 10),
            new([5, 6, 7, 8], 20, Edges, scaleFactor: 0.5, tStart: 10, tStop: 30),
            new([9, 10, 11, 12], 5, Edges, scaleFactor: 0.5, tStart: 30, tStop: 35),
        ];

        var table = (BinaryTableHdu)PhaWriter.ToFitsTypeII(spectra)[1];

        Assert.Equal(3, table.RowCount);
        Assert.Equal("TYPE:II", table.Header.GetString("HDUCLAS4"));
        Assert.Equal([1, 2, 3], table.ReadInt32s("SPEC_NUM"));
        Assert.Equal("4J", table.GetColumn("COUNTS").TForm);
        Assert.Equal([9, 10, 11, 12], table.ReadInt32Arrays("COUNTS")[2]);
        Assert.Equal([1, 2, 3, 4], table.ReadInt32Arrays("CHANNEL")[1]);
        Assert.Equal("4I", table.GetColumn("QUALITY").TForm);
        Assert.Equal([10.0, 20, 5], table.ReadDoubles("EXPOSURE"));
        Assert.Equal([0.0, 10, 30], table.ReadDoubles("TSTART"));
        Assert.Equal([10.0, 30, 35], table.ReadDoubles("TSTOP"));
        Assert.Equal(0.5, table.Header.GetDouble("BACKSCAL"));
        Assert.False(table.TryGetColumn("BACKSCAL", out _));
        Assert.Equal(4, table.Header.GetInt64("DETCHANS"));
    }

    [Fact]
    public void Type_II_rows_must_agree()
    {
        BinnedSpectrum[] mixed = [new([1, 2, 3, 4], 10, Edges), new([1, 2, 3, 4], 10, Edges, countErrors: [1, 1, 1, 1])];
        var e = Assert.Throws<ArgumentException>(() => PhaWriter.ToFitsTypeII(mixed));
        Assert.Contains("Spectrum 1 is Gaussian", e.Message);

        BinnedSpectrum[] sizes = [new([1, 2, 3, 4], 10, Edges), new([1, 2], 10, [1, 2, 3])];
        Assert.Contains("has 2 channels but spectrum 0 has 4", Assert.Throws<ArgumentException>(() => PhaWriter.ToFitsTypeII(sizes)).Message);

        Assert.Throws<ArgumentException>(() => PhaWriter.ToFitsTypeII([]));
    }

    [Fact]
    public void Ebounds_can_be_left_out()
    {
        var file = PhaWriter.ToFits(new BinnedSpectrum([1, 2, 3, 4], 1, Edges), new PhaWriteOptions { WriteEbounds = false });
        Assert.Equal(2, file.Hdus.Count);
        Assert.False(file.TryGetExtension("EBOUNDS", out _));
    }

    [Fact]
    public void Existing_file_is_refused_with_a_message_naming_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.pha");
        var spectrum = new BinnedSpectrum([1, 2, 3, 4], 1, Edges);
        PhaWriter.Write(path, spectrum);
        var before = File.ReadAllBytes(path);

        var e = Assert.Throws<IOException>(() => PhaWriter.Write(path, new BinnedSpectrum([9, 9, 9, 9], 1, Edges)));

        Assert.Contains(path, e.Message);
        Assert.Contains("overwrite: true", e.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        PhaWriter.Write(path, new BinnedSpectrum([9, 9, 9, 9], 1, Edges), overwrite: true);
        Assert.Equal([9, 9, 9, 9], FitsFile.Read(path).GetExtension<BinaryTableHdu>("SPECTRUM").ReadInt32s("COUNTS"));
        Assert.Equal(["s.pha"], folder.Names());
    }

    [Fact]
    public void A_failed_write_leaves_the_target_untouched_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("s.pha");
        File.WriteAllText(path, "previous version");
        var unwritable = new BinnedSpectrum([1, 3e9, 0, 0], 1, Edges);

        var e = Assert.Throws<ArgumentException>(() => PhaWriter.Write(path, unwritable, overwrite: true));

        Assert.Contains("channel 2: 3000000000 counts exceed the 32-bit COUNTS column", e.Message);
        Assert.Equal("previous version", File.ReadAllText(path));
        Assert.Equal(["s.pha"], folder.Names());
    }

    [Fact]
    public void Type_II_file_is_written_to_disk_and_read_back()
    {
        using var folder = new TempFolder();
        var path = folder.File("series.pha");
        BinnedSpectrum[] spectra = [new([1, 2, 3, 4], 10, Edges), new([5, 6, 7, 8], 10, Edges)];

        PhaWriter.WriteTypeII(path, spectra);

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal([5, 6, 7, 8], table.ReadInt32Arrays("COUNTS")[1]);
        Assert.Equal(10.0, table.Header.GetDouble("EXPOSURE"));
        Assert.Throws<IOException>(() => PhaWriter.WriteTypeII(path, spectra));
    }
}
