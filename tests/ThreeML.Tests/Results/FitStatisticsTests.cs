using ThreeML.Results;

namespace ThreeML.Tests.Results;

public sealed class FitStatisticsTests
{
    [Fact]
    public void Plugins_are_found_by_name_and_a_misspelt_name_gets_a_suggestion()
    {
        var s = new FitStatistics([new("n6", 12.5), new("b0", 3.25)], 15.75, binsUsed: 120);
        Assert.Equal(3.25, s["b0"]);
        Assert.Equal(-15.75, s.LogLikelihood);
        Assert.Equal(-12.5, s.Plugins[0].LogLikelihood);
        var e = Assert.Throws<KeyNotFoundException>(() => s["n66"]);
        Assert.Equal("No plugin 'n66' in the statistics. Did you mean 'n6'?", e.Message);
    }

    [Fact]
    public void Equal_contents_are_equal_and_a_negative_bin_count_is_refused()
    {
        Assert.Equal(new FitStatistics([new("a", 1)], 1, 10), new FitStatistics([new("a", 1)], 1, 10));
        Assert.NotEqual(new FitStatistics([new("a", 1)], 1, 10), new FitStatistics([new("a", 1)], 1, null));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FitStatistics([], 0, -1));
        Assert.StartsWith("The number of bins used cannot be negative.", e.Message);
    }
}
