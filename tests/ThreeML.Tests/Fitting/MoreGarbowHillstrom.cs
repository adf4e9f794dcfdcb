using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

/// <summary>Unconstrained test problems of Moré, Garbow &amp; Hillstrom (1981, ACM TOMS 7, 17), with their standard
/// start points and known minima, as sums of squares f = Σ fᵢ².</summary>
/// <remarks>The known minimum (value and location, from the paper) is the independent reference of every test that
/// uses these problems.</remarks>
internal static class MoreGarbowHillstrom
{
    public sealed record Problem(string Name, int Dimension, FunctionObjective.Body Body, double[] Start, double Minimum, double[] Location);

    public static IReadOnlyList<Problem> All { get; } =
    [
        new("Rosenbrock", 2, x => Sq(10 * (x[1] - (x[0] * x[0]))) + Sq(1 - x[0]), [-1.2, 1], 0, [1, 1]),
        new("Extended Rosenbrock (10)", 10, ExtendedRosenbrock, [-1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1], 0, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        new("Powell singular", 4, x => Sq(x[0] + (10 * x[1])) + (5 * Sq(x[2] - x[3])) + Sq(Sq(x[1] - (2 * x[2]))) + (10 * Sq(Sq(x[0] - x[3]))), [3, -1, 0, 1], 0, [0, 0, 0, 0]),
        new("Wood", 4, Wood, [-3, -1, -3, -1], 0, [1, 1, 1, 1]),
        new("Beale", 2, x => Sq(1.5 - (x[0] * (1 - x[1]))) + Sq(2.25 - (x[0] * (1 - (x[1] * x[1])))) + Sq(2.625 - (x[0] * (1 - (x[1] * x[1] * x[1])))), [1, 1], 0, [3, 0.5]),
        new("Brown badly scaled", 2, x => Sq(x[0] - 1e6) + Sq(x[1] - 2e-6) + Sq((x[0] * x[1]) - 2), [1, 1], 0, [1e6, 2e-6]),
        new("Helical valley", 3, HelicalValley, [-1, 0, 0], 0, [1, 0, 0]),
    ];

    /// <summary>The 21 cases: each problem from x₀, 10 x₀ and 100 x₀.</summary>
    public static IEnumerable<(Problem Problem, double Scale)> Cases() =>
        All.SelectMany(p => new[] { 1.0, 10.0, 100.0 }.Select(s => (p, s)));

    public static MinimizationProblem For(Problem problem, double scale, out FunctionObjective objective)
    {
        objective = new FunctionObjective(problem.Dimension, problem.Body);
        var specs = problem.Start.Select((x, i) => new FitParameterSpec($"x{i}", scale * x, Math.Max(0.1, Math.Abs(0.1 * scale * x)))).ToArray();
        return new MinimizationProblem(objective, specs, errorDefinition: 1.0);
    }

    private static double Sq(double v) => v * v;

    private static double ExtendedRosenbrock(ReadOnlySpan<double> x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i += 2)
        {
            sum += Sq(10 * (x[i + 1] - (x[i] * x[i]))) + Sq(1 - x[i]);
        }

        return sum;
    }

    private static double Wood(ReadOnlySpan<double> x) =>
        Sq(10 * (x[1] - (x[0] * x[0]))) + Sq(1 - x[0]) + Sq(Math.Sqrt(90) * (x[3] - (x[2] * x[2]))) + Sq(1 - x[2]) +
        Sq(Math.Sqrt(10) * (x[1] + x[3] - 2)) + Sq((x[1] - x[3]) / Math.Sqrt(10));

    private static double HelicalValley(ReadOnlySpan<double> x)
    {
        double theta = Math.Atan(x[1] / x[0]) / (2 * Math.PI);
        if (x[0] < 0)
        {
            theta += 0.5;
        }

        return Sq(10 * (x[2] - (10 * theta))) + Sq(10 * (Math.Sqrt((x[0] * x[0]) + (x[1] * x[1])) - 1)) + Sq(x[2]);
    }
}
