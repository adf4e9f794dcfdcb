using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class MinimizationProblemTests
{
    private static readonly FunctionObjective Two = new(2, x => (x[0] * x[0]) + (x[1] * x[1]));

    [Theory]
    [InlineData(double.NaN, 0.1, null, null, "Parameter 'a' has start value NaN; it must be a finite number.")]
    [InlineData(double.PositiveInfinity, 0.1, null, null, "Parameter 'a' has start value Infinity; it must be a finite number.")]
    [InlineData(0.0, 0.0, null, null, "Parameter 'a' has step 0; the step of a free parameter must be a positive finite number.")]
    [InlineData(0.0, -1.0, null, null, "Parameter 'a' has step -1; the step of a free parameter must be a positive finite number.")]
    [InlineData(0.0, 0.1, 1.0, 1.0, "Parameter 'a' has lower bound 1 not below upper bound 1.")]
    [InlineData(0.0, 0.1, 2.0, 1.0, "Parameter 'a' has lower bound 2 not below upper bound 1.")]
    [InlineData(5.0, 0.1, -1.0, 1.0, "Parameter 'a' has start value 5 outside its bounds [-1, 1].")]
    [InlineData(-5.0, 0.1, -1.0, null, "Parameter 'a' has start value -5 outside its bounds [-1, +inf].")]
    [InlineData(5.0, 0.1, null, 1.5, "Parameter 'a' has start value 5 outside its bounds [-inf, 1.5].")]
    [InlineData(0.0, 0.1, double.NaN, null, "Parameter 'a' has a NaN bound; use null for no bound.")]
    public void Invalid_parameter_is_named_with_its_value(double start, double step, double? lower, double? upper, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MinimizationProblem(Two, [new FitParameterSpec("a", start, step, lower, upper), new FitParameterSpec("b", 0, 1)]));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_parameter_needs_no_step()
    {
        var problem = new MinimizationProblem(Two, [new FitParameterSpec("a", 1, 0, Fixed: true), new FitParameterSpec("b", 0, 1)]);

        Assert.Equal(1, problem.FreeParameterCount);
    }

    [Fact]
    public void Dimension_mismatch_names_both_counts()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MinimizationProblem(Two, [new FitParameterSpec("a", 0, 1)]));

        Assert.StartsWith("The objective has dimension 2 but 1 parameters were given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_and_missing_names_are_rejected()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new MinimizationProblem(Two, [new FitParameterSpec("a", 0, 1), new FitParameterSpec("a", 0, 1)]));
        Assert.StartsWith("Parameter name 'a' is used more than once", duplicate.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => new MinimizationProblem(Two, [new FitParameterSpec("", 0, 1), new FitParameterSpec("b", 0, 1)]));
        Assert.StartsWith("Parameter 0 has no name.", empty.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Error_definition_must_be_positive(double errorDefinition)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MinimizationProblem(Two, [new FitParameterSpec("a", 0, 1), new FitParameterSpec("b", 0, 1)], errorDefinition));

        Assert.Contains("must be a positive finite number (0.5 for -log L, 1 for chi2)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("errorDefinition", ex.ParamName);
    }

    [Fact]
    public void With_start_and_with_fixed_copy_and_validate()
    {
        var problem = new MinimizationProblem(Two, [new FitParameterSpec("a", 0, 1, -1, 1), new FitParameterSpec("b", 0, 1)]);

        MinimizationProblem moved = problem.WithStart([0.5, 2]);
        MinimizationProblem held = problem.WithFixed(1, 3);

        Assert.Equal(0.5, moved.Parameters[0].Start);
        Assert.Equal(0.0, problem.Parameters[0].Start);
        Assert.True(held.Parameters[1].Fixed);
        Assert.Equal(1, held.FreeParameterCount);
        Assert.Equal(1, problem.IndexOf("b"));
        var length = Assert.Throws<ArgumentException>(() => problem.WithStart([1.0]));
        Assert.StartsWith("1 start values were given for 2 parameters.", length.Message, StringComparison.Ordinal);
        var outside = Assert.Throws<ArgumentException>(() => problem.WithFixed(0, 2));
        Assert.StartsWith("Parameter 'a' has start value 2 outside its bounds [-1, 1].", outside.Message, StringComparison.Ordinal);
        var name = Assert.Throws<ArgumentException>(() => problem.IndexOf("c"));
        Assert.StartsWith("No parameter is called 'c'; the parameters are: a, b.", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_on_a_bound_is_moved_inside_so_the_fit_can_leave_it()
    {
        var problem = new MinimizationProblem(new FunctionObjective(1, x => Math.Pow(x[0] - 0.5, 2)), [new FitParameterSpec("a", 0, 0.1, 0, 1)], 1);

        MinimizationResult result = new MigradMinimizer().Minimize(problem);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(0.5, result.BestFit[0], 1e-4);
    }
}
