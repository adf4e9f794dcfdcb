using System.Text.Json;
using ThreeML.Cli.Tests.Support;
using ThreeML.Fits;

namespace ThreeML.Cli.Tests;

public class InfoCommandTests
{
    [Fact]
    public void Pha_summary_in_json()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var run = Threeml.Run("info", temp.File("src.pha"), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var hdus = doc.RootElement.GetProperty("hdus");
        var spectrum = hdus.EnumerateArray().Single(h => h.GetProperty("extname").GetString() == "SPECTRUM");
        Assert.Contains("CHANNEL", spectrum.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var ogip = doc.RootElement.GetProperty("ogip");
        Assert.Equal("PHA", ogip.GetProperty("kind").GetString());
        Assert.Equal("PHA Type I", ogip.GetProperty("type").GetString());
        Assert.Equal(SyntheticData.Channels, ogip.GetProperty("channels").GetInt32());
        Assert.Equal(100.0, ogip.GetProperty("exposure_s").GetDouble());
        Assert.True(ogip.GetProperty("poisserr").GetBoolean());
        Assert.EndsWith("src_bak.pha", ogip.GetProperty("backfile").GetString());
        Assert.EndsWith("src.rsp", ogip.GetProperty("respfile").GetString());
        Assert.True(ogip.GetProperty("total_counts").GetDouble() > 0);
    }

    [Fact]
    public void Response_summary_as_tables()
    {
        using var temp = new TempFolder();
        var path = SyntheticData.WriteResponse(temp.File("r.rsp"));
        var run = Threeml.Run("info", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("SPECRESP MATRIX", run.Stdout);
        Assert.Contains("OGIP Response", run.Stdout);
        Assert.Contains("SIMDET", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Plain_fits_lists_hdus_without_ogip_summary()
    {
        using var temp = new TempFolder();
        var file = new FitsFile();
        file.Add(ImageHdu.Create(new float[12], 4, 3));
        file.Add(new BinaryTableBuilder("EVENTS").AddColumn("TIME", new double[5]).AddColumn("PI", new int[5]).Build());
        file.Write(temp.File("plain.fits"));
        var run = Threeml.Run("info", temp.File("plain.fits"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = run.Json();
        Assert.False(doc.RootElement.TryGetProperty("ogip", out _));
        var hdus = doc.RootElement.GetProperty("hdus");
        Assert.Equal("4 x 3", hdus[0].GetProperty("dimensions").GetString());
        Assert.Equal("5 rows x 2 columns", hdus[1].GetProperty("dimensions").GetString());
    }

    [Fact]
    public void Results_file_shows_type_measures_and_parameters()
    {
        using var temp = new TempFolder();
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(new BinaryTableBuilder("ANALYSIS_RESULTS")
            .AddColumn("NAME", ["src.spectrum.main.Powerlaw.K", "src.spectrum.main.Powerlaw.index"])
            .AddColumn("VALUE", [0.5, -2.0])
            .AddColumn("NEGATIVE_ERROR", [-0.01, -0.02])
            .AddColumn("POSITIVE_ERROR", [0.01, 0.02])
            .AddColumn("UNIT", ["1 / (cm2 keV s)", ""])
            .SetKeyword("RESUTYPE", "MLE").SetKeyword("MEAS1", "AIC").SetKeyword("MV1", 12.5)
            .Build());
        file.Write(temp.File("results.fits"));
        var run = Threeml.Run("info", temp.File("results.fits"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = run.Json();
        var ogip = doc.RootElement.GetProperty("ogip");
        Assert.Equal("Results", ogip.GetProperty("kind").GetString());
        Assert.Equal("MLE", ogip.GetProperty("resutype").GetString());
        Assert.Equal(12.5, ogip.GetProperty("AIC").GetDouble());
        var index = ogip.GetProperty("parameters")[1];
        Assert.Equal("src.spectrum.main.Powerlaw.index", index.GetProperty("name").GetString());
        Assert.Equal(-2.0, index.GetProperty("value").GetDouble());
        Assert.Equal(0.02, index.GetProperty("positive_error").GetDouble());
    }

    [Fact]
    public void Missing_file_is_one_line_with_exit_code_2()
    {
        var run = Threeml.Run("info", "/nonexistent/spectrum.pha");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("threeml: no such file: '/nonexistent/spectrum.pha'.", run.Stderr.Trim());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Not_a_fits_file_is_an_input_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("notes.fits"), "these are not FITS cards");
        var run = Threeml.Run("info", temp.File("notes.fits"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("threeml: ", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [RequiresSharedDataFact]
    public void Gbm_spectrum_and_response_from_the_shared_data()
    {
        var pha = Threeml.Run("info", SharedData.Path("ogip/bn090217206/bn090217206_n6_srcspectra.pha")!, "--json");
        Assert.True(pha.ExitCode == 0, pha.ToString());
        using (var doc = pha.Json())
        {
            var ogip = doc.RootElement.GetProperty("ogip");
            Assert.Equal(128, ogip.GetProperty("channels").GetInt32());
            Assert.Equal("GBM", ogip.GetProperty("instrument").GetString());
        }

        var rsp = Threeml.Run("info", SharedData.Path("ogip/bn090217206/bn090217206_b1_weightedrsp.rsp")!, "--json");
        Assert.True(rsp.ExitCode == 0, rsp.ToString());
        using var r = JsonDocument.Parse(rsp.Stdout);
        Assert.Equal("Response", r.RootElement.GetProperty("ogip").GetProperty("kind").GetString());
    }

    [RequiresSharedDataFact]
    public void Gbm_rsp2_counts_its_matrices()
    {
        var run = Threeml.Run("info", SharedData.Path("ogip/glg_cspec_n3_bn080916009_v00.rsp2")!, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        Assert.True(doc.RootElement.GetProperty("ogip").GetProperty("matrices").GetInt32() > 1);
    }

    [RequiresSharedDataFact]
    public void Xrt_arf_from_the_shared_data()
    {
        var run = Threeml.Run("info", SharedData.Path("ogip/xrt/xrt.arf")!, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        Assert.Equal("ARF", doc.RootElement.GetProperty("ogip").GetProperty("kind").GetString());
        Assert.Equal("XRT", doc.RootElement.GetProperty("ogip").GetProperty("instrument").GetString());
    }
}
