using ThreeML.Fits;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Tests.Ogip;

/// <summary><see cref="SpectrumLike.WritePha"/>: the files a plugin writes and how they refer to each other.</summary>
public class WritePhaTests
{
    private static readonly double[] Edges = [10, 20, 40, 80, 160, 320];

    [Fact]
    public void Dispersion_plugin_writes_pha_background_and_response_that_refer_to_each_other()
    {
        using var folder = new TempFolder();
        var response = InstrumentResponse.FromMatrix(new double[,] { { 1, 0.5, 0, 0, 0 }, { 0, 2, 1, 0, 0 }, { 0, 0, 3, 1, 0 }, { 0, 0, 0, 4, 2 } },
            [5, 15, 50, 150, 400], Edges, new ResponseInfo("DEMO", "BGO"));
        var observation = new BinnedSpectrumWithDispersion([4, 8, 15, 16, 23], 30, response, telescope: "DEMO", instrument: "BGO");
        var background = new BinnedSpectrum([2, 2, 5, 6, 9], 60, Edges, scaleFactor: 2, telescope: "DEMO", instrument: "BGO");
        var plugin = new DispersionSpectrumLike("s1", observation, background);

        plugin.WritePha(folder.File("grb.pha"));

        Assert.Equal(["grb.pha", "grb.rsp", "grb_bak.pha"], folder.Names());
        var source = FitsFile.Read(folder.File("grb.pha")).GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal("grb_bak.pha", source.Header.GetString("BACKFILE"));
        Assert.Equal("grb.rsp", source.Header.GetString("RESPFILE"));
        Assert.Equal([4, 8, 15, 16, 23], source.ReadInt32s("COUNTS"));
        Assert.Equal(30.0, source.Header.GetDouble("EXPOSURE"));
        var bak = FitsFile.Read(folder.File("grb_bak.pha")).GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal("BKG", bak.Header.GetString("HDUCLAS2"));
        Assert.Equal(2.0, bak.Header.GetDouble("BACKSCAL"));
        Assert.Equal(60.0, bak.Header.GetDouble("EXPOSURE"));
        Assert.Equal([2, 2, 5, 6, 9], bak.ReadInt32s("COUNTS"));
        var rsp = FitsFile.Read(folder.File("grb.rsp")).GetExtension<BinaryTableHdu>("SPECRESP MATRIX");
        Assert.Equal(response.ToDenseMatrix(), ResponseWriterTests.Decompress(rsp, 5, firstChannel: 1));
        Assert.Equal("DEMO", rsp.Header.GetString("TELESCOP"));
    }

    [Fact]
    public void Plain_plugin_without_background_writes_only_the_pha_with_ebounds()
    {
        using var folder = new TempFolder();
        var plugin = new SpectrumLike("p", new BinnedSpectrum([1, 2, 3, 4, 5], 1, Edges));

        plugin.WritePha(folder.File("plain"));

        Assert.Equal(["plain.pha"], folder.Names());
        var file = FitsFile.Read(folder.File("plain.pha"));
        Assert.Equal("none", file.GetExtension("SPECTRUM").Header.GetString("RESPFILE"));
        Assert.Equal("none", file.GetExtension("SPECTRUM").Header.GetString("BACKFILE"));
        Assert.Equal(Edges[1..], file.GetExtension<BinaryTableHdu>("EBOUNDS").ReadDoubles("E_MAX"));
    }

    [Fact]
    public void Active_rebinning_is_written_as_ogip_grouping()
    {
        using var folder = new TempFolder();
        var plugin = new SpectrumLike("p", new BinnedSpectrum([1, 1, 1, 5, 1], 1, Edges));
        plugin.RebinOnSource(2);

        plugin.WritePha(folder.File("grouped"));

        var table = FitsFile.Read(folder.File("grouped.pha")).GetExtension<BinaryTableHdu>("SPECTRUM");
        var expected = new int[5];
        for (var b = 0; b < plugin.Rebinner!.BinCount; b++)
        {
            for (var c = plugin.Rebinner.Starts[b]; c < plugin.Rebinner.Stops[b]; c++)
            {
                expected[c] = c == plugin.Rebinner.Starts[b] ? 1 : -1;
            }
        }

        Assert.Equal(expected, table.ReadInt16s("GROUPING").Select(g => (int)g));
        Assert.Equal([1, -1, 1, -1, 1], expected);
    }

    [Fact]
    public void Refusal_writes_nothing_when_any_target_exists()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("b_bak.pha"), "keep");
        var plugin = new SpectrumLike("p", new BinnedSpectrum([1, 2, 3, 4, 5], 1, Edges), new BinnedSpectrum([1, 1, 1, 1, 1], 1, Edges));

        var e = Assert.Throws<IOException>(() => plugin.WritePha(folder.File("b")));

        Assert.Contains("b_bak.pha", e.Message);
        Assert.Equal(["b_bak.pha"], folder.Names());
        Assert.Equal("keep", File.ReadAllText(folder.File("b_bak.pha")));
        plugin.WritePha(folder.File("b"), overwrite: true);
        Assert.Equal(["b.pha", "b_bak.pha"], folder.Names());
    }
}
