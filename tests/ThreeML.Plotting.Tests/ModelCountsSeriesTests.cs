using ScottPlot;
using ThreeML.Plotting.Tests.TestSupport;

namespace ThreeML.Plotting.Tests;

public class ModelCountsSeriesTests
{
    private static readonly Color Red = Color.FromHex("#ff0000");
    private static readonly Color Blue = Color.FromHex("#0000ff");

    public static TheoryData<string, ModelCountsPlotOptions> WrongLengths => new()
    {
        { "MinRates", new ModelCountsPlotOptions { MinRates = [10, 20] } },
        { "MinRates", new ModelCountsPlotOptions { MinRates = [10, 20, 30, 40] } },
        { "ModelLabels", new ModelCountsPlotOptions { ModelLabels = ["a", "b"] } },
        { "BackgroundLabels", new ModelCountsPlotOptions { BackgroundLabels = ["a", "b", "c", "d"] } },
    };

    public static TheoryData<string, string, ModelCountsPlotOptions> BothSet => new()
    {
        { "MinRate", "MinRates", new ModelCountsPlotOptions { MinRate = 5, MinRates = [1, 2, 3] } },
        { "DataColor", "DataColors", new ModelCountsPlotOptions { DataColor = Red, DataColors = [Blue] } },
        { "ModelColor", "ModelColors", new ModelCountsPlotOptions { ModelColor = Red, ModelColors = [Blue] } },
        { "BackgroundColor", "BackgroundColors", new ModelCountsPlotOptions { BackgroundColor = Red, BackgroundColors = [Blue] } },
    };

    [Theory]
    [MemberData(nameof(WrongLengths))]
    public void A_per_plugin_list_must_have_one_entry_per_plugin(string option, ModelCountsPlotOptions options)
    {
        var plugins = ThreePlugins.Create();
        var count = option == "MinRates" ? options.MinRates!.Count : (options.ModelLabels ?? options.BackgroundLabels)!.Count;
        var e = Assert.Throws<ArgumentException>(() => Plots.DisplaySpectrumModelCounts(plugins, options));
        Assert.Equal("options", e.ParamName);
        Assert.Contains($"{option} has {count} entries but there are 3 plugins (n1, n2, n3)", e.Message);
        Assert.Throws<ArgumentException>(() => Plots.DisplaySpectrumModelCountsSplit(plugins, options with { DataPerPlot = 1 }));
    }

    [Theory]
    [MemberData(nameof(BothSet))]
    public void A_single_value_and_its_per_plugin_list_cannot_both_be_set(string single, string list, ModelCountsPlotOptions options)
    {
        var e = Assert.Throws<ArgumentException>(() => ModelCountsSeries.Resolve(ThreePlugins.Create(), options));
        Assert.Contains($"{single} and {list} are both set", e.Message);
    }

    [Fact]
    public void No_plugin_is_an_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Plots.DisplaySpectrumModelCountsSplit([], ModelCountsPlotOptions.Default));
        Assert.Contains("no SpectrumLike plugin", e.Message);
    }

    [Fact]
    public void Defaults_follow_the_tab10_cycle_by_plugin_index_and_name_the_curves_after_the_plugin()
    {
        var series = ModelCountsSeries.Resolve(ThreePlugins.Create(), ModelCountsPlotOptions.Default);
        string[] tab10 = ["#1f77b4", "#ff7f0e", "#2ca02c"];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Color.FromHex(tab10[i]), series[i].DataColor);
            Assert.Equal(series[i].DataColor, series[i].ModelColor);
            Assert.Equal(series[i].DataColor.WithAlpha(0.6), series[i].BackgroundColor);
            Assert.Equal($"n{i + 1} model", series[i].ModelLabel);
            Assert.Equal($"n{i + 1} background", series[i].BackgroundLabel);
            Assert.Null(series[i].MinRate);
        }
    }

    [Fact]
    public void Single_colours_apply_to_every_plugin_and_lists_cycle()
    {
        var options = new ModelCountsPlotOptions { DataColor = Red, ModelColors = [Blue, Red], BackgroundColor = Blue, MinRate = 7 };
        var series = ModelCountsSeries.Resolve(ThreePlugins.Create(), options);
        Assert.All(series, s => Assert.Equal(Red, s.DataColor));
        Assert.Equal([Blue, Red, Blue], series.Select(s => s.ModelColor));
        Assert.All(series, s => Assert.Equal(Blue, s.BackgroundColor));
        Assert.All(series, s => Assert.Equal(7, s.MinRate));
    }

    [Fact]
    public void Per_plugin_rates_and_labels_go_to_their_plugin_in_order()
    {
        var options = new ModelCountsPlotOptions { MinRates = [null, 20, 5], ModelLabels = ["A", "B", "C"], BackgroundLabels = ["a", "b", "c"] };
        var series = ModelCountsSeries.Resolve(ThreePlugins.Create(), options);
        Assert.Equal([null, 20, 5], series.Select(s => s.MinRate));
        Assert.Equal(["A", "B", "C"], series.Select(s => s.ModelLabel));
        Assert.Equal(["a", "b", "c"], series.Select(s => s.BackgroundLabel));
    }
}
