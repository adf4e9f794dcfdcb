using Astromodels.Functions;
using MathNet.Numerics;
using ThreeML.Tests.Results.Persistence;
using ThreeML.TableModels;
using static ThreeML.Tests.TableModels.XspecTableModelTests;

namespace ThreeML.Tests.TableModels;

/// <summary>ESCALE = T tables (XSPEC's <c>Escale</c> parameter) and REDSHIFT, written here and read back, against
/// closed forms and against XSPEC's own values.</summary>
public class XspecTableEnergyScaleTests
{
    // Sherpa's XSPEC regression test (github:sherpa/sherpa, sherpa/astro/io/tests/test_io_xspec_table_model.py,
    // test_addmodel_resdhift / test_addmodel_escale, run against XSPEC 12.14): an atable of XSPEC's gaussian
    // (LineE 1.6, Sigma 0.1, norm 50) on the bins of numpy.arange(0.1, 2, 0.01); with z = 1 the largest bin is
    // number 69 holding 1.9814928, with Escale = 0.5 the same bin holds twice that.
    private const double XspecRedshiftPeak = 1.9814928;
    private static readonly double[] SherpaEdges = Enumerable.Range(0, 190).Select(i => 0.1 + (0.01 * i)).ToArray();

    private static XspecTableModel GaussianTable(TempFolder folder)
    {
        var path = folder.File("gauss.fits");
        XspecTableWriter.Write(path, "gauss", new Gaussian(F: 50, mu: 1.6, sigma: 0.1),
            [TableParameter.Grid("F", [50.0, 100.0])], SherpaEdges, redshift: true, energyScale: true);
        var table = XspecTableModel.Read(path);
        table["F"].Value = 50; // exactly representable: the grid point itself
        return table;
    }

    // ∫ over [a, b] keV of the line 50·N(1.6, 0.1²), from the error function.
    private static double Line(double a, double b) => 25 * (SpecialFunctions.Erf((b - 1.6) / (0.1 * Math.Sqrt(2))) - SpecialFunctions.Erf((a - 1.6) / (0.1 * Math.Sqrt(2))));

    // The observed bins [0.01 i + 0.1, 0.01 i + 0.11] keV; bins 69 and 70 are mirror images about the shifted line
    // centre, so which is "largest" is rounding (numpy found 69): we check bin 69's value and that none is larger.
    private static double[] Bins(XspecTableModel table)
    {
        var bins = new double[SherpaEdges.Length - 1];
        table.Integrate(SherpaEdges, bins);
        return bins;
    }

    [Fact]
    public void Written_flags_read_back_as_parameters_in_XSPECs_order()
    {
        using var folder = new TempFolder();
        var table = GaussianTable(folder);
        Assert.Equal(["F", "Escale", "redshift", "K"], table.Parameters.Select(p => p.Name));
        Assert.Equal(1, table.EnergyScale!.Value);
        Assert.False(table.EnergyScale.Free);
        Assert.Equal(1e-5, table.EnergyScale.MinValue!.Value);
        Assert.Equal(100, table.EnergyScale.MaxValue!.Value);
        Assert.Equal(0, table.Redshift!.Value);
    }

    [Fact]
    public void Redshift_and_energy_scale_reproduce_XSPEC_on_sherpas_gaussian_table()
    {
        using var folder = new TempFolder();
        var table = GaussianTable(folder);
        Relative(1.991392, table.Integral(1.6, 1.61), 1e-6, "unshifted bin 150 (Sherpa's check of XSPEC's gaussian)");
        table.Redshift!.Value = 1;
        var bins = Bins(table);
        Relative(XspecRedshiftPeak, bins[69], 1e-6, "z = 1, bin 69");
        Assert.True(bins.Max() <= bins[69] * (1 + 1e-6));
        table.Redshift.Value = 0;
        table.EnergyScale!.Value = 0.5;
        bins = Bins(table);
        Relative(2 * XspecRedshiftPeak, bins[69], 1e-6, "Escale = 0.5, bin 69");
        Assert.True(bins.Max() <= bins[69] * (1 + 1e-6));
    }

    [Theory]
    [InlineData(0.5, 0.0, 1.50, 1.70)]
    [InlineData(2.0, 0.0, 1.40, 1.65)]
    [InlineData(1.25, 0.25, 1.55, 1.62)]
    [InlineData(0.8, 1.5, 1.30, 1.90)]
    public void A_scaled_bin_holds_the_lines_photons_over_its_table_energies_divided_by_1_plus_z(double scale, double z, double restLow, double restHigh)
    {
        // Observed bin [s·lo/(1+z), s·hi/(1+z)] reads table energies [lo, hi] (whole table bins), so it holds
        // ∫ over [lo, hi] of the line / (1 + z): XSPEC's rule, checked against the closed form.
        using var folder = new TempFolder();
        var table = GaussianTable(folder);
        table.EnergyScale!.Value = scale;
        table.Redshift!.Value = z;
        var shift = (1 + z) / scale;
        Relative(Line(restLow, restHigh) / (1 + z), table.Integral(restLow / shift, restHigh / shift), 1e-6, $"Escale {scale}, z {z}");
    }

    [Fact]
    public void A_multiplicative_table_is_read_at_the_scaled_energy_without_renormalisation()
    {
        using var folder = new TempFolder();
        var path = folder.File("abs.fits");
        var edges = Enumerable.Range(0, 201).Select(i => 0.1 * Math.Pow(100, i / 200.0)).ToArray();
        XspecTableWriter.Write(path, "abs", new TbAbs(), [TableParameter.Grid("NH", [0.1, 1.0])], edges, TableModelKind.Multiplicative, energyScale: true);
        var scaled = XspecTableModel.Read(path);
        var plain = XspecTableModel.Read(path);
        scaled.EnergyScale!.Value = 2;
        foreach (var e in new[] { 0.3, 0.7, 1.9, 4.4 })
        {
            Assert.Equal(plain.Evaluate(e / 2), scaled.Evaluate(e), 15);
        }
    }
}
