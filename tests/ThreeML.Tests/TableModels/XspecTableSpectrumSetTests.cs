using Astromodels.Serialization;
using ThreeML.Fits;
using ThreeML.Tests.Results.Persistence;
using ThreeML.TableModels;
using static ThreeML.Tests.TableModels.XspecTableModelTests;

namespace ThreeML.Tests.TableModels;

/// <summary>Tables with several spectra per grid point (NXFLTEXP > 1, chosen by XFXPnnnn expressions).</summary>
public class XspecTableSpectrumSetTests
{
    private static readonly double[] Edges = [1, 2, 3, 4];

    // Two grid points (p = 1, 2) with two spectra each: set "ring: 1" holds p·(1, 2, 3), set "ring: 2" ten times that.
    private static string Write(TempFolder folder, Action<FitsFile>? change = null, bool interleaved = true)
    {
        float[][] rows = interleaved
            ? [[1f], [1f], [2f], [2f]]
            : [[1f], [2f], [1f], [2f]];
        float[][] spectra = interleaved
            ? [[1, 2, 3], [10, 20, 30], [2, 4, 6], [20, 40, 60]]
            : [[1, 2, 3], [2, 4, 6], [10, 20, 30], [20, 40, 60]];
        var file = TableModelFile.Build("rings", TableModelKind.Additive, [TableParameter.Grid("p", [1.0, 2.0])], Edges, rows, spectra);
        file.Primary.Header.Set("NXFLTEXP", 2L);
        file.Primary.Header.Set("XFXP0001", "ring: 1");
        file.Primary.Header.Set("XFXP0002", "ring: 2");
        change?.Invoke(file);
        var path = folder.File("rings.fits");
        file.Write(path);
        return path;
    }

    [Theory]
    [InlineData("ring: 1", 1.0)]
    [InlineData("ring: 2", 10.0)]
    public void The_named_expressions_spectra_are_used(string set, double factor)
    {
        using var folder = new TempFolder();
        var table = XspecTableModel.Read(Write(folder), spectrumSet: set);
        Assert.Equal(["ring: 1", "ring: 2"], table.SpectrumSets);
        Assert.Equal(set, table.SpectrumSet);
        table["p"].Value = 1.5; // halfway between the grid points
        Relative(factor * 1.5 * 3, table.Integral(3, 4), 1e-7, set);
        Relative(factor * 1.5 * 1, table.Integral(1, 2), 1e-7, set);
    }

    [Fact]
    public void Rows_of_a_point_count_in_order_of_appearance_wherever_they_are()
    {
        using var folder = new TempFolder();
        var table = XspecTableModel.Read(Write(folder, interleaved: false), spectrumSet: "ring: 2");
        table["p"].Value = 2;
        Relative(40, table.Integral(2, 3), 1e-7, "p = 2, set 2");
    }

    [Fact]
    public void A_missing_or_unknown_set_lists_the_expressions()
    {
        using var folder = new TempFolder();
        var path = Write(folder);
        var none = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(path));
        Assert.Contains("NXFLTEXP is 2: the table holds 2 spectra per grid point", none.Message);
        Assert.Contains("'ring: 1', 'ring: 2'", none.Message);
        Assert.Equal("NXFLTEXP", none.Keyword);
        var unknown = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(path, spectrumSet: "ring: 3"));
        Assert.Contains("no XFXPnnnn expression is 'ring: 3'", unknown.Message);
        Assert.Throws<FitsFormatException>(() => XspecTableModel.Load("atable", path)); // model files cannot name a set yet
    }

    [Fact]
    public void A_set_asked_of_a_single_spectrum_table_or_a_short_extension_is_reported()
    {
        using var folder = new TempFolder();
        var single = folder.File("single.fits");
        XspecTableWriter.Write(single, "flat", new Astromodels.Functions.Constant(k: 1), [TableParameter.Grid("k", [1.0, 2.0])], Edges);
        var ex = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(single, spectrumSet: "ring: 1"));
        Assert.Contains("one spectrum per grid point", ex.Message);
        var three = Assert.Throws<FitsFormatException>(() => XspecTableModel.Read(Write(folder, f =>
        {
            f.Primary.Header.Set("NXFLTEXP", 3L);
            f.Primary.Header.Set("XFXP0003", "ring: 3");
        }), spectrumSet: "ring: 3"));
        Assert.Contains("2 points × NXFLTEXP = 3 spectra but the extension has 4 rows", three.Message);
        Assert.Equal("SPECTRA", three.HduName);
    }
}
