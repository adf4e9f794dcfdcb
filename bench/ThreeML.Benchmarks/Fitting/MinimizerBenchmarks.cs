using BenchmarkDotNet.Attributes;
using ThreeML.Fitting;

namespace ThreeML.Benchmarks.Fitting;

/// <summary>Cost of the minimizers themselves on cheap textbook objectives (the objective's own time is negligible).</summary>
[MemoryDiagnoser]
public class MinimizerBenchmarks
{
    private MinimizationProblem _rosenbrock = null!;
    private MinimizationProblem _quadratic = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rosenbrock = new MinimizationProblem(
            new Rosenbrock(5),
            Enumerable.Range(0, 5).Select(i => new FitParameterSpec($"x{i}", i % 2 == 0 ? -1.2 : 1.0, 0.1)).ToArray(),
            errorDefinition: 1);
        _quadratic = new MinimizationProblem(
            new Quadratic(6),
            Enumerable.Range(0, 6).Select(i => new FitParameterSpec($"p{i}", 1.5, 0.5, -10, 10)).ToArray());
    }

    /// <summary>5-D Rosenbrock from (−1.2, 1, −1.2, 1, −1.2), Hesse included.</summary>
    [Benchmark(Baseline = true)]
    public MinimizationResult MigradRosenbrock5() => new MigradMinimizer().Minimize(_rosenbrock);

    /// <summary>A bounded 6-D correlated quadratic, the shape of a well-behaved −ln L.</summary>
    [Benchmark]
    public MinimizationResult MigradBoundedQuadratic6() => new MigradMinimizer().Minimize(_quadratic);

    /// <summary>The same quadratic with the simplex.</summary>
    [Benchmark]
    public MinimizationResult NelderMeadBoundedQuadratic6() => new NelderMeadMinimizer().Minimize(_quadratic);

    /// <summary>Asymmetric errors of one parameter of the quadratic.</summary>
    [Benchmark]
    public AsymmetricError ProfileQuadratic6()
    {
        MinimizationResult best = new MigradMinimizer().Minimize(_quadratic);
        return ProfileLikelihood.Compute(_quadratic, best, 0);
    }

    private sealed class Rosenbrock(int n) : IObjectiveFunction
    {
        public int Dimension => n;

        public double Evaluate(ReadOnlySpan<double> x)
        {
            double sum = 0;
            for (int i = 0; i + 1 < x.Length; i++)
            {
                double a = x[i + 1] - (x[i] * x[i]);
                double b = 1 - x[i];
                sum += (100 * a * a) + (b * b);
            }

            return sum;
        }
    }

    /// <summary>½ Σ xᵢ² + ½ ρ Σ xᵢ xᵢ₊₁ with ρ = 0.5: positive definite, correlated neighbours.</summary>
    private sealed class Quadratic(int n) : IObjectiveFunction
    {
        public int Dimension => n;

        public double Evaluate(ReadOnlySpan<double> x)
        {
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sum += 0.5 * x[i] * x[i];
                if (i + 1 < x.Length)
                {
                    sum += 0.25 * x[i] * x[i + 1];
                }
            }

            return sum;
        }
    }
}
