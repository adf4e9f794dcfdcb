using Astromodels.Functions;

namespace Astromodels.Tests.Modeling;

/// <summary>The model summary lists the absorbers' abundance tables (and PhAbs' cross-sections), and only then.</summary>
public class ModelDisplayPropertiesTests
{
    [Fact]
    public void Summary_lists_abundance_tables_by_their_model_file_paths()
    {
        var shape = new TbAbs(NH: 0.3, abundanceTable: AbundanceTable.ASPL) * new PhAbs(NH: 0.1) * new Powerlaw();
        var text = new Model(new PointSource("ulx", ra: 1, dec: 2, shape)).ToString(complete: false);
        Assert.Contains("Function properties (3):\n------------------------\n\n", text);
        // Paths longer than 40 characters are shortened as 3ML shortens parameter paths.
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("ulx...abundance_table_1", StringComparison.Ordinal) && l.EndsWith(" ASPL", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ulx...abundance_table_2", StringComparison.Ordinal) && l.EndsWith(" AG89", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ulx...cross_sections_2", StringComparison.Ordinal) && l.EndsWith(" vern", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Function properties", StringComparison.Ordinal) < text.IndexOf("Independent variables", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_paths_are_written_in_full()
    {
        var text = new Model(new PointSource("a", ra: 1, dec: 2, new TbAbs())).ToString(complete: false);
        Assert.Contains(text.Split('\n'), l => l.StartsWith("a.spectrum.main.TbAbs.abundance_table", StringComparison.Ordinal) && l.EndsWith(" WILM", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_of_a_model_without_absorbers_has_no_properties_section()
    {
        var text = new Model(new PointSource("grb", ra: 1, dec: 2, new Powerlaw())).ToString(complete: true);
        Assert.DoesNotContain("Function properties", text);
    }
}
