using ThreeML.Fitting;
using Xunit.Abstractions;

namespace ThreeML.Tests.Fitting;

public sealed partial class MigradMinimizerTests(ITestOutputHelper output)
{
    private static readonly MigradOptions Tight = new() { Tolerance = 1e-6, MaxFunctionCalls = 5000 };

    [Fact]
    public void A_minimum_at_infinity_beyond_a_one_sided_bound_ends_invalid_instead_of_throwing()
    {
        // The descent runs x towards +inf; far out the smallest step that changes the internal coordinate exceeds the
        // largest step allowed for a bounded parameter, which once made the gradient throw (Math.Clamp with min > max).
        var objective = new FunctionObjective(2, x => (1e20 / (1 + x[0])) + (x[1] * x[1]));
        var problem = new MinimizationProblem(objective, [new FitParameterSpec("x", 1.0, 0.5, Lower: 0), new FitParameterSpec("y", 1.0, 0.5)], 1);
        var result = new MigradMinimizer().Minimize(problem);
        output.WriteLine(result.ToString());
        Assert.False(result.IsValid);
        Assert.True(result.BestFit[0] > 1e6, $"x ended at {result.BestFit[0]}");
        Assert.Equal(0, result.BestFit[1], 1e-3);
    }

    [Fact]
    public void Rosenbrock_2d_from_standard_start_converges_to_ones()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), errorDefinition: 1);

        MinimizationResult result = new MigradMinimizer(Tight).Minimize(problem);

        output.WriteLine($"Rosenbrock 2-D: {result.FunctionCalls} calls, EDM {result.Edm:G3}, f {result.MinimumValue:G3}");
        Assert.True(result.IsValid, result.Reason);
        Assert.All(result.BestFit, v => Assert.Equal(1.0, v, 1e-4));
        Assert.True(result.HasAccurateCovariance);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Rosenbrock_5d_converges_to_ones()
    {
        // scipy.optimize's documented start for the chained function.
        double[] start = [1.3, 0.7, 0.8, 1.9, 1.2];
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(5), start.Select((v, i) => new FitParameterSpec($"x{i}", v, 0.1)).ToArray(), 1);

        MinimizationResult result = new MigradMinimizer(Tight).Minimize(problem);

        output.WriteLine($"Rosenbrock 5-D: {result.FunctionCalls} calls, EDM {result.Edm:G3}, f {result.MinimumValue:G3}");
        Assert.True(result.IsValid, result.Reason);
        Assert.All(result.BestFit, v => Assert.Equal(1.0, v, 1e-4));
    }

    [Fact]
    public void Rosenbrock_5d_from_alternating_standard_start_converges_to_ones()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(5), TestProblems.RosenbrockStart(5), 1);

        MinimizationResult result = new MigradMinimizer(Tight).Minimize(problem);

        output.WriteLine($"Rosenbrock 5-D alternating start: {result.FunctionCalls} calls, f {result.MinimumValue:G3}");
        Assert.True(result.IsValid, result.Reason);
        Assert.All(result.BestFit, v => Assert.Equal(1.0, v, 1e-4));
    }

    [Theory]
    [InlineData(2, 11)]
    [InlineData(3, 12)]
    [InlineData(4, 13)]
    [InlineData(5, 14)]
    [InlineData(6, 15)]
    public void Correlated_gaussian_gives_its_covariance(int n, int seed)
    {
        double[,] c = TestProblems.Covariance(n, seed);
        double[] mean = Enumerable.Range(0, n).Select(i => i - 1.5).ToArray();
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        output.WriteLine($"Gaussian n={n}: {result.FunctionCalls} calls, EDM {result.Edm:G3}");
        Assert.True(result.IsValid, result.Reason);
        Assert.True(result.HasAccurateCovariance);
        Assert.True(result.HasPositiveDefiniteHessian);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(mean[i], result.BestFit[i], 0.02 * Math.Sqrt(c[i, i]));
            Assert.Equal(Math.Sqrt(c[i, i]), result.Errors[i], 1e-4 * Math.Sqrt(c[i, i]));
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(c[i, j], result.Covariance![i, j], 1e-4 * Math.Sqrt(c[i, i] * c[j, j]));
            }
        }
    }

    [Fact]
    public void Poisson_constant_rate_gives_mean_and_its_error()
    {
        int[] counts = [3, 7, 4, 6, 5, 9, 2, 5, 4, 6];
        double mean = counts.Average();
        var problem = new MinimizationProblem(TestProblems.PoissonConstant(counts), [new FitParameterSpec("rate", 1.0, 0.5, Lower: 0)]);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        output.WriteLine($"Poisson rate: {result.FunctionCalls} calls");
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(mean, result.BestFit[0], 1e-4);
        Assert.Equal(Math.Sqrt(mean / counts.Length), result.Errors[0], 1e-4 * Math.Sqrt(mean / counts.Length));
        Assert.Empty(result.ParametersAtLimit);
    }

    [Fact]
    public void Minimum_inside_bounds_is_found_and_not_at_limit()
    {
        var problem = new MinimizationProblem(
            new FunctionObjective(2, x => Math.Pow(x[0] - 0.3, 2) + Math.Pow(x[1] + 2, 2)),
            [new FitParameterSpec("a", 0.9, 0.1, -1, 1), new FitParameterSpec("b", 0, 0.1, Upper: 5)],
            errorDefinition: 1);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(0.3, result.BestFit[0], 1e-4);
        Assert.Equal(-2, result.BestFit[1], 1e-4);
        Assert.Equal(1, result.Errors[0], 1e-3);
        Assert.Empty(result.ParametersAtLimit);
    }

    [Theory]
    [InlineData(-1.0, 1.0, 1.0)]
    [InlineData(null, 1.0, 1.0)]
    [InlineData(3.0, null, 3.0)]
    public void Minimum_beyond_a_bound_ends_on_it_and_is_reported(double? lower, double? upper, double expected)
    {
        var problem = new MinimizationProblem(
            new FunctionObjective(1, x => Math.Pow(x[0] - 2, 2)),
            [new FitParameterSpec("x", lower is double l ? l + 0.5 : 0, 0.1, lower, upper)],
            errorDefinition: 1);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        output.WriteLine($"bound ({lower}, {upper}): {result.FunctionCalls} calls, x {result.BestFit[0]:R}");
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(expected, result.BestFit[0], 1e-3);
        Assert.Equal(["x"], result.ParametersAtLimit);
    }

    [Fact]
    public void Fixed_parameter_is_held_and_has_no_variance()
    {
        var problem = new MinimizationProblem(
            TestProblems.Rosenbrock(2),
            [new FitParameterSpec("x", -1.2, 0.1), new FitParameterSpec("y", 1, 0.1, Fixed: true)],
            errorDefinition: 1);

        MinimizationResult result = new MigradMinimizer(Tight).Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(1.0, result.BestFit[1]);
        Assert.Equal(0.0, result.Covariance![1, 1]);
        Assert.Equal(0.0, result.Errors[1]);
        Assert.True(Math.Abs(result.BestFit[0]) > 0.99, $"x = {result.BestFit[0]}");
    }

    [Fact]
    public void Call_limit_gives_an_invalid_result_with_a_reason()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        MinimizationResult result = new MigradMinimizer(new MigradOptions { MaxFunctionCalls = 20 }).Minimize(problem);

        Assert.False(result.IsValid);
        Assert.True(result.HasReachedCallLimit);
        Assert.True(result.IsAboveMaxEdm);
        Assert.Contains("call limit of 20 was reached", result.Reason, StringComparison.Ordinal);
        Assert.InRange(result.FunctionCalls, 20, 40);
    }

    [Fact]
    public void Iterate_resumes_an_invalid_fit_from_where_it_stopped()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        MinimizationResult result = new MigradMinimizer(new MigradOptions { MaxFunctionCalls = 60, Iterate = 10 }).Minimize(problem);

        output.WriteLine($"Rosenbrock 2-D in runs of 60 calls: {result.FunctionCalls} calls");
        Assert.True(result.IsValid, result.Reason);
        // Converged to the EDM goal (2e-4 with errordef 1): f within that of the minimum 0 at (1, 1), where σ ≈ 1.1 and 2.2.
        Assert.True(result.MinimumValue < 2e-4, result.MinimumValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(result.BestFit, v => Assert.Equal(1.0, v, 1e-2));
        Assert.True(result.FunctionCalls > 60);

        // Each run resumes with the previous run's metric (its covariance), so cutting the descent into runs of 60 calls
        // costs little more than one uninterrupted descent (171 against 134 calls; 197 when each run restarted from a
        // diagonal metric).
        var uninterrupted = new MigradMinimizer().Minimize(problem);
        Assert.True(result.FunctionCalls <= 1.3 * uninterrupted.FunctionCalls, $"{result.FunctionCalls} calls in runs of 60, {uninterrupted.FunctionCalls} in one run");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MigradOptions { Iterate = 0 });
        Assert.Contains("Iterate must be positive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_finite_start_gives_an_invalid_result()
    {
        var problem = new MinimizationProblem(new FunctionObjective(1, x => double.NaN), [new FitParameterSpec("x", 0, 1)]);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        Assert.False(result.IsValid);
        Assert.Equal("the objective is not finite at the start point", result.Reason);
    }

    [Fact]
    public void Undefined_region_of_the_objective_is_avoided_by_the_line_search()
    {
        // ln x is undefined for x ≤ 0 and the parameter is unbounded: trial points there return NaN.
        var problem = new MinimizationProblem(new FunctionObjective(1, x => x[0] - (3 * Math.Log(x[0]))), [new FitParameterSpec("x", 0.2, 1)]);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(3.0, result.BestFit[0], 1e-4);
        Assert.Equal(Math.Sqrt(3), result.Errors[0], 1e-4 * Math.Sqrt(3));
    }

    [Fact]
    public void All_parameters_fixed_gives_one_evaluation()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), [new FitParameterSpec("x", 0, 0, Fixed: true), new FitParameterSpec("y", 0, 0, Fixed: true)], 1);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(1.0, result.MinimumValue);
        Assert.Equal(1, result.FunctionCalls);
        Assert.Equal([0.0, 0.0], result.Errors);
    }

    [Fact]
    public void Allocations_do_not_grow_with_the_number_of_iterations()
    {
        var problem = new MinimizationProblem(new RosenbrockNoAlloc(), TestProblems.RosenbrockStart(5), 1);
        var minimizer = new MigradMinimizer(Tight);
        minimizer.Minimize(problem);

        long before = GC.GetAllocatedBytesForCurrentThread();
        MinimizationResult result = minimizer.Minimize(problem);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // About 60 iterations; the work arrays, a few Hessians and the result are per run.
        output.WriteLine($"{allocated} bytes for {result.FunctionCalls} calls");
        Assert.True(result.FunctionCalls > 300);
        Assert.InRange(allocated, 0, 16_000);
    }

    [Fact]
    public void Result_is_deterministic_and_progress_is_reported()
    {
        var reports = new List<MinimizerProgress>();
        var options = new MigradOptions { Progress = new SynchronousProgress(reports.Add) };
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        MinimizationResult first = new MigradMinimizer(options).Minimize(problem);
        MinimizationResult second = new MigradMinimizer().Minimize(problem);

        Assert.Equal(first.BestFit, second.BestFit);
        Assert.Equal(first.FunctionCalls, second.FunctionCalls);
        Assert.NotEmpty(reports);
        Assert.Equal(1, reports[0].Iteration);
        Assert.True(reports[^1].FunctionCalls <= first.FunctionCalls);
    }

    [Fact]
    public void Cancellation_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        Assert.Throws<OperationCanceledException>(() => new MigradMinimizer().Minimize(problem, cts.Token));
    }

    [Fact]
    public void Invalid_options_name_the_setting()
    {
        var tolerance = Assert.Throws<ArgumentOutOfRangeException>(() => new MigradOptions { Tolerance = 0 });
        Assert.Contains("Tolerance must be a positive finite number", tolerance.Message, StringComparison.Ordinal);
        var strategy = Assert.Throws<ArgumentOutOfRangeException>(() => new MigradOptions { Strategy = 3 });
        Assert.Contains("Strategy must be 0, 1 or 2", strategy.Message, StringComparison.Ordinal);
        var calls = Assert.Throws<ArgumentOutOfRangeException>(() => new MigradOptions { MaxFunctionCalls = 0 });
        Assert.Contains("MaxFunctionCalls must be positive", calls.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Other_strategies_converge_on_a_gaussian(int strategy)
    {
        double[,] c = TestProblems.Covariance(4, 3);
        double[] mean = [1, 2, 3, 4];
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));

        MinimizationResult result = new MigradMinimizer(new MigradOptions { Strategy = strategy }).Minimize(problem);

        output.WriteLine($"strategy {strategy}: {result.FunctionCalls} calls");
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(strategy > 0, result.HasAccurateCovariance);
        Assert.All(mean.Zip(result.BestFit), p => Assert.Equal(p.First, p.Second, 0.02));
    }

    [Fact]
    public void Default_call_limit_is_minuits()
    {
        Assert.Equal(200 + 500 + 125, MigradOptions.Default.CallLimitFor(5));
        Assert.Equal(2e-4 * 0.5, MigradMinimizer.EdmGoal(0.1, 0.5), 1e-15);
    }

    private sealed class SynchronousProgress(Action<MinimizerProgress> report) : IProgress<MinimizerProgress>
    {
        public void Report(MinimizerProgress value) => report(value);
    }

    private sealed class RosenbrockNoAlloc : IObjectiveFunction
    {
        public int Dimension => 5;

        public double Evaluate(ReadOnlySpan<double> x)
        {
            double sum = 0;
            for (int i = 0; i + 1 < x.Length; i++)
            {
                double a = x[i + 1] - (x[i] * x[i]);
                sum += (100 * a * a) + ((1 - x[i]) * (1 - x[i]));
            }

            return sum;
        }
    }
}
