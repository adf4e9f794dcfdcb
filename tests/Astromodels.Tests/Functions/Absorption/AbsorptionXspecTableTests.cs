using Astromodels.Functions;

namespace Astromodels.Tests.Functions.Absorption;

/// <summary>TbAbs and PhAbs, computed from the published fits, against XSPEC's own tabulated values at all 10 000
/// energies of astromodels' tables (0.1–20 keV).</summary>
/// <remarks>XSPEC reports a bin value: for <c>tbabs</c> the mean of σ at the two bin edges (its <c>photavg</c>), for
/// <c>phabs</c> σ at the bin's midpoint. We compare the same quantity, so the comparison is exact in form and tests
/// only the physics.</remarks>
public class AbsorptionXspecTableTests
{
    public static TheoryData<string, AbundanceTable> TbAbsTables => new()
    {
        { "tbabs_wilm", AbundanceTable.WILM },
        { "tbabs_angr", AbundanceTable.AG89 },
        { "tbabs_aspl", AbundanceTable.ASPL },
    };

    public static TheoryData<string, AbundanceTable> PhAbsTables => new()
    {
        { "phabs_angr", AbundanceTable.AG89 },
        { "phabs_aspl", AbundanceTable.ASPL },
    };

    [Fact]
    public void Table_energies_are_the_geometric_centres_of_log_uniform_bins_from_0p1_to_20_keV()
    {
        var rows = XspecTables.Load("tbabs_wilm");
        for (var i = 0; i < XspecTables.Rows; i++)
        {
            Assert.Equal(1, rows[i].E / Math.Sqrt(XspecTables.Edge(i) * XspecTables.Edge(i + 1)), 6);
        }
    }

    [Theory]
    [MemberData(nameof(TbAbsTables))]
    public void TbAbs_is_within_1_percent_of_XSPEC_except_on_the_O_K_resonances(string table, AbundanceTable abundances)
    {
        var model = new TbAbs(abundanceTable: abundances);
        var rows = XspecTables.Load(table);
        var sumSquares = 0.0;
        var outliers = new List<string>();
        for (var i = 0; i < XspecTables.Rows; i++)
        {
            var ours = 0.5 * (model.CrossSection(XspecTables.Edge(i)) + model.CrossSection(XspecTables.Edge(i + 1)));
            var r = (ours / rows[i].Sigma) - 1;
            sumSquares += r * r;
            if (Math.Abs(r) > 0.01)
            {
                outliers.Add($"{rows[i].E:F4} keV: {r:P2}");
                // The 1s→2p and 1s→σ* resonances of O, 0.527 and 0.54 keV, are a few bins wide: there the
                // tables differ by up to 4 % in single bins (XSPEC's O table version, not the physics).
                Assert.True(rows[i].E is > 0.526 and < 0.548 && Math.Abs(r) < 0.05, $"{table}: σ differs by {r:P2} at {rows[i].E} keV");
            }
        }

        Assert.True(outliers.Count <= 10, $"{table}: {outliers.Count} bins beyond 1 %: {string.Join(", ", outliers)}");
        Assert.True(Math.Sqrt(sumSquares / XspecTables.Rows) < 1e-3, $"{table}: rms deviation {Math.Sqrt(sumSquares / XspecTables.Rows):P3}");
    }

    [Theory]
    [MemberData(nameof(PhAbsTables))]
    public void PhAbs_with_Verner_cross_sections_is_within_0p1_percent_of_XSPEC_everywhere(string table, AbundanceTable abundances)
    {
        var model = new PhAbs(abundanceTable: abundances);
        var rows = XspecTables.Load(table);
        for (var i = 0; i < XspecTables.Rows; i++)
        {
            // XSPEC's gphoto averages the two bin edges too.
            var ours = 0.5 * (model.CrossSection(XspecTables.Edge(i)) + model.CrossSection(XspecTables.Edge(i + 1)));
            Assert.True(Math.Abs((ours / rows[i].Sigma) - 1) < 1e-3, $"{table}: σ = {ours}, XSPEC {rows[i].Sigma} at {rows[i].E} keV");
        }
    }
}
