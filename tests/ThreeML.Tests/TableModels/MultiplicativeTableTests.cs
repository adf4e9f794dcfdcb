using Astromodels.Functions;
using ThreeML.Tests.Results.Persistence;
using ThreeML.TableModels;
using static ThreeML.Tests.TableModels.XspecTableModelTests;

namespace ThreeML.Tests.TableModels;

public class MultiplicativeTableTests
{
    private static readonly double[] Cutoffs = [2, 4, 8, 16];
    private static readonly double[] Edges = Enumerable.Range(0, 41).Select(i => 0.5 + 0.25 * i).ToArray();

    private static string Write(TempFolder folder)
    {
        var path = folder.File("transmission.fits");
        XspecTableWriter.Write(path, "trans", new ExponentialCutoff(K: 1), [TableParameter.Grid("xc", Cutoffs, TableInterpolation.Logarithmic)], Edges, TableModelKind.Multiplicative);
        return path;
    }

    [Fact]
    public void Mtable_values_are_bin_averages_and_the_model_is_multiplicative()
    {
        using var folder = new TempFolder();
        var table = XspecTableModel.Read(Write(folder));
        Assert.True(table.IsMultiplicative);
        Assert.Equal(["xc"], table.Parameters.Select(p => p.Name));
        table["xc"].Value = 4;
        // Bin [3, 3.25]: the average of e^(−E/4) is 4 (e^(−3/4) − e^(−3.25/4)) / 0.25.
        Relative(4 * (Math.Exp(-0.75) - Math.Exp(-3.25 / 4)) / 0.25, table.Evaluate(3.1), 1e-6, "bin [3, 3.25]");
        Assert.Equal(0, table.Evaluate(20)); // above the table: HIELIMIT absent, 0
    }

    [Fact]
    public void Etable_is_the_exponential_of_minus_the_value()
    {
        using var folder = new TempFolder();
        var path = Write(folder);
        var m = XspecTableModel.Read(path);
        var e = XspecTableModel.Read(path, exponential: true);
        Assert.Equal(TableModelKind.Exponential, e.Kind);
        m["xc"].Value = e["xc"].Value = 8;
        Relative(Math.Exp(-m.Evaluate(5.6)), e.Evaluate(5.6), 1e-15, "etable");
    }
}
