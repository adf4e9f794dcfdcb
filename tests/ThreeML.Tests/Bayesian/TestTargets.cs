using ThreeML.Bayesian.Samplers;

namespace ThreeML.Tests.Bayesian;

/// <summary>Likelihoods with known evidence and moments for the sampler tests.</summary>
internal static class TestTargets
{
    /// <summary>Parameter names p0, p1, ….</summary>
    public static string[] Names(int d) => Enumerable.Range(0, d).Select(i => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// A normalised multivariate Gaussian likelihood N(θ; μ, Σ) under a uniform prior on [−10, 10]^d.
    /// Z = ∫ N(θ; μ, Σ) 20^(−d) dθ over the box = 20^(−d) × (Gaussian mass inside the box), so
    /// ln Z = −d ln 20 when the Gaussian lies well inside (here μ ± 10σ ⊂ box, mass 1 − O(1e−23)).
    /// </summary>
    public static SamplingProblem Gaussian(double[] mean, double[,] covariance)
    {
        var d = mean.Length;
        var chol = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(covariance).Cholesky();
        var inverse = chol.Solve(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(d)).ToArray();
        var logNorm = (-0.5 * d * Math.Log(2 * Math.PI)) - (0.5 * chol.DeterminantLn);
        return SamplingProblem.FromFunction(Names(d), UniformBoxPrior.Cube(d, -10, 10), x =>
        {
            var q = 0.0;
            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < d; j++)
                {
                    q += (x[i] - mean[i]) * inverse[i, j] * (x[j] - mean[j]);
                }
            }

            return logNorm - (0.5 * q);
        });
    }

    /// <summary>Isotropic Gaussian N(μ, σ² I).</summary>
    public static SamplingProblem Isotropic(int d, double mu, double sigma)
    {
        var cov = new double[d, d];
        for (var i = 0; i < d; i++)
        {
            cov[i, i] = sigma * sigma;
        }

        return Gaussian(Enumerable.Repeat(mu, d).ToArray(), cov);
    }

    /// <summary>Covariance with unit variances scaled by σ² and correlation ρ between every pair.</summary>
    public static double[,] Correlated(int d, double sigma, double rho)
    {
        var cov = new double[d, d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < d; j++)
            {
                cov[i, j] = sigma * sigma * (i == j ? 1 : rho);
            }
        }

        return cov;
    }

    /// <summary>Column mean of a sample matrix.</summary>
    public static double Mean(double[,] s, int col)
    {
        var sum = 0.0;
        for (var i = 0; i < s.GetLength(0); i++)
        {
            sum += s[i, col];
        }

        return sum / s.GetLength(0);
    }

    /// <summary>Sample covariance of two columns.</summary>
    public static double Covariance(double[,] s, int a, int b)
    {
        double ma = Mean(s, a), mb = Mean(s, b), sum = 0;
        var n = s.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            sum += (s[i, a] - ma) * (s[i, b] - mb);
        }

        return sum / (n - 1);
    }

    /// <summary>
    /// Runs a sampler for seeds 1 … <paramref name="seeds"/> and asserts that ln Z lies within 3 reported σ of
    /// <paramref name="expected"/> in at least 95 % of them (38 of 40); writes the coverage, the pulls and the mean calls.
    /// </summary>
    public static void AssertLnZCoverage(Xunit.Abstractions.ITestOutputHelper output, string label, double expected, int seeds, Func<int, SamplerRun> run)
    {
        var covered = 0;
        long calls = 0;
        var pulls = new List<double>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var result = run(seed);
            var pull = (result.LnZ!.Value - expected) / result.LnZError!.Value;
            pulls.Add(pull);
            covered += Math.Abs(pull) <= 3 ? 1 : 0;
            calls += result.LikelihoodCalls;
        }

        output.WriteLine(FormattableString.Invariant(
            $"{label}: covered {covered}/{seeds}, mean pull {pulls.Average():F2}, rms pull {Math.Sqrt(pulls.Average(p => p * p)):F2}, mean calls {calls / seeds}"));
        Assert.True(covered >= (int)Math.Ceiling(0.95 * seeds), $"only {covered}/{seeds} runs had |ln Z - {expected:F3}| <= 3 sigma");
    }
}

/// <summary>An isotropic unit Gaussian at (μ, …, μ) that burns ~20 µs per call and reports which evaluator ran, so that batches really run in parallel.</summary>
internal sealed class SlowGaussian(double mu, Action used) : ILogLikelihood
{
    public double Evaluate(ReadOnlySpan<double> parameters)
    {
        used();
        var q = 0.0;
        foreach (var x in parameters)
        {
            q += (x - mu) * (x - mu);
        }

        // Busy work that cannot change the value.
        var spin = 0.0;
        for (var i = 0; i < 20_000; i++)
        {
            spin += Math.Sqrt(i + q);
        }

        return (-0.5 * q) - (0.5 * parameters.Length * Math.Log(2 * Math.PI)) + (spin < 0 ? 1 : 0);
    }
}
