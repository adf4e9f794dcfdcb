using ThreeML.Fitting;
using Xunit.Abstractions;

namespace ThreeML.Tests.Fitting;

public sealed class MultiStartMinimizerTests(ITestOutputHelper output)
{
    [Fact]
    public void Double_well_from_the_local_basin_finds_the_global_minimum()
    {
        var problem = new MinimizationProblem(TestProblems.DoubleWell(), [new FitParameterSpec("x", 1, 0.2)], 1);
        MinimizationResult local = new MigradMinimizer().Minimize(problem);

        MinimizationResult global = new MultiStartMinimizer(new MultiStartOptions { Starts = 10, Seed = 42 }).Minimize(problem);

        output.WriteLine($"double well: local x {local.BestFit[0]:G6}, global x {global.BestFit[0]:G6}, {global.FunctionCalls} calls");
        Assert.True(local.BestFit[0] > 0);
        Assert.True(global.IsValid, global.Reason);
        Assert.Equal(-1.0355787, global.BestFit[0], 1e-4);
        Assert.True(global.MinimumValue < local.MinimumValue);
    }

    [Fact]
    public void Himmelblau_in_a_box_finds_a_zero_and_is_reproducible()
    {
        var problem = new MinimizationProblem(
            TestProblems.Himmelblau(),
            [new FitParameterSpec("x", -5, 0.5, -5, 5), new FitParameterSpec("y", 5, 0.5, -5, 5)],
            1);
        var options = new MultiStartOptions { Starts = 8, Seed = 7 };

        MinimizationResult first = new MultiStartMinimizer(options).Minimize(problem);
        MinimizationResult second = new MultiStartMinimizer(options).Minimize(problem);

        output.WriteLine($"Himmelblau: ({first.BestFit[0]:G6}, {first.BestFit[1]:G6}), {first.FunctionCalls} calls");
        Assert.True(first.IsValid, first.Reason);
        Assert.Equal(0.0, first.MinimumValue, 1e-6);
        Assert.Equal(first.BestFit, second.BestFit);
        Assert.Equal(first.FunctionCalls, second.FunctionCalls);
    }

    [Fact]
    public void Calls_are_totalled_over_all_starts()
    {
        var objective = TestProblems.DoubleWell();
        var problem = new MinimizationProblem(objective, [new FitParameterSpec("x", 1, 0.2, Lower: -3)], 1);

        MinimizationResult result = new MultiStartMinimizer(new MultiStartOptions { Starts = 5, Seed = 1, LocalMinimizer = new NelderMeadMinimizer() }).Minimize(problem);

        Assert.Equal(objective.Calls, result.FunctionCalls);
        Assert.Equal(-1.0355787, result.BestFit[0], 1e-2);
    }

    [Fact]
    public void Cancellation_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var problem = new MinimizationProblem(TestProblems.DoubleWell(), [new FitParameterSpec("x", 1, 0.2)], 1);

        Assert.Throws<OperationCanceledException>(() => new MultiStartMinimizer().Minimize(problem, cts.Token));
        Assert.Throws<OperationCanceledException>(() => new NelderMeadMinimizer().Minimize(problem, cts.Token));
    }

    [Fact]
    public void Invalid_options_name_the_setting()
    {
        var starts = Assert.Throws<ArgumentOutOfRangeException>(() => new MultiStartOptions { Starts = 0 });
        Assert.Contains("Starts must be positive", starts.Message, StringComparison.Ordinal);
        var width = Assert.Throws<ArgumentOutOfRangeException>(() => new MultiStartOptions { HalfWidthInSteps = 0 });
        Assert.Contains("HalfWidthInSteps must be a positive finite number", width.Message, StringComparison.Ordinal);
    }
}
