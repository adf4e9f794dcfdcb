using ThreeML.Fits;
using ThreeML.Tests.Results.Persistence;
using ThreeML.TableModels;
using static ThreeML.Tests.TableModels.XspecTableModelTests;

namespace ThreeML.Tests.TableModels;

/// <summary>Reading a table written by astropy (Data/make_astropy_table.py), and the errors for malformed tables.</summary>
public class XspecTableFileTests
{
    private static readonly string AstropyTable = Path.Combine(AppContext.BaseDirectory, "TableModels", "Data", "astropy_powerlaw_table.fits");

    // ∫ E^−2 dE over [lo, lo + 1] = 1/lo − 1/(lo + 1), the closed form the file holds for alpha = 2.
    private static double Band2(double lo) => 1 / lo - 1 / (lo + 1);

    [Fact]
    public void Reads_parameters_frozen_flags_additional_parameters_and_redshift()
    {
        var table = XspecTableModel.Read(AstropyTable);
        Assert.Equal("plaw", table.Name);
        Assert.Equal(["alpha", "beta", "line", "redshift", "K"], table.Parameters.Select(p => p.Name));
        Assert.True(table["alpha"].Free);
        Assert.False(table["beta"].Free);
        Assert.Equal(TableInterpolation.Logarithmic, table.TableParameters[1].Method);
        Assert.False(table.Redshift!.Free);
        Assert.Equal(2, table["alpha"].Value);
    }

    [Fact]
    public void Rows_are_placed_by_paramval_and_additional_spectra_add()
    {
        var table = XspecTableModel.Read(AstropyTable);
        Relative(Band2(3), table.Integral(3, 4), 1e-14, "alpha = 2, bin [3, 4]");
        table["line"].Value = 0.5;
        Relative(Band2(5) + 0.5, table.Integral(5, 6), 1e-14, "line in bin [5, 6]");
        table["alpha"].Value = 2.5; // halfway: the mean of the alpha = 2 and 3 bins
        Relative(0.5 * (Band2(1) + 0.5 * (1 - 0.25)), table.Integral(1, 2), 1e-14, "alpha = 2.5, bin [1, 2]");
    }

    [Fact]
    public void Redshift_reads_the_table_at_1_plus_z_times_E_and_divides_the_photons_by_1_plus_z_as_XSPEC()
    {
        // XSPEC: photons in an observed bin = the table's photons over the bin's rest-frame energies / (1 + z).
        var table = XspecTableModel.Read(AstropyTable);
        table.Redshift!.Value = 1;
        table.K!.Value = 4;
        Relative(4 * Band2(3) / 2, table.Integral(1.5, 2), 1e-14, "rest bin [3, 4] observed at [1.5, 2]");
        Assert.Equal(0, table.Evaluate(5.5));
    }

    [Fact]
    public void Not_a_table_model_names_the_keyword()
    {
        using var folder = new TempFolder();
        var path = Mutate(folder, f => f.Primary.Header.Set("HDUCLAS1", "SPECTRUM"));
        var ex = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(path));
        Assert.Contains("HDUCLAS1 is not 'XSPEC TABLE MODEL'", ex.Message);
        Assert.Equal("HDUCLAS1", ex.Keyword);
        Assert.Contains("bad.fits", ex.Message);
    }

    [Fact]
    public void Energy_scale_and_spectrum_set_keywords_are_read()
    {
        using var folder = new TempFolder();
        var scaled = XspecTableModel.Read(Mutate(folder, f => f.Primary.Header.Set("ESCALE", true)));
        Assert.Equal(["alpha", "beta", "line", "Escale", "redshift", "K"], scaled.Parameters.Select(p => p.Name));
        // ESCALE = F is the 1995 layout and reads as before.
        Assert.Null(XspecTableModel.Read(Mutate(folder, f => f.Primary.Header.Set("ESCALE", false))).EnergyScale);
        var several = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(Mutate(folder, f => f.Primary.Header.Set("NXFLTEXP", 3L))));
        Assert.Contains("NXFLTEXP is 3 but XFXP0001 is missing", several.Message);
        Assert.Equal("XFXP0001", several.Keyword);
    }

    [Fact]
    public void A_row_count_that_disagrees_with_nintparm_is_reported()
    {
        using var folder = new TempFolder();
        var path = Mutate(folder, f => f[1].Header.Set("NINTPARM", 3L));
        var ex = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(path));
        Assert.Contains("NINTPARM = 3 and NADDPARM = 1 but the extension has 3 rows", ex.Message);
        Assert.Equal("PARAMETERS", ex.HduName);
    }

    [Fact]
    public void A_missing_column_names_the_extension_and_column()
    {
        var ex = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(Fixture("bad_missing_energ_hi.fits")));
        Assert.Equal("ENERGIES", ex.HduName);
        Assert.Equal("ENERG_HI", ex.Column);
        Assert.Contains("cannot read column ENERG_HI", ex.Message);
    }

    [Fact]
    public void A_spectrum_off_the_grid_names_the_row()
    {
        var ex = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(Fixture("bad_paramval_off_grid.fits")));
        Assert.Equal("SPECTRA", ex.HduName);
        Assert.Equal("PARAMVAL", ex.Column);
        Assert.Equal(2, ex.Row);
        Assert.Contains("PARAMVAL 2.25 of parameter 'alpha' is not one of its VALUE grid points", ex.Message);
    }

    [Fact]
    public void A_grid_that_does_not_increase_names_the_parameter()
    {
        var ex = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(Fixture("bad_value_not_increasing.fits")));
        Assert.Equal("VALUE", ex.Column);
        Assert.Equal(0, ex.Row);
        Assert.Contains("parameter 'alpha': VALUE is not strictly increasing at element 2 (3, 2)", ex.Message);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TableModels", "Data", name);

    private static string Mutate(TempFolder folder, Action<FitsFile> change)
    {
        var file = FitsFile.Read(AstropyTable);
        change(file);
        var path = folder.File("bad.fits");
        file.Write(path);
        return path;
    }
}
