using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class GlobalOptionsTests
{
    [Fact]
    public void Invalid_settings_are_refused_with_what_was_expected()
    {
        var points = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { ScreeningPointsPerParameter = 0 });
        Assert.StartsWith("ScreeningPointsPerParameter must be positive.", points.Message, StringComparison.Ordinal);
        var starts = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { StartsPerRound = -1 });
        Assert.StartsWith("StartsPerRound must be positive.", starts.Message, StringComparison.Ordinal);
        var rounds = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { MaxRounds = -1 });
        Assert.StartsWith("MaxRounds must be zero or positive.", rounds.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_rounds_is_the_single_fit_from_the_start()
    {
        // Himmelblau's function has four minima of value 0; from (0, 0) a local fit reaches exactly one of them.
        var problem = new MinimizationProblem(TestProblems.Himmelblau(), [new FitParameterSpec("x", 0, 0.5, -6, 6), new FitParameterSpec("y", 0, 0.5, -6, 6)], errorDefinition: 1);
        var result = new GlobalMinimizer(new GlobalOptions { MaxRounds = 0 }).Minimize(problem);
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(0, result.MinimumValue, 1e-6);
        Assert.Single(result.LocalMinima);
    }

    [Fact]
    public void Default_search_lists_several_of_Himmelblaus_four_equal_minima()
    {
        var problem = new MinimizationProblem(TestProblems.Himmelblau(), [new FitParameterSpec("x", 0, 0.5, -6, 6), new FitParameterSpec("y", 0, 0.5, -6, 6)], errorDefinition: 1);
        var result = new GlobalMinimizer().Minimize(problem);
        Assert.True(result.IsValid, result.Reason);
        Assert.True(result.LocalMinima.Count >= 2, $"{result.LocalMinima.Count} minima");
        Assert.All(result.LocalMinima, m => Assert.Equal(0, m.Value, 1e-5));
    }
}
