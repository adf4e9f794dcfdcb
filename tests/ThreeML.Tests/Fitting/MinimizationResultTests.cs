using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class MinimizationResultTests
{
    [Fact]
    public void Summary_shows_the_verdict_the_checks_and_the_parameters()
    {
        var result = new MinimizationResult
        {
            ParameterNames = ["K", "index"],
            BestFit = [1.5, -2.0],
            Errors = [0.25, 0.0],
            MinimumValue = 12.5,
            Edm = 3e-6,
            EdmGoal = 1e-4,
            IsValid = true,
            FunctionCalls = 57,
            HasReachedCallLimit = false,
            IsAboveMaxEdm = false,
            ParametersAtLimit = ["index"],
            Covariance = new double[,] { { 0.0625, 0 }, { 0, 0 } },
            HasAccurateCovariance = true,
            HasPositiveDefiniteHessian = true,
            Elapsed = TimeSpan.FromMilliseconds(1),
        };

        string expected = string.Join(Environment.NewLine,
            "Valid minimum: f = 12.5, EDM = 3E-06 (goal 0.0001), 57 calls",
            "  [x] below max EDM, [x] below call limit, [ ] no parameters at limit, [x] Hessian positive definite, [x] covariance accurate",
            "  K                 1.5 ± 0.25",
            "  index              -2 ± 0  at limit",
            string.Empty);
        Assert.Equal(expected, result.ToString());
        Assert.Equal(1.0, result.Correlation![0, 0]);
    }

    [Fact]
    public void Summary_of_an_invalid_fit_gives_the_reason()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        string text = new MigradMinimizer(new MigradOptions { MaxFunctionCalls = 20 }).Minimize(problem).ToString();

        Assert.StartsWith("INVALID minimum: f = ", text, StringComparison.Ordinal);
        Assert.Contains(Environment.NewLine + "  the call limit of 20 was reached", text, StringComparison.Ordinal);
        Assert.Contains("[ ] below call limit", text, StringComparison.Ordinal);
    }
}
