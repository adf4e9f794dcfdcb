using MathNet.Numerics;

namespace ThreeML.Statistics;

/// <summary>Logarithms of the Poisson tail probabilities, accurate far beyond double-precision underflow.</summary>
internal static class PoissonTail
{
    // Below this probability the tails are summed directly in log space: deep in a tail the term ratios are far from 1,
    // so the sums converge in a few dozen terms and never underflow.
    private const double DirectSumBelow = 1e-30;

    private const int MaxTerms = 10_000_000;

    /// <summary>ln P(X ≤ k) for X ~ Poisson(μ), k a non-negative integer, μ &gt; 0.</summary>
    public static double LogCdf(double k, double mu)
    {
        var p = SpecialFunctions.GammaUpperRegularized(k + 1.0, mu);
        if (p > DirectSumBelow)
        {
            return Math.Log(p);
        }

        // P(X ≤ k) = pmf(k) · Σ_{n=0..k} Π_{j=0..n-1} (k − j)/μ.
        var sum = 1.0;
        var term = 1.0;
        for (var n = 1; n <= k && n < MaxTerms; n++)
        {
            term *= (k - n + 1) / mu;
            sum += term;
            if (term < 1e-17 * sum)
            {
                break;
            }
        }

        return LogPmf(k, mu) + Math.Log(sum);
    }

    /// <summary>ln P(X &gt; k) for X ~ Poisson(μ), k a non-negative integer, μ &gt; 0.</summary>
    public static double LogSurvival(double k, double mu)
    {
        var p = SpecialFunctions.GammaLowerRegularized(k + 1.0, mu);
        if (p > DirectSumBelow)
        {
            return Math.Log(p);
        }

        // P(X > k) = pmf(k + 1) · Σ_{n≥0} Π_{j=1..n} μ/(k + 1 + j).
        var sum = 1.0;
        var term = 1.0;
        for (var n = 1; n < MaxTerms; n++)
        {
            term *= mu / (k + 1 + n);
            sum += term;
            if (term < 1e-17 * sum)
            {
                break;
            }
        }

        return LogPmf(k + 1.0, mu) + Math.Log(sum);
    }

    private static double LogPmf(double k, double mu) => k * Math.Log(mu) - mu - LogFactorial.OfValidated(k);
}
