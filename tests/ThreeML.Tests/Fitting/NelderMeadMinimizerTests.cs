using ThreeML.Fitting;
using Xunit.Abstractions;

namespace ThreeML.Tests.Fitting;

public sealed class NelderMeadMinimizerTests(ITestOutputHelper output)
{
    [Fact]
    public void Rosenbrock_2d_from_standard_start_converges_to_ones()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        MinimizationResult result = new NelderMeadMinimizer(new NelderMeadOptions { Tolerance = 1e-7 }).Minimize(problem);

        output.WriteLine($"Nelder-Mead Rosenbrock 2-D: {result.FunctionCalls} calls, EDM {result.Edm:G3}");
        Assert.True(result.IsValid, result.Reason);
        Assert.All(result.BestFit, v => Assert.Equal(1.0, v, 1e-4));
    }

    [Fact]
    public void Rosenbrock_5d_from_standard_start_converges_to_ones()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(5), TestProblems.RosenbrockStart(5), 1);

        MinimizationResult result = new NelderMeadMinimizer(new NelderMeadOptions { Tolerance = 1e-7, MaxFunctionCalls = 20000 }).Minimize(problem);

        output.WriteLine($"Nelder-Mead Rosenbrock 5-D: {result.FunctionCalls} calls, EDM {result.Edm:G3}");
        Assert.True(result.IsValid, result.Reason);
        Assert.All(result.BestFit, v => Assert.Equal(1.0, v, 1e-4));
    }

    [Fact]
    public void Correlated_gaussian_gives_its_mean_and_covariance()
    {
        double[,] c = TestProblems.Covariance(4, 5);
        double[] mean = [1, -1, 2, 0];
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));

        MinimizationResult result = new NelderMeadMinimizer(new NelderMeadOptions { Tolerance = 1e-3 }).Minimize(problem);

        output.WriteLine($"Nelder-Mead Gaussian 4-D: {result.FunctionCalls} calls");
        Assert.True(result.IsValid, result.Reason);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(mean[i], result.BestFit[i], 0.01);
            Assert.Equal(c[i, i], result.Covariance![i, i], 1e-4 * c[i, i]);
        }
    }

    [Fact]
    public void Poisson_constant_rate_gives_the_mean()
    {
        int[] counts = [3, 7, 4, 6, 5, 9, 2, 5, 4, 6];
        var problem = new MinimizationProblem(TestProblems.PoissonConstant(counts), [new FitParameterSpec("rate", 1.0, 0.5, Lower: 0)]);

        MinimizationResult result = new NelderMeadMinimizer(new NelderMeadOptions { Tolerance = 1e-4 }).Minimize(problem);

        output.WriteLine($"Nelder-Mead Poisson rate: {result.FunctionCalls} calls");
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(5.1, result.BestFit[0], 1e-3);
        Assert.Equal(Math.Sqrt(0.51), result.Errors[0], 1e-3);
    }

    [Fact]
    public void Minimum_on_a_bound_is_reported_at_limit()
    {
        var problem = new MinimizationProblem(new FunctionObjective(1, x => Math.Pow(x[0] - 2, 2)), [new FitParameterSpec("x", 0, 0.1, -1, 1)], 1);

        MinimizationResult result = new NelderMeadMinimizer().Minimize(problem);

        Assert.Equal(1.0, result.BestFit[0], 1e-3);
        Assert.Equal(["x"], result.ParametersAtLimit);
    }

    [Fact]
    public void Call_limit_gives_an_invalid_result_with_a_reason()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        MinimizationResult result = new NelderMeadMinimizer(new NelderMeadOptions { MaxFunctionCalls = 20 }).Minimize(problem);

        Assert.False(result.IsValid);
        Assert.True(result.HasReachedCallLimit);
        Assert.Contains("call limit of 20 was reached", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_covariance_the_result_has_none()
    {
        var problem = new MinimizationProblem(TestProblems.Himmelblau(), [new FitParameterSpec("x", 2.5, 0.2), new FitParameterSpec("y", 2.5, 0.2)], 1);

        MinimizationResult result = new NelderMeadMinimizer(new NelderMeadOptions { ComputeCovariance = false, Tolerance = 1e-4 }).Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Null(result.Covariance);
        Assert.False(result.HasAccurateCovariance);
        Assert.Equal(3.0, result.BestFit[0], 1e-2);
        Assert.True(double.IsNaN(result.Errors[0]));
    }

    [Fact]
    public void Invalid_options_name_the_setting()
    {
        var tolerance = Assert.Throws<ArgumentOutOfRangeException>(() => new NelderMeadOptions { Tolerance = double.NaN });
        Assert.Contains("Tolerance must be a positive finite number", tolerance.Message, StringComparison.Ordinal);
        var calls = Assert.Throws<ArgumentOutOfRangeException>(() => new NelderMeadOptions { MaxFunctionCalls = -1 });
        Assert.Contains("MaxFunctionCalls must be positive", calls.Message, StringComparison.Ordinal);
    }
}
