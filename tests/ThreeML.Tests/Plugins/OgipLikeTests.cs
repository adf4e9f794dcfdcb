using Astromodels;
using Astromodels.Functions;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Tests.Ogip;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Plugins;

public class OgipLikeTests
{
    private static string Data(string name) => SharedData.Data("ogip/" + name);

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Tutorial_files_give_a_wstat_plugin_with_the_file_exposures_and_counts()
    {
        var plugin = new OgipLike("ogip", Data("ogip_powerlaw.pha"), Data("ogip_powerlaw.bak"), Data("ogip_powerlaw.rsp"));
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw())));

        var rawSrc = RawFits.Table(Data("ogip_powerlaw.pha"), "SPECTRUM");
        var rawBkg = RawFits.Table(Data("ogip_powerlaw.bak"), "SPECTRUM");
        Assert.Equal(ObservationNoise.Poisson, plugin.ObservationNoise);
        Assert.Equal(BackgroundNoise.Poisson, plugin.BackgroundNoise);
        Assert.Equal("wstat", plugin.GetXspecStatistic().Name);
        Assert.Equal(rawSrc.Header.GetDouble("EXPOSURE"), plugin.Observation.Exposure);
        Assert.Equal(200, plugin.Observation.Exposure);
        Assert.Equal(rawBkg.Header.GetDouble("EXPOSURE"), plugin.Background!.Exposure);
        Assert.Equal(5000, plugin.Background.Exposure);
        Assert.Equal(rawSrc.ReadDoubles("COUNTS").Sum(), plugin.Observation.TotalCounts);
        Assert.Equal(348, plugin.Observation.TotalCounts);
        Assert.Equal(rawBkg.ReadDoubles("COUNTS").Sum(), plugin.Background.TotalCounts);
        Assert.Equal(128, plugin.Response.ChannelCount);
        Assert.True(double.IsFinite(plugin.GetLogLike()));

        plugin.SetActiveMeasurements("250-1000", "2000-40000");
        Assert.InRange(plugin.ActiveChannelCount, 1, 127);
        Assert.True(double.IsFinite(plugin.GetLogLike()));
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Response_comes_from_respfile_and_a_missing_backfile_is_named_with_its_resolved_path()
    {
        var ex = Assert.Throws<OgipFormatException>(() => new OgipLike("ogip", Data("ogip_powerlaw.pha")));
        Assert.Equal("BACKFILE", ex.Keyword);
        Assert.Contains(Path.Combine(Path.GetDirectoryName(Data("ogip_powerlaw.pha"))!, "ogip_powerlaw_bkg.pha"), ex.Message);
        Assert.Contains("does not exist", ex.Message);

        var plugin = new OgipLike("ogip", Data("ogip_powerlaw.pha"), background: Data("ogip_powerlaw.bak"));
        Assert.Equal(Data("ogip_powerlaw.rsp"), plugin.Response.Info.SourcePath);

        var noBackground = new OgipLike("ogip", Data("ogip_powerlaw.pha"), background: "none");
        Assert.Null(noBackground.Background);
        Assert.Equal(BackgroundNoise.None, noBackground.BackgroundNoise);
    }

    [RequiresSharedDataFact("data/ogip/xrt/xrt_src.pha")]
    public void Missing_respfile_of_a_swift_spectrum_is_reported_with_the_keyword_and_path()
    {
        var ex = Assert.Throws<OgipFormatException>(() => new OgipLike("xrt", Data("xrt/xrt_src.pha")));
        Assert.Equal("RESPFILE", ex.Keyword);
        Assert.Contains("swxwt0to2s6_20110101v015.rmf", ex.Message);
        Assert.Contains("[SPECTRUM]", ex.Message);
    }

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Gbm_type_II_source_with_gaussian_background_uses_pgstat_and_the_background_exposure()
    {
        var folder = "bn090217206/bn090217206_n6_";
        var plugin = new OgipLike("n6", Data(folder + "srcspectra.pha"), Data(folder + "bkgspectra.bak"), Data(folder + "weightedrsp.rsp"), spectrumNumber: 1);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw())));
        Assert.Equal(BackgroundNoise.Gaussian, plugin.BackgroundNoise);
        Assert.Equal("pgstat", plugin.GetXspecStatistic().Name);
        Assert.Equal(RawFits.Table(Data(folder + "bkgspectra.bak"), "SPECTRUM").ReadDoubles("EXPOSURE")[0], plugin.Background!.Exposure);
        Assert.True(double.IsFinite(plugin.GetLogLike()));
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Object_overload_and_simulation_keep_the_plugin_type()
    {
        var pha = PhaSpectrum.Read(Data("ogip_powerlaw.pha"));
        var bak = PhaSpectrum.Read(Data("ogip_powerlaw.bak"));
        var rsp = OgipResponse.Read(Data("ogip_powerlaw.rsp"));
        var plugin = new OgipLike("obj", pha, rsp, bak);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw())));
        Assert.Equal(5000, plugin.Background!.Exposure);

        var simulated = plugin.GetSimulatedDataset("sim", new Random(5));
        Assert.IsType<OgipLike>(simulated);
        Assert.IsType<OgipLike>(plugin.Clone());
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Response_with_other_channel_count_is_refused_naming_both_files()
    {
        var ex = Assert.Throws<OgipFormatException>(() => new OgipLike("x", Data("ogip_powerlaw.pha"), Data("ogip_powerlaw.bak"), Data("ogip_test_xmm_pn.rmf")));
        Assert.Contains("128 channels", ex.Message);
        Assert.Contains("4096", ex.Message);
        Assert.Contains("ogip_test_xmm_pn.rmf", ex.Message);
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v01.pha")]
    public void Type_II_cspec_row_with_an_rsp2_matrix_selected_by_its_number()
    {
        var plugin = new OgipLike("cspec", Data("glg_cspec_n3_bn080916009_v01.pha"), response: Data("glg_cspec_n3_bn080916009_v00.rsp2{2}"), spectrumNumber: 1147);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw())));
        var raw = RawFits.Table(Data("glg_cspec_n3_bn080916009_v01.pha"), "SPECTRUM");
        Assert.Equal(raw.ReadDoubles("EXPOSURE")[1146], plugin.Observation.Exposure);
        Assert.Equal(raw.ReadDoubleArrays("COUNTS")[1146].Sum(), plugin.Observation.TotalCounts);
        Assert.Equal(BackgroundNoise.None, plugin.BackgroundNoise);
        Assert.Equal(RawFits.MatrixTable(Data("glg_cspec_n3_bn080916009_v00.rsp2"), 2).Header.GetDouble("TSTART"), plugin.Response.Info.CoverageStart);
        Assert.True(double.IsFinite(plugin.GetLogLike()));
    }

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void Type_II_respfile_and_backfile_columns_with_selectors_are_followed()
    {
        var folder = SharedData.Data("gbm_bn080916009_0-10s");
        var plugin = new OgipLike("n3", Path.Combine(folder, "gbm_bn080916009_n3_0-10s.pha"));
        Assert.Equal(Path.Combine(folder, "gbm_bn080916009_n3_0-10s.rsp"), plugin.Response.Info.SourcePath);
        var rawBkg = RawFits.Table(Path.Combine(folder, "gbm_bn080916009_n3_0-10s_bak.pha"), "SPECTRUM");
        Assert.Equal(rawBkg.ReadDoubles("EXPOSURE")[0], plugin.Background!.Exposure);
        Assert.Equal(BackgroundNoise.Gaussian, plugin.BackgroundNoise);
        plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw())));
        Assert.True(double.IsFinite(plugin.GetLogLike()));
    }

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Absolute_respfile_that_does_not_exist_is_named_as_written()
    {
        var path = Data("bn090217206/bn090217206_b1_srcspectra.pha");
        var ex = Assert.Throws<OgipFormatException>(() => new OgipLike("b1", path));
        Assert.Equal(("RESPFILE", path), (ex.Keyword, ex.FilePath));
        Assert.Contains("'/home/giacomov/science/hawc/jointLikelihood/examples/090217206/bn090217206_b1_weightedrsp.rsp'", ex.Message);
        Assert.Contains("does not exist", ex.Message);
    }
}
