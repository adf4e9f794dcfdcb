using MathNet.Numerics.Distributions;
using ThreeML.Bayesian.Samplers;

namespace ThreeML.Benchmarks.Bayesian;

/// <summary>
/// A stand-in for the tutorial posterior: five positive parameters with the tutorial's log-normal priors
/// (K ~ LogNormal(ln 1e-7, 1), kT ~ LogNormal(ln 300, 2), F ~ LogNormal(ln 100, 1), two more with σ = 1),
/// and a likelihood that constrains each to 5 % with K and kT anti-correlated (ρ = −0.8).
/// </summary>
internal sealed class LogNormalSpectralProblem : IPriorTransform, ILogLikelihood
{
    private readonly double[] mu = [Math.Log(1e-7), Math.Log(300), Math.Log(1e2), 0, 0];
    private readonly double[] sigma = [1, 2, 1, 1, 1];
    private readonly double[] truth = [5e-8, 500, 200, 2, 0.5];

    public int Dimension => 5;

    public static SamplingProblem Problem()
    {
        var shared = new LogNormalSpectralProblem();
        return new SamplingProblem(["K_1", "kT_1", "F_2", "index_2", "cons"], shared, _ => shared);
    }

    public void Transform(ReadOnlySpan<double> unitCube, Span<double> parameters)
    {
        for (var i = 0; i < 5; i++)
        {
            parameters[i] = Math.Exp(mu[i] + (sigma[i] * Normal.InvCDF(0, 1, unitCube[i])));
        }
    }

    public double LogPrior(ReadOnlySpan<double> parameters)
    {
        var sum = 0.0;
        for (var i = 0; i < 5; i++)
        {
            sum += parameters[i] > 0 ? LogNormal.PDFLn(mu[i], sigma[i], parameters[i]) : double.NegativeInfinity;
        }

        return sum;
    }

    public double Evaluate(ReadOnlySpan<double> parameters)
    {
        Span<double> z = stackalloc double[5];
        for (var i = 0; i < 5; i++)
        {
            z[i] = (parameters[i] - truth[i]) / (0.05 * truth[i]);
        }

        var q = (((z[0] * z[0]) + (z[1] * z[1]) + (1.6 * z[0] * z[1])) / 0.36) + (z[2] * z[2]) + (z[3] * z[3]) + (z[4] * z[4]);
        return -0.5 * q;
    }
}
