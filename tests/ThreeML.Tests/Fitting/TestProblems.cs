using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

/// <summary>Textbook objectives with known minima and covariances.</summary>
internal static class TestProblems
{
    /// <summary>Extended Rosenbrock Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², minimum 0 at (1, …, 1).</summary>
    public static FunctionObjective Rosenbrock(int n) => new(n, x =>
    {
        double sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double a = x[i + 1] - (x[i] * x[i]);
            double b = 1 - x[i];
            sum += (100 * a * a) + (b * b);
        }

        return sum;
    });

    /// <summary>Standard start (−1.2, 1, −1.2, 1, …) with unit steps.</summary>
    public static FitParameterSpec[] RosenbrockStart(int n) =>
        Enumerable.Range(0, n).Select(i => new FitParameterSpec($"x{i}", i % 2 == 0 ? -1.2 : 1.0, 0.1)).ToArray();

    /// <summary>A well-conditioned random covariance: C = A Aᵀ/n + diag(0.5..), with A seeded.</summary>
    public static double[,] Covariance(int n, int seed)
    {
        var rng = new Random(seed);
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[i, j] = (2 * rng.NextDouble()) - 1;
            }
        }

        var c = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    sum += a[i, k] * a[j, k];
                }

                c[i, j] = (sum / n) + (i == j ? 0.5 + rng.NextDouble() : 0);
            }
        }

        return c;
    }

    /// <summary>−ln L of a Gaussian with covariance C and mean μ: ½ (x − μ)ᵀ C⁻¹ (x − μ).</summary>
    public static FunctionObjective Gaussian(double[,] covariance, double[] mean)
    {
        int n = mean.Length;
        var inverse = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(covariance).Inverse().ToArray();
        return new FunctionObjective(n, x =>
        {
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    sum += (x[i] - mean[i]) * inverse[i, j] * (x[j] - mean[j]);
                }
            }

            return 0.5 * sum;
        });
    }

    /// <summary>Starts for the Gaussian: 1.5σ away from the mean with steps of half a sigma.</summary>
    public static FitParameterSpec[] GaussianStart(double[,] covariance, double[] mean) =>
        Enumerable.Range(0, mean.Length)
            .Select(i => new FitParameterSpec($"p{i}", mean[i] + (1.5 * Math.Sqrt(covariance[i, i]) * (i % 2 == 0 ? 1 : -1)), 0.5 * Math.Sqrt(covariance[i, i])))
            .ToArray();

    /// <summary>Poisson −ln L of a constant rate λ for counts c: Σ (λ − cᵢ ln λ); MLE λ = mean, σ = √(mean/n).</summary>
    public static FunctionObjective PoissonConstant(int[] counts) => new(1, x =>
    {
        double lambda = x[0];
        double sum = 0;
        foreach (int c in counts)
        {
            sum += lambda - (c * Math.Log(lambda));
        }

        return sum;
    });

    /// <summary>Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four minima of value 0, e.g. (3, 2).</summary>
    public static FunctionObjective Himmelblau() => new(2, x =>
    {
        double a = (x[0] * x[0]) + x[1] - 11;
        double b = x[0] + (x[1] * x[1]) - 7;
        return (a * a) + (b * b);
    });

    /// <summary>An asymmetric double well (x² − 1)² + 0.3 x: local minimum near x = 0.96, global at x = −1.0355787 (root of 4x³ − 4x + 0.3).</summary>
    public static FunctionObjective DoubleWell() => new(1, x =>
    {
        double a = (x[0] * x[0]) - 1;
        return (a * a) + (0.3 * x[0]);
    });
}
