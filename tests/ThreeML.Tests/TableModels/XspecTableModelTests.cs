using Astromodels;
using Astromodels.Functions;
using ThreeML.Tests.Results.Persistence;
using ThreeML.TableModels;

namespace ThreeML.Tests.TableModels;

public class XspecTableModelTests
{
    // 21 indices (step 0.1, linear) × 20 cutoffs (log-spaced 5–500 keV) × 120 log bins over 0.5–200 keV.
    private static readonly double[] Indices = Enumerable.Range(0, 21).Select(i => -2.5 + 0.1 * i).ToArray();
    private static readonly double[] Cutoffs = Enumerable.Range(0, 20).Select(i => 5 * Math.Pow(100, i / 19.0)).ToArray();
    private static readonly double[] Edges = Enumerable.Range(0, 121).Select(i => 0.5 * Math.Pow(400, i / 120.0)).ToArray();

    internal static XspecTableModel Tabulate(TempFolder folder, string name = "cpl.fits")
    {
        var path = folder.File(name);
        XspecTableWriter.Write(path, "cutoffpl", new CutoffPowerlaw(K: 0.1),
            [TableParameter.Grid("index", Indices), TableParameter.Grid("xc", Cutoffs, TableInterpolation.Logarithmic)], Edges);
        return XspecTableModel.Read(path);
    }

    [Fact]
    public void Parameters_come_from_the_parameters_extension()
    {
        using var folder = new TempFolder();
        var table = Tabulate(folder);
        Assert.Equal("cutoffpl", table.Name);
        Assert.Equal(TableModelKind.Additive, table.Kind);
        Assert.Equal(["index", "xc", "K"], table.Parameters.Select(p => p.Name));
        Assert.Equal(Indices[10], table["index"].Value, 6);
        Assert.Equal((float)Cutoffs[10], table["xc"].Value, 3);
        Assert.Equal(-2.5, table["index"].MinValue!.Value, 6);
        Assert.Equal(TableInterpolation.Logarithmic, table.TableParameters[1].Method);
        Assert.True(table.K!.IsNormalization);
        Assert.Null(table.Redshift);
    }

    [Fact]
    public void Grid_points_reproduce_the_tabulated_bin_fluxes()
    {
        using var folder = new TempFolder();
        var table = Tabulate(folder);
        var reference = new CutoffPowerlaw(K: 0.1, index: Indices[7], xc: Cutoffs[3]);
        table["index"].Value = Indices[7];
        table["xc"].Value = Cutoffs[3];
        for (var b = 0; b < 120; b += 17)
        {
            // Single-precision storage (edges and fluxes): 1e-6 relative.
            Relative(reference.Integral(Edges[b], Edges[b + 1]), table.Integral(Edges[b], Edges[b + 1]), 2e-6, $"bin {b}");
        }
    }

    [Theory]
    [InlineData(-1.73, 37.0)]
    [InlineData(-2.05, 8.3)]
    [InlineData(-0.62, 240.0)]
    public void Off_grid_interpolation_is_within_the_linear_interpolation_bound(double index, double xc)
    {
        using var folder = new TempFolder();
        var table = Tabulate(folder);
        table["index"].Value = index;
        table["xc"].Value = xc;
        var truth = new CutoffPowerlaw(K: 0.1, index: index, xc: xc);
        var hIndex = 0.1;
        var hLog = Math.Log(100) / 19;
        for (var b = 0; b < 120; b += 7)
        {
            var e = Math.Sqrt(Edges[b] * Edges[b + 1]);
            var expected = truth.Integral(Edges[b], Edges[b + 1]);
            // Linear-interpolation error ≤ h²/8·|∂²F/∂p²| per direction. For F ≈ ΔE·(E/1 keV)^α·e^(−E/xc): ∂²F/∂α² = ln²E·F,
            // and in u = ln xc, ∂²F/∂u² = (y² − y)·F with y = E/xc; the bound uses the cell's smallest cutoff (largest y).
            var y = e / (xc * Math.Exp(-hLog));
            var bound = (hIndex * hIndex / 8 * Math.Pow(Math.Log(e), 2) + hLog * hLog / 8 * (y * y + y)) * 1.5 + 3e-6;
            Relative(expected, table.Integral(Edges[b], Edges[b + 1]), bound, $"bin {b} at {e:G3} keV");
        }
    }

    [Fact]
    public void Rebinning_onto_another_grid_conserves_the_integral()
    {
        using var folder = new TempFolder();
        var table = Tabulate(folder);
        table["index"].Value = -1.37;
        table["xc"].Value = 61;
        table.K!.Value = 3;
        var total = table.Integral(0.5, 200);
        var other = Enumerable.Range(0, 338).Select(i => 0.3 + 0.7 * i).ToArray(); // straddles the table's bins and ends
        var rebinned = new double[other.Length - 1];
        table.Integrate(other, rebinned);
        Relative(total, rebinned.Sum(), 1e-12, "sum over the new bins");
        var parts = 0.0;
        for (var b = 0; b < 120; b++)
        {
            parts += table.Integral(Edges[b], Edges[b + 1]);
        }

        Relative(total, parts, 1e-12, "sum over the table's own bins");
        Assert.Equal(0, table.Evaluate(0.2));
        Assert.Equal(0, table.Evaluate(300));
    }

    [Fact]
    public void Energy_grid_evaluation_matches_the_span_and_follows_parameter_changes()
    {
        using var folder = new TempFolder();
        var table = Tabulate(folder);
        double[] energies = [0.4, 0.5, 1, 2.5, 10, 99, 199.9, 250];
        var grid = new EnergyGrid(energies);
        var shapes = new ShapeCache();
        var source = new PointSource("table", ra: 0, dec: 0, table);
        var fromGrid = new double[energies.Length];
        var fromSpan = new double[energies.Length];
        foreach (var index in new[] { -1.1, -2.2 })
        {
            table["index"].Value = index;
            source.Evaluate(grid, shapes, fromGrid);
            table.Evaluate(energies, fromSpan);
            Assert.Equal(fromSpan, fromGrid);
        }

        var clone = (XspecTableModel)table.Clone();
        Assert.Equal(-2.2, clone["index"].Value);
        Assert.Equal(table.Evaluate(3), clone.Evaluate(3));
    }

    internal static void Relative(double expected, double actual, double tolerance, string what)
    {
        var error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:G3}, allowed {tolerance:G3})");
    }
}
