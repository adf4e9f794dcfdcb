using ThreeML.Bayesian.Samplers;

namespace ThreeML.Benchmarks.Bayesian;

/// <summary>An allocation-free normalised Gaussian likelihood with equal correlation ρ between all pairs.</summary>
internal sealed class CorrelatedGaussian : ILogLikelihood
{
    private readonly double[] inverse;
    private readonly double logNorm;
    private readonly int d;

    private CorrelatedGaussian(int d, double sigma, double rho)
    {
        this.d = d;
        var cov = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(d, d, (i, j) => sigma * sigma * (i == j ? 1 : rho));
        inverse = cov.Inverse().ToRowMajorArray();
        logNorm = (-0.5 * d * Math.Log(2 * Math.PI)) - (0.5 * cov.Cholesky().DeterminantLn);
    }

    /// <summary>The problem on the prior box [−10, 10]^d; ln Z = −d ln 20.</summary>
    public static SamplingProblem Problem(int d, double sigma, double rho) =>
        new(Enumerable.Range(0, d).Select(i => FormattableString.Invariant($"p{i}")).ToArray(), UniformBoxPrior.Cube(d, -10, 10), _ => new CorrelatedGaussian(d, sigma, rho));

    public double Evaluate(ReadOnlySpan<double> parameters)
    {
        var q = 0.0;
        for (var i = 0; i < d; i++)
        {
            var row = inverse.AsSpan(i * d, d);
            var s = 0.0;
            for (var j = 0; j < d; j++)
            {
                s += row[j] * parameters[j];
            }

            q += s * parameters[i];
        }

        return logNorm - (0.5 * q);
    }
}
