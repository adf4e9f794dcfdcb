using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class ConfidenceLevelsTests
{
    [Theory]
    [InlineData(0.6826894921, 1, 0.5, 0.5)]
    [InlineData(0.683, 1, 0.5, 0.500642)]
    [InlineData(0.9, 1, 0.5, 1.35277)]
    [InlineData(0.6827, 2, 0.5, 1.14787)]
    [InlineData(0.9, 1, 1.0, 2.70554)]
    [InlineData(0.95, 2, 1.0, 5.99146)]
    public void Delta_is_errordef_times_the_chi2_quantile(double level, int dof, double errorDefinition, double expected)
    {
        // Expected values: scipy.stats.chi2.ppf(level, dof) * errordef.
        Assert.Equal(expected, ConfidenceLevels.DeltaObjectiveFor(level, dof, errorDefinition), 1e-4);
    }

    [Fact]
    public void One_sigma_level_gives_half_for_log_likelihood()
    {
        Assert.Equal(0.682689492, ConfidenceLevels.OneSigma, 1e-9);
        Assert.Equal(0.5, ConfidenceLevels.DeltaObjectiveFor(ConfidenceLevels.OneSigma), 1e-9);
        Assert.Equal(0.954499736, ConfidenceLevels.ForSigmas(2), 1e-9);
    }

    [Fact]
    public void Invalid_arguments_are_named()
    {
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevels.DeltaObjectiveFor(1.0));
        Assert.Contains("confidence level must lie strictly between 0 and 1", level.Message, StringComparison.Ordinal);
        var dof = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevels.DeltaObjectiveFor(0.5, 0));
        Assert.Equal("dof", dof.ParamName);
        var up = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevels.DeltaObjectiveFor(0.5, 1, -1));
        Assert.Contains("error definition must be a positive finite number", up.Message, StringComparison.Ordinal);
        var sigmas = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevels.ForSigmas(0));
        Assert.Contains("number of sigmas must be a positive finite number", sigmas.Message, StringComparison.Ordinal);
    }
}
