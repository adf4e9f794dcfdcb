using ThreeML.Cli.Analysis;
using ThreeML.Cli.Output;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

/// <summary>The analysis file's count-spectra keys: <c>outputs.min_rate</c> (one rate or one per data set) and
/// <c>outputs.residuals</c>.</summary>
public class CountSpectraOptionsTests
{
    private const string Head = """
base_dir: .
data:
  - name: sim
    observation: src.pha
    selections: ["12-900"]
model:
  file: model.yml
analysis:
  type: mle
outputs:
  plots: [count_spectra]

""";

    [Fact]
    public void One_min_rate_applies_to_every_data_set_and_residuals_default_to_sigma()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var file = AnalysisFileReader.Parse(Head + "  min_rate: 0.5\n", temp.File("a.yml"), temp.Path);
        Assert.Equal(0.5, file.Outputs.MinRate);
        Assert.False(file.Outputs.RatioResiduals);
        var options = PlotOutputs.CountSpectraOptions(file.Outputs, AnalysisDataBuilder.Build(file));
        Assert.Equal([0.5], options.MinRates!);
    }

    [Fact]
    public void Rates_by_data_set_name_and_ratio_residuals()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var file = AnalysisFileReader.Parse(Head + "  min_rate: {sim: 2}\n  residuals: ratio\n", temp.File("a.yml"), temp.Path);
        Assert.Null(file.Outputs.MinRate);
        Assert.Equal(2, file.Outputs.MinRates["sim"]);
        Assert.True(file.Outputs.RatioResiduals);
    }

    [Theory]
    [InlineData("  min_rate: -1\n", "outputs.min_rate is -1: a minimum rate must be a positive number of counts per second.")]
    [InlineData("  min_rate: {sin: 2}\n", "outputs.min_rate names 'sin', which is not a data set (did you mean 'sim'?); data sets: sim.")]
    [InlineData("  min_rate: {sim: 0}\n", "outputs.min_rate.sim is 0: a minimum rate must be a positive number of counts per second.")]
    [InlineData("  min_rate: [1, 2]\n", "outputs.min_rate must be a number, not a list.")]
    [InlineData("  residuals: delchi\n", "outputs.residuals is 'delchi'; choose sigma ((data − model)/σ, XSPEC's delchi) or ratio ((data − model)/model).")]
    public void Bad_values_are_reported_with_their_line_before_anything_runs(string line, string message)
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var e = Assert.Throws<AnalysisFileException>(() => AnalysisFileReader.Parse(Head + line, temp.File("a.yml"), temp.Path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(12, p.Line);
        Assert.Equal(message, p.Message);
    }
}
