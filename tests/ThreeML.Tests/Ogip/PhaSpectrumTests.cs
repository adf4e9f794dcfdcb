using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Spectra;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Ogip;

public partial class PhaSpectrumTests
{
    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Type_I_gbm_spectrum_reads_counts_keywords_and_resolved_file_names()
    {
        var path = SharedData.Data("ogip/ogip_powerlaw.pha");
        var pha = PhaSpectrum.Read(path);
        var raw = RawFits.Table(path, "SPECTRUM");

        Assert.False(pha.IsTypeII);
        Assert.Equal(128, pha.ChannelCount);
        Assert.Equal(raw.ReadDoubles("COUNTS"), pha.Counts.ToArray());
        Assert.Equal(348, pha.TotalCounts);
        Assert.Equal(200, pha.Exposure);
        Assert.True(pha.IsPoisson);
        Assert.True(pha.CountErrors.IsEmpty);
        Assert.Equal(1, pha.ScaleFactor);
        Assert.Equal(1, pha.FirstChannel);
        Assert.Equal("GLAST", pha.Telescope);
        Assert.Equal("GBM", pha.Instrument);
        Assert.Equal(raw.ReadDoubles("QUALITY").Select(q => (ChannelQuality)(int)q), pha.Quality.ToArray());
        Assert.Equal(128, pha.Grouping.Length);
        var folder = Path.GetDirectoryName(path)!;
        Assert.Equal(Path.Combine(folder, "ogip_powerlaw.rsp"), pha.ResponseFile);
        Assert.Equal(Path.Combine(folder, "ogip_powerlaw_bkg.pha"), pha.BackgroundFile);
        Assert.Null(pha.AncillaryFile);
        Assert.Equal(pha.Counts.ToArray().Select(c => c / 200).ToArray(), pha.Rates);
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.bak")]
    public void Background_file_has_its_own_exposure()
    {
        var bak = PhaSpectrum.Read(SharedData.Data("ogip/ogip_powerlaw.bak"));
        Assert.Equal(5000, bak.Exposure);
        Assert.Null(bak.BackgroundFile);
        Assert.Equal(RawFits.Table(SharedData.Data("ogip/ogip_powerlaw.bak"), "SPECTRUM").ReadDoubles("COUNTS").Sum(), bak.TotalCounts);
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v01.pha")]
    public void Type_II_gbm_cspec_selects_rows_and_reads_the_scalar_quality_and_exposure_columns()
    {
        var path = SharedData.Data("ogip/glg_cspec_n3_bn080916009_v01.pha");
        var raw = RawFits.Table(path, "SPECTRUM");
        var counts = raw.ReadDoubleArrays("COUNTS");
        var exposure = raw.ReadDoubles("EXPOSURE");
        var quality = raw.ReadDoubles("QUALITY");
        var time = raw.ReadDoubles("TIME");

        var fifth = PhaSpectrum.Read(path + "{5}");
        Assert.True(fifth.IsTypeII);
        Assert.Equal(5, fifth.SpectrumNumber);
        Assert.Equal(counts[4], fifth.Counts.ToArray());
        Assert.Equal(exposure[4], fifth.Exposure);
        Assert.Equal(time[4], fifth.TStart);
        Assert.All(fifth.Quality.ToArray(), q => Assert.Equal(quality[4] == 0 ? ChannelQuality.Good : ChannelQuality.Bad, q));
        Assert.Null(fifth.ResponseFile);
        Assert.Null(fifth.BackgroundFile);

        // Row 1145 of this real file has EXPOSURE = -0.0144 s (QUALITY = 1, no counts): strict reading refuses it,
        // the opt-in skip reports it.
        var strict = Assert.Throws<OgipFormatException>(() => PhaSpectrum.ReadAll(path));
        Assert.Equal(("EXPOSURE", 1145L), (strict.Column, strict.Row));
        Assert.Contains("expected a positive value", strict.Message);
        var skipped = new List<OgipFormatException>();
        var all = PhaSpectrum.ReadAll(path, skipped);
        Assert.Equal(1145L, Assert.Single(skipped).Row);
        Assert.Equal(raw.RowCount - 1, all.Count);
        Assert.Equal(counts.Sum(r => r.Sum()), all.Sum(s => s.TotalCounts));
        Assert.Equal(PhaSpectrum.Read(path, 17).Counts.ToArray(), all[16].Counts.ToArray());
        Assert.Equal(1147, all[1145].SpectrumNumber);

        var ex = Assert.Throws<OgipFormatException>(() => PhaSpectrum.Read(path));
        Assert.Contains($"holding {raw.RowCount} spectra", ex.Message);
    }

    [RequiresSharedDataFact("data/ogip/xrt")]
    public void Swift_xrt_spectra_read_with_channel_zero_first_and_tstop_over_telapse()
    {
        foreach (var name in new[] { "xrt_src.pha", "xrt_bkg.pha", "interval0wtsource.pi", "interval0wtback.pi" })
        {
            var path = SharedData.Data("ogip/xrt/" + name);
            var pha = PhaSpectrum.Read(path);
            var spectrum = RawFits.Table(path, "SPECTRUM");
            Assert.Equal(1024, pha.ChannelCount);
            Assert.Equal(0, pha.FirstChannel);
            Assert.Equal(spectrum.ReadDoubles("COUNTS").Sum(), pha.TotalCounts);
            Assert.Equal(spectrum.Header.GetDouble("EXPOSURE"), pha.Exposure);
            Assert.Equal(spectrum.Header.GetDouble("BACKSCAL"), pha.ScaleFactor);
            Assert.Equal(spectrum.Header.GetDouble("TSTOP"), pha.TStop);
            Assert.Equal("SWIFT", pha.Telescope);
        }

        var src = PhaSpectrum.Read(SharedData.Data("ogip/xrt/xrt_src.pha"));
        Assert.Equal(Path.Combine(Path.GetDirectoryName(src.FilePath)!, "swxwt0to2s6_20110101v015.rmf"), src.ResponseFile);
        Assert.EndsWith("test_grb110731.arf", src.AncillaryFile);
    }

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Gbm_type_II_source_and_rate_background_read_with_their_noise_models()
    {
        foreach (var det in new[] { "b1", "n6", "n9" })
        {
            var srcPath = SharedData.Data($"ogip/bn090217206/bn090217206_{det}_srcspectra.pha");
            var bakPath = SharedData.Data($"ogip/bn090217206/bn090217206_{det}_bkgspectra.bak");
            var src = PhaSpectrum.Read(srcPath);
            var bak = PhaSpectrum.Read(bakPath);
            var rawSrc = RawFits.Table(srcPath, "SPECTRUM");
            var rawBak = RawFits.Table(bakPath, "SPECTRUM");

            Assert.True(src.IsPoisson);
            Assert.Equal(rawSrc.ReadDoubleArrays("COUNTS")[0].Sum(), src.TotalCounts);
            Assert.Equal(rawSrc.ReadDoubles("EXPOSURE")[0], src.Exposure);
            Assert.Equal(rawSrc.ReadDoubles("TSTART")[0] + rawSrc.ReadDoubles("TELAPSE")[0], src.TStop);

            Assert.False(bak.IsPoisson);
            Assert.True(bak.StoredAsRate);
            var bakExposure = rawBak.ReadDoubles("EXPOSURE")[0];
            Assert.Equal(bakExposure, bak.Exposure);
            AssertEx.Close(rawBak.ReadDoubleArrays("RATE")[0].Select(r => r * bakExposure).ToArray(), bak.Counts.ToArray(), 1e-12);
            AssertEx.Close(rawBak.ReadDoubleArrays("STAT_ERR")[0].Select(r => r * bakExposure).ToArray(), bak.CountErrors.ToArray(), 1e-12);
        }
    }

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void Poisson_rates_times_exposure_recover_integer_counts()
    {
        var path = SharedData.Data("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha");
        var pha = PhaSpectrum.Read(path);
        var raw = RawFits.Table(path, "SPECTRUM");
        var exposure = raw.ReadDoubles("EXPOSURE")[0];
        Assert.Equal(exposure, pha.Exposure);
        Assert.Equal(raw.ReadDoubles("BACKSCAL")[0], pha.ScaleFactor);
        var expected = raw.ReadDoubleArrays("RATE")[0].Select(r => Math.Round(r * exposure)).ToArray();
        Assert.Equal(expected, pha.Counts.ToArray());
        Assert.All(pha.Counts.ToArray(), c => Assert.Equal(Math.Round(c), c));
    }

    [RequiresSharedDataFact("data")]
    public void Every_shared_ogip_file_reads_without_error()
    {
        var files = Directory.EnumerateFiles(SharedData.Data(""), "*", SearchOption.AllDirectories).ToArray();
        var read = 0;
        foreach (var file in files)
        {
            switch (Path.GetExtension(file).ToLowerInvariant())
            {
                case ".pha" or ".bak" or ".pi":
                    var skipped = new List<OgipFormatException>();
                    foreach (var s in PhaSpectrum.ReadAll(file, skipped))
                    {
                        Assert.True(s.Exposure > 0, file);
                    }

                    // The only invalid spectrum in the shared data: a GBM CSPEC row with a negative exposure.
                    Assert.True(skipped.Count == 0 || (file.EndsWith("glg_cspec_n3_bn080916009_v01.pha") && skipped.Count == 1), file);

                    read++;
                    break;
                case ".rsp" or ".rmf":
                    var arf = Path.ChangeExtension(file, ".arf");
                    var response = OgipResponse.Read(file, File.Exists(arf) ? arf : null);
                    Assert.True(response.EffectiveArea().Sum() > 0, file);
                    read++;
                    break;
                case ".rsp2":
                    Assert.True(OgipResponse.ReadSet(file).Count > 0, file);
                    read++;
                    break;
            }
        }

        Assert.True(read >= 20, $"only {read} OGIP files found under ../shared/data");
    }
}
