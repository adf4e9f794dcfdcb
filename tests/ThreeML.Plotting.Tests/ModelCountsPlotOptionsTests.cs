namespace ThreeML.Plotting.Tests;

public class ModelCountsPlotOptionsTests
{
    public static TheoryData<double> BadRates => [0.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    [Theory]
    [MemberData(nameof(BadRates))]
    public void MinRate_must_be_positive_and_finite(double rate)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ModelCountsPlotOptions { MinRate = rate });
        Assert.Equal("MinRate", e.ParamName);
        Assert.Contains($"MinRate = {rate}", e.Message);
        Assert.Contains("positive, finite", e.Message);
    }

    [Theory]
    [MemberData(nameof(BadRates))]
    public void Every_entry_of_MinRates_must_be_positive_and_finite(double rate)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ModelCountsPlotOptions { MinRates = [10, null, rate] });
        Assert.Equal("MinRates", e.ParamName);
        Assert.Contains($"MinRates[2] = {rate}", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void DataPerPlot_must_be_at_least_one(int perPlot)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ModelCountsPlotOptions { DataPerPlot = perPlot });
        Assert.Equal("DataPerPlot", e.ParamName);
        Assert.Contains($"DataPerPlot = {perPlot}", e.Message);
    }

    [Fact]
    public void Valid_values_are_kept_and_null_means_unset()
    {
        var options = new ModelCountsPlotOptions { MinRate = 1e-99, MinRates = null, DataPerPlot = 1 } with { MinRate = null, MinRates = [null, 3.5] };
        Assert.Null(options.MinRate);
        Assert.Equal([null, 3.5], options.MinRates);
        Assert.Equal(1, options.DataPerPlot);
        Assert.Null(ModelCountsPlotOptions.Default.DataPerPlot);
    }
}
