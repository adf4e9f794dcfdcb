using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed partial class MigradMinimizerTests
{
    [Theory]
    [InlineData(1234)]
    [InlineData(5678)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Tutorial_like_five_parameter_fit_converges_within_the_call_budget(int seed)
    {
        MinimizationProblem problem = TutorialLikeProblem.Create(seed);

        // Minuit's budget with 3ML's retry loop, as JointLikelihood will run it.
        MinimizationResult result = new MigradMinimizer(new MigradOptions { Iterate = 10 }).Minimize(problem);

        output.WriteLine($"tutorial-like seed {seed}: {result.FunctionCalls} calls incl. Hesse, EDM {result.Edm:G3}, -logL {result.MinimumValue:G10}");
        output.WriteLine("  best " + string.Join(", ", result.BestFit.Select((v, i) => $"{v:G5} ± {result.Errors[i]:G3}")));
        Assert.True(result.IsValid, result.Reason);
        Assert.True(result.HasAccurateCovariance);
        Assert.InRange(result.FunctionCalls, 1, 1300);
        for (int i = 0; i < 5; i++)
        {
            Assert.InRange(result.BestFit[i], TutorialLikeProblem.Truth[i] - (5 * result.Errors[i]), TutorialLikeProblem.Truth[i] + (5 * result.Errors[i]));
        }

        // Restarting from the minimum must not find anything lower: the fit really converged.
        MinimizationResult again = new MigradMinimizer().Minimize(problem.WithStart(result.BestFit.ToArray()));
        Assert.True(again.MinimumValue > result.MinimumValue - (2 * result.EdmGoal));
    }

    [Fact]
    public void Tutorial_like_profile_errors_agree_with_hesse_near_the_minimum()
    {
        MinimizationProblem problem = TutorialLikeProblem.Create(1234);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        for (int i = 0; i < 5; i++)
        {
            AsymmetricError error = ProfileLikelihood.Compute(problem, best, i);

            output.WriteLine($"{error.ParameterName}: {error.Lower.Error:G5} / +{error.Upper.Error:G5} (Hesse ±{best.Errors[i]:G5}), {error.FunctionCalls} calls");
            Assert.True(error.IsValid, error.Lower.Reason ?? error.Upper.Reason);
            Assert.InRange(-error.Lower.Error / best.Errors[i], 0.7, 1.4);
            Assert.InRange(error.Upper.Error / best.Errors[i], 0.7, 1.4);
        }
    }
}
