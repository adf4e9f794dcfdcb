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
}
