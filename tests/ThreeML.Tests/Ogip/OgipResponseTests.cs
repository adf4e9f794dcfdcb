using ThreeML.Ogip;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Ogip;

public partial class OgipResponseTests
{
    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.rsp")]
    public void Gbm_bgo_demo_response_has_the_3ml_shape_and_raw_matrix_sum()
    {
        var path = SharedData.Data("ogip/ogip_powerlaw.rsp");
        var response = OgipResponse.Read(path);

        Assert.Equal(128, response.ChannelCount);
        Assert.Equal(140, response.EnergyBinCount);
        var ebounds = RawFits.Table(path, "EBOUNDS");
        var eMin = ebounds.ReadDoubles("E_MIN");
        var eMax = ebounds.ReadDoubles("E_MAX");
        Assert.Equal(eMin[0], response.ChannelEdges[0]);
        Assert.Equal(eMax[^1], response.ChannelEdges[^1]);
        Assert.InRange(response.ChannelEdges[0], 114, 115);
        Assert.InRange(response.ChannelEdges[^1], 4.5e4, 5.5e4);
        Assert.InRange(response.EnergyEdges[0], 99, 101);
        Assert.InRange(response.EnergyEdges[^1], 1.9e5, 2.1e5);

        var matrix = RawFits.MatrixTable(path);
        var total = response.EffectiveArea().Sum();
        Assert.Equal(RawFits.MatrixSum(matrix), total, 1e-9 * total);
        Assert.Equal("GLAST", response.Info.Telescope);
        Assert.Equal("GBM", response.Info.Instrument);
        Assert.Equal(333803371.953984, response.Info.CoverageStart);
        Assert.Equal(333803381.953984, response.Info.CoverageStop);
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.rsp")]
    public void Fold_of_a_real_matrix_equals_the_dense_product_of_the_raw_columns()
    {
        var path = SharedData.Data("ogip/ogip_powerlaw.rsp");
        var response = OgipResponse.Read(path);
        var dense = RawFits.DenseMatrix(RawFits.MatrixTable(path), 128, tlmin: 1);
        var random = new Random(3);
        var photons = Enumerable.Range(0, 140).Select(_ => random.NextDouble()).ToArray();

        var expected = new double[128];
        for (var j = 0; j < 140; j++)
        {
            for (var c = 0; c < 128; c++)
            {
                expected[c] += dense[j, c] * photons[j];
            }
        }

        var folded = new double[128];
        response.Fold(photons, folded);
        AssertEx.Close(expected, folded, 1e-12);
    }

    [RequiresSharedDataFact("data/ogip/ogip_test_xmm_pn.rmf")]
    public void Xmm_rmf_with_arf_multiplies_the_effective_area_into_every_energy_bin()
    {
        var rmfPath = SharedData.Data("ogip/ogip_test_xmm_pn.rmf");
        var arfPath = SharedData.Data("ogip/ogip_test_xmm_pn.arf");
        var rmf = OgipResponse.Read(rmfPath);
        var rsp = OgipResponse.Read(rmfPath, arfPath);

        Assert.Equal(4096, rmf.ChannelCount);
        Assert.Equal(2067, rmf.EnergyBinCount);
        Assert.Equal("XMM", rmf.Info.Telescope);
        Assert.Equal("EPN", rmf.Info.Instrument);
        var raw = RawFits.MatrixTable(rmfPath);
        var arf = RawFits.Table(arfPath, "SPECRESP").ReadDoubles("SPECRESP");
        var rmfTotal = rmf.EffectiveArea().Sum();
        Assert.Equal(RawFits.MatrixSum(raw), rmfTotal, 1e-9 * rmfTotal);
        var rspTotal = rsp.EffectiveArea().Sum();
        Assert.Equal(RawFits.MatrixSum(raw, arf), rspTotal, 1e-9 * rspTotal);
        Assert.Equal(0, raw.Header.GetInt32("TLMIN4"));
        foreach (var j in new[] { 0, 700, 1400, 2066 })
        {
            var expected = RawFits.MatrixRow(raw, j, 4096, tlmin: 0);
            for (var c = 0; c < 4096; c++)
            {
                Assert.Equal(expected[c], rmf[j, c]);
            }
        }

        var rmfArea = rmf.EffectiveArea();
        var rspArea = rsp.EffectiveArea();
        for (var j = 0; j < rmfArea.Length; j += 97)
        {
            Assert.Equal(rmfArea[j] * arf[j], rspArea[j], 1e-9 * Math.Max(1, rspArea[j]));
        }
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v07.rsp")]
    public void Gbm_nai_response_with_variable_length_groups_matches_the_raw_columns()
    {
        var path = SharedData.Data("ogip/glg_cspec_n3_bn080916009_v07.rsp");
        var response = OgipResponse.Read(path);
        Assert.Equal(128, response.ChannelCount);
        Assert.Equal(140, response.EnergyBinCount);
        var raw = RawFits.MatrixTable(path);
        var dense = RawFits.DenseMatrix(raw, 128, tlmin: 1);
        var mine = response.ToDenseMatrix();
        for (var j = 0; j < 140; j++)
        {
            for (var c = 0; c < 128; c++)
            {
                Assert.Equal(dense[j, c], mine[j, c]);
            }
        }
    }

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Every_gbm_weighted_response_reads_with_its_raw_matrix_sum()
    {
        foreach (var det in new[] { "b1", "n6", "n9" })
        {
            var path = SharedData.Data($"ogip/bn090217206/bn090217206_{det}_weightedrsp.rsp");
            var response = OgipResponse.Read(path);
            Assert.Equal(128, response.ChannelCount);
            Assert.Equal(140, response.EnergyBinCount);
            var total = response.EffectiveArea().Sum();
            Assert.Equal(RawFits.MatrixSum(RawFits.MatrixTable(path)), total, 1e-9 * total);
        }
    }

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.rsp")]
    public void Gbm_interval_response_reads_with_its_raw_matrix_sum()
    {
        var path = SharedData.Data("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.rsp");
        var response = OgipResponse.Read(path);
        Assert.Equal(128, response.ChannelCount);
        var total = response.EffectiveArea().Sum();
        Assert.Equal(RawFits.MatrixSum(RawFits.MatrixTable(path)), total, 1e-9 * total);
        Assert.Equal("GBM_NAI_03", response.Info.Instrument);
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Rsp2_selector_reads_the_matrix_with_that_extver()
    {
        var path = SharedData.Data("ogip/glg_cspec_n3_bn080916009_v00.rsp2");
        var second = OgipResponse.Read(path + "{2}");
        var raw = RawFits.MatrixTable(path, 2);
        var total = second.EffectiveArea().Sum();
        Assert.Equal(RawFits.MatrixSum(raw), total, 1e-9 * total);
        Assert.Equal(raw.Header.GetDouble("TSTART"), second.Info.CoverageStart);
        var ex = Assert.Throws<OgipFormatException>(() => OgipResponse.Read(path + "{4}"));
        Assert.Contains("matrix 4", ex.Message);
        Assert.Contains("3 MATRIX/SPECRESP MATRIX", ex.Message);
    }

    [RequiresSharedDataFact("data/ogip/xrt/xrt.arf")]
    public void Real_arf_on_another_grid_is_refused_naming_both_files_and_counts()
    {
        var rmf = SharedData.Data("ogip/ogip_test_xmm_pn.rmf");
        var arf = SharedData.Data("ogip/xrt/xrt.arf");
        var ex = Assert.Throws<OgipFormatException>(() => OgipResponse.Read(rmf, arf));
        Assert.Equal((arf, "SPECRESP"), (ex.FilePath, ex.Extension));
        Assert.Contains($"RMF '{rmf}' [MATRIX] has 2067 energy bins but ARF '{arf}' [SPECRESP] has 2400 rows", ex.Message);
    }
}
