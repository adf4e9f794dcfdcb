namespace ThreeML.Plotting.Tests;

public class LogTickGeneratorTests
{
    [Theory]
    [InlineData(110.0, 50_000.0, new[] { "10³", "10⁴" })] // the tutorial's BGO channels, 110 keV–50 MeV
    [InlineData(1e-19, 1e-12, new[] { "10⁻¹⁹", "10⁻¹⁸", "10⁻¹⁷", "10⁻¹⁶", "10⁻¹⁵", "10⁻¹⁴", "10⁻¹³", "10⁻¹²" })]
    [InlineData(10.0, 10_000.0, new[] { "10¹", "10²", "10³", "10⁴" })]
    public void Every_decade_in_view_is_labelled_with_a_superscript_power(double min, double max, string[] labels)
    {
        var ticks = LogTickGenerator.Generate(Math.Log10(min), Math.Log10(max));
        Assert.Equal(labels, ticks.Where(t => t.Label.Length > 0).Select(t => t.Label).ToArray());
        Assert.All(ticks.Where(t => t.Label.Length > 0), t => Assert.Equal(0, t.Position - Math.Round(t.Position), 9));
    }

    [Fact]
    public void Minor_ticks_sit_at_2_to_9_times_each_decade()
    {
        var ticks = LogTickGenerator.Generate(0, 2);
        var minor = ticks.Where(t => !t.IsMajor).Select(t => Math.Pow(10, t.Position)).ToArray();
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90], minor.Select(v => Math.Round(v, 9)).ToArray());
    }

    [Theory]
    [InlineData(0.4, 3.0, new[] { "0.5", "1", "2" })]
    [InlineData(0.3, 10.0, new[] { "0.5", "1", "2", "5", "10" })] // XMM-pn, 0.3–10 keV, labelled as XSPEC does
    [InlineData(8.0, 600.0, new[] { "10", "20", "50", "100", "200", "500" })]
    public void Less_than_two_decades_use_plain_numbers_throughout(double min, double max, string[] labels)
    {
        var ticks = LogTickGenerator.Generate(Math.Log10(min), Math.Log10(max));
        Assert.Equal(labels, ticks.Where(t => t.Label.Length > 0).Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Short_ranges_of_very_small_values_keep_the_powers()
    {
        var ticks = LogTickGenerator.Generate(Math.Log10(3e-9), Math.Log10(2e-7));
        Assert.Equal(["10⁻⁸", "10⁻⁷"], ticks.Where(t => t.Label.Length > 0).Select(t => t.Label).ToArray());
    }

    [Fact]
    public void An_empty_or_inverted_range_has_no_ticks()
    {
        Assert.Empty(LogTickGenerator.Generate(2, 2));
        Assert.Empty(LogTickGenerator.Generate(3, 1));
        Assert.Empty(LogTickGenerator.Generate(double.NaN, 1));
    }
}
