using ThreeML.Ogip;

namespace ThreeML.Tests.Ogip;

public sealed partial class OgipFormatExceptionTests
{
    private const string Sm = "SPECRESP MATRIX";

    private string Rsp(SyntheticRsp rsp, string name = "bad.rsp") => rsp.Write(_folder.File(name));

    [Fact]
    public void Non_contiguous_energy_grid_names_the_column_and_row()
    {
        var rsp = new SyntheticRsp();
        rsp.EnergyLo[4] += 0.1;
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, Sm, column: "ENERG_LO", row: 4, expected: ["= 5.1 keV", "previous ENERG_HI = 5 keV", "contiguous"]);
    }

    [Fact]
    public void Non_contiguous_ebounds_names_the_column_and_row()
    {
        var rsp = new SyntheticRsp();
        rsp.EMin[6] -= 0.5;
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, "EBOUNDS", column: "E_MIN", row: 6, expected: ["contiguous"]);
    }

    [Fact]
    public void Arf_with_another_number_of_rows_names_both_files_like_the_design_example()
    {
        var path = Rsp(new SyntheticRsp(), "x.rmf");
        var arf = SyntheticRsp.WriteArf(_folder.File("x.arf"), [.. Enumerable.Range(1, 11).Select(i => (double)i)], [.. Enumerable.Range(2, 11).Select(i => (double)i)]);
        AssertOgip(() => OgipResponse.Read(path, arf), arf, "SPECRESP",
            expected: [$"RMF '{path}' [{Sm}] has 10 energy bins but ARF '{arf}' [SPECRESP] has 11 rows"]);
    }

    [Fact]
    public void Arf_grid_more_than_one_percent_off_names_the_edge()
    {
        var path = Rsp(new SyntheticRsp(), "x.rmf");
        var lo = Enumerable.Range(0, 10).Select(i => 1.0 + i).ToArray();
        var hi = Enumerable.Range(0, 10).Select(i => 2.0 + i).ToArray();
        lo[3] = 4.1;
        hi[2] = 4.1;
        var arf = SyntheticRsp.WriteArf(_folder.File("x.arf"), lo, hi);
        AssertOgip(() => OgipResponse.Read(path, arf), arf, "SPECRESP", column: "ENERG_LO", row: 3, expected: ["more than 1 %", path]);
    }

    [Fact]
    public void F_chan_beyond_detchans_names_the_row_and_the_legal_channels()
    {
        var rsp = new SyntheticRsp();
        rsp.FChan[9] = [8];
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, Sm, column: "F_CHAN", row: 9, expected: ["channels 8..9", "expected channels within 1..8"]);
    }

    [Fact]
    public void N_grp_larger_than_the_groups_stored_is_refused()
    {
        var rsp = new SyntheticRsp();
        rsp.NGrp[2] = 2;
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, Sm, column: "N_GRP", row: 2, expected: ["= 2 but F_CHAN holds 1", "expected at least N_GRP"]);
    }

    [Fact]
    public void N_chan_longer_than_the_matrix_row_is_refused()
    {
        var rsp = new SyntheticRsp();
        rsp.NChan[5] = [3];
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, Sm, column: "MATRIX", row: 5, expected: ["holds 2 values", "add up to 3"]);
    }

    [Fact]
    public void Matrix_run_longer_than_n_chan_is_refused()
    {
        var rsp = new SyntheticRsp();
        rsp.Matrix[7] = [1, 2, 3];
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, Sm, column: "MATRIX", row: 7, expected: ["holds 3 values", "add up to 2", "exactly the sum of N_CHAN"]);
    }

    [Fact]
    public void Missing_matrix_extension_lists_what_is_there()
    {
        var path = Rsp(new SyntheticRsp { IncludeMatrix = false });
        var ex = Assert.Throws<OgipFormatException>(() => OgipResponse.Read(path));
        Assert.Equal(path, ex.FilePath);
        Assert.Equal("EXTNAME", ex.Keyword);
        Assert.Contains("no MATRIX or SPECRESP MATRIX extension", ex.Message);
        Assert.Contains("EBOUNDS", ex.Message);
    }

    [Fact]
    public void Missing_ebounds_is_named()
    {
        var path = Rsp(new SyntheticRsp { IncludeEbounds = false });
        AssertOgip(() => OgipResponse.Read(path), path, "EBOUNDS", keyword: "EXTNAME", expected: ["has no EBOUNDS extension"]);
    }

    [Fact]
    public void Detchans_different_from_ebounds_is_refused()
    {
        var rsp = new SyntheticRsp();
        rsp.Keywords["DETCHANS"] = 9L;
        var path = Rsp(rsp);
        AssertOgip(() => OgipResponse.Read(path), path, Sm, keyword: "DETCHANS", expected: ["= 9 but EBOUNDS has 8 channels"]);
    }

    [Fact]
    public void Unknown_energy_unit_is_refused()
    {
        var path = Rsp(new SyntheticRsp { EnergyUnit = "erg" });
        AssertOgip(() => OgipResponse.Read(path), path, "EBOUNDS", column: "E_MIN", expected: ["'erg'", "eV, keV, MeV or GeV"]);
    }

    [Fact]
    public void Selector_beyond_the_matrices_is_refused()
    {
        var path = Rsp(new SyntheticRsp());
        AssertOgip(() => OgipResponse.Read(path + "{2}"), path, Sm, keyword: "EXTVER", expected: ["matrix 2", "1 MATRIX/SPECRESP MATRIX extension(s)"]);
    }

    [Fact]
    public void Rsp2_matrix_without_tstart_is_refused()
    {
        var rsp = new SyntheticRsp();
        rsp.Keywords.Remove("TSTART");
        var path = Rsp(rsp, "x.rsp2");
        AssertOgip(() => OgipResponse.ReadSet(path), path, Sm, keyword: "TSTART", expected: ["coverage TSTART/TSTOP"]);
    }

    [Fact]
    public void Rsp2_with_a_gap_between_matrices_is_refused()
    {
        var rsp = new SyntheticRsp();
        var file = rsp.ToFits();
        rsp.Keywords["TSTART"] = 120.0;
        rsp.Keywords["TSTOP"] = 130.0;
        file.Add(rsp.MatrixHdu(extVer: 2));
        var path = _folder.File("gap.rsp2");
        file.Write(path);
        AssertOgip(() => OgipResponse.ReadSet(path, halfShifted: false), path, Sm, keyword: "TSTART", expected: ["starts at 120", "ends at 110", "contiguous"]);
        Assert.Equal(2, OgipResponse.ReadSet(path).Count);
    }
}
