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
        // This file was edited after GBM wrote it (3ML's test data) and keeps stale CHECKSUM cards: verified by default, so
        // reading it needs --checksum-warn, and the mismatch is listed.
        var pha = Threeml.Run("info", SharedData.Path("ogip/bn090217206/bn090217206_n6_srcspectra.pha")!, "--json", "--checksum-warn");
        Assert.True(pha.ExitCode == 0, pha.ToString());
        Assert.Contains("HDU 0: CHECKSUM = 'j8eAm8c4j8c9j8c9' does not verify", pha.Stderr, StringComparison.Ordinal);
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

    [RequiresSharedDataFact]
    public void A_checksum_mismatch_is_an_error_naming_file_and_hdu_unless_asked_to_warn()
    {
        var path = SharedData.Path("ogip/ogip_powerlaw.rsp")!;
        var run = Threeml.Run("info", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"threeml: FITS '{path}' HDU 0: CHECKSUM = 'SJOVUGMVSGMVSGMV' does not verify: the HDU sums to 3539391496, expected 4294967295 (-0); the HDU is corrupt. Run with --checksum-warn to read it anyway.",
            run.Stderr.Trim());

        var warned = Threeml.Run("info", path, "--checksum-warn", "--json");
        Assert.Equal(0, warned.ExitCode);
        using var doc = warned.Json();
        var warnings = doc.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(
            $"FITS '{path}' HDU 1 [EBOUNDS]: DATASUM = '1864355577' but the data sum to 1868549945: the data are corrupt. Read anyway (checksum mismatches were asked to be warnings).",
            warnings[1]);
    }

    [RequiresSharedDataFact]
    public void A_pha2_file_with_a_bad_row_is_listed_and_the_row_named_by_its_1_based_spectrum_number()
    {
        // GBM bn080916009 CSPEC: table row 1146 (1-based) has EXPOSURE = -0.01440274.
        var path = SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha")!;
        var run = Threeml.Run("info", path, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"threeml: warning: '{path}' spectrum 1146 left out: EXPOSURE = -0.01440274; expected a positive value.", run.Stderr.Trim());
        using var doc = run.Json();
        var ogip = doc.RootElement.GetProperty("ogip");
        Assert.Equal(1858, ogip.GetProperty("spectra").GetInt32());
        Assert.Equal(1, ogip.GetProperty("spectra_left_out").GetInt32());
        Assert.Single(doc.RootElement.GetProperty("warnings").EnumerateArray());
    }
}
