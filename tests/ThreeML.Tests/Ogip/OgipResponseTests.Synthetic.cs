using ThreeML.Ogip;

namespace ThreeML.Tests.Ogip;

public partial class OgipResponseTests
{
    [Fact]
    public void Synthetic_matrix_decompresses_to_the_groups_written()
    {
        using var folder = new TempFolder();
        var rsp = new SyntheticRsp();
        var response = OgipResponse.Read(rsp.Write(folder.File("a.rsp")));
        for (var j = 0; j < SyntheticRsp.Bins; j++)
        {
            var first = rsp.FChan[j][0] - 1;
            Assert.Equal(rsp.Matrix[j][0], response[j, first]);
            Assert.Equal(rsp.Matrix[j][1], response[j, first + 1]);
        }

        Assert.Equal(rsp.EnergyLo.Append(rsp.EnergyHi[^1]), response.EnergyEdges.ToArray());
        Assert.Equal(rsp.EMin.Append(rsp.EMax[^1]), response.ChannelEdges.ToArray());
        Assert.Equal(("TEST", "DET", 100.0, 110.0), (response.Info.Telescope, response.Info.Instrument, response.Info.CoverageStart, response.Info.CoverageStop));
    }

    [Fact]
    public void Scalar_and_fixed_columns_give_the_same_matrix_as_variable_length_ones()
    {
        using var folder = new TempFolder();
        var variable = OgipResponse.Read(new SyntheticRsp().Write(folder.File("v.rsp")));
        var fixedWidth = OgipResponse.Read(new SyntheticRsp { VariableLength = false, MatrixName = "MATRIX" }.Write(folder.File("f.rmf")));
        Assert.Equal(variable.ToDenseMatrix(), fixedWidth.ToDenseMatrix());
    }

    [Fact]
    public void Tlmin_zero_shifts_channels_down_by_one()
    {
        using var folder = new TempFolder();
        var rsp = new SyntheticRsp();
        rsp.Keywords["TLMIN4"] = 0L;
        rsp.FChan = rsp.FChan.Select(f => new[] { f[0] - 1 }).ToArray();
        var zeroBased = OgipResponse.Read(rsp.Write(folder.File("z.rsp")));
        var oneBased = OgipResponse.Read(new SyntheticRsp().Write(folder.File("o.rsp")));
        Assert.Equal(oneBased.ToDenseMatrix(), zeroBased.ToDenseMatrix());
    }

    [Fact]
    public void Missing_tlmin_defaults_to_one_as_3ml()
    {
        using var folder = new TempFolder();
        var rsp = new SyntheticRsp();
        rsp.Keywords.Remove("TLMIN4");
        var response = OgipResponse.Read(rsp.Write(folder.File("n.rsp")));
        Assert.Equal(rsp.Matrix[0][0], response[0, 0]);
    }

    [Fact]
    public void Energies_in_ev_are_converted_to_kev()
    {
        using var folder = new TempFolder();
        var rsp = new SyntheticRsp { EnergyUnit = "eV" };
        rsp.EnergyLo = rsp.EnergyLo.Select(e => e * 1000).ToArray();
        rsp.EnergyHi = rsp.EnergyHi.Select(e => e * 1000).ToArray();
        rsp.EMin = rsp.EMin.Select(e => e * 1000).ToArray();
        rsp.EMax = rsp.EMax.Select(e => e * 1000).ToArray();
        var response = OgipResponse.Read(rsp.Write(folder.File("ev.rsp")));
        Assert.Equal(1.0, response.EnergyEdges[0], 12);
        Assert.Equal(11.0, response.EnergyEdges[^1], 12);
        Assert.Equal(1.0, response.ChannelEdges[0], 12);
    }

    [Fact]
    public void Arf_multiplies_each_energy_bin()
    {
        using var folder = new TempFolder();
        var rsp = new SyntheticRsp { MatrixName = "MATRIX" };
        var rmf = rsp.Write(folder.File("a.rmf"));
        var arf = SyntheticRsp.WriteArf(folder.File("a.arf"), rsp.EnergyLo, rsp.EnergyHi);
        var plain = OgipResponse.Read(rmf);
        var withArf = OgipResponse.Read(rmf, arf);
        var none = OgipResponse.Read(rmf, "none");
        for (var j = 0; j < SyntheticRsp.Bins; j++)
        {
            Assert.Equal(plain.EffectiveArea()[j] * (100 + j), withArf.EffectiveArea()[j], 9);
        }

        Assert.Equal(plain.ToDenseMatrix(), none.ToDenseMatrix());
    }

    [Fact]
    public void Malformed_selector_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => OgipResponse.Read("x.rsp{abc}"));
        Assert.Throws<ArgumentException>(() => OgipResponse.Read("x.rsp{0}"));
        Assert.Throws<ArgumentException>(() => PhaSpectrum.Read("x.pha{}"));
    }

    [Fact]
    public void Braces_inside_a_folder_name_are_not_a_selector()
    {
        using var folder = new TempFolder();
        var sub = Directory.CreateDirectory(folder.File("run{3}")).FullName;
        var response = OgipResponse.Read(new SyntheticRsp().Write(Path.Combine(sub, "a.rsp")));
        Assert.Equal(SyntheticRsp.Bins, response.EnergyBinCount);
    }
}
