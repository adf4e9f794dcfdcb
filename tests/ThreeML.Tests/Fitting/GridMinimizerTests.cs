using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class GridMinimizerTests
{
    [Fact]
    public void Grid_of_starts_finds_the_global_minimum_of_the_double_well()
    {
        var objective = TestProblems.DoubleWell();
        var problem = new MinimizationProblem(objective, [new FitParameterSpec("x", 1, 0.2)], 1);
        var grid = new Dictionary<string, IReadOnlyList<double>> { ["x"] = [-2.0, 0.5, 2.0] };

        MinimizationResult result = new GridMinimizer(new GridOptions(grid)).Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(-1.0355787, result.BestFit[0], 1e-4);
        Assert.Equal(objective.Calls, result.FunctionCalls);
    }

    [Fact]
    public void Every_combination_of_a_two_parameter_grid_is_tried()
    {
        var starts = new List<(double, double)>();
        var problem = new MinimizationProblem(TestProblems.Himmelblau(), [new FitParameterSpec("x", 0, 0.3), new FitParameterSpec("y", 0, 0.3)], 1);
        var grid = new Dictionary<string, IReadOnlyList<double>> { ["x"] = [-4.0, 4.0], ["y"] = [-4.0, 0.0, 4.0] };
        var recorder = new RecordingMinimizer(starts);

        new GridMinimizer(new GridOptions(grid) { LocalMinimizer = recorder }).Minimize(problem);

        Assert.Equal([(-4.0, -4.0), (-4.0, 0.0), (-4.0, 4.0), (4.0, -4.0), (4.0, 0.0), (4.0, 4.0)], starts);
    }

    [Fact]
    public void Invalid_grids_are_named()
    {
        var empty = Assert.Throws<ArgumentException>(() => new GridMinimizer(new GridOptions(new Dictionary<string, IReadOnlyList<double>>())));
        Assert.Contains("The grid is empty", empty.Message, StringComparison.Ordinal);
        var noValues = Assert.Throws<ArgumentException>(() => new GridMinimizer(new GridOptions(new Dictionary<string, IReadOnlyList<double>> { ["x"] = [] })));
        Assert.Contains("no values for parameter 'x'", noValues.Message, StringComparison.Ordinal);
        var problem = new MinimizationProblem(TestProblems.DoubleWell(), [new FitParameterSpec("x", 0, 0.2, -1, 1)], 1);
        var unknown = Assert.Throws<ArgumentException>(() => new GridMinimizer(new GridOptions(new Dictionary<string, IReadOnlyList<double>> { ["z"] = [0.0] })).Minimize(problem));
        Assert.Contains("No parameter is called 'z'; the parameters are: x", unknown.Message, StringComparison.Ordinal);
        var outside = Assert.Throws<ArgumentException>(() => new GridMinimizer(new GridOptions(new Dictionary<string, IReadOnlyList<double>> { ["x"] = [2.0] })).Minimize(problem));
        Assert.Contains("Parameter 'x' has start value 2 outside its bounds [-1, 1]", outside.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingMinimizer(List<(double, double)> starts) : IMinimizer
    {
        private readonly MigradMinimizer _inner = new();

        public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default)
        {
            starts.Add((problem.Parameters[0].Start, problem.Parameters[1].Start));
            return _inner.Minimize(problem, cancellationToken);
        }
    }
}
