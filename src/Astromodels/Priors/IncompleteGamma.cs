using MathNet.Numerics;

namespace Astromodels.Priors;

/// <summary>The regularized lower incomplete gamma function P(a, x), accurate for tiny x.</summary>
/// <remarks>
/// MathNet.Numerics 5.0.0 returns P(a, x) = 0 for x below about 1e-15 (for a = ½ the true value
/// at x = 1e-16 is 1.1e-8), which would stall the Gamma prior's lower tail. Below x = a + 1 the
/// power series P(a, x) = x^a e^(−x) / Γ(a + 1) · Σₙ xⁿ / ((a + 1)…(a + n)) converges quickly and is
/// used instead (Abramowitz and Stegun 6.5.29); above it MathNet's continued fraction for
/// Q = 1 − P is accurate.
/// </remarks>
internal static class IncompleteGamma
{
    private const int MaxTerms = 100_000;

    /// <summary>P(a, x) for a &gt; 0; 0 for x ≤ 0.</summary>
    internal static double LowerRegularized(double a, double x)
    {
        if (!(x > 0))
        {
            return 0;
        }

        if (x >= a + 1)
        {
            return 1 - SpecialFunctions.GammaUpperRegularized(a, x);
        }

        double term = 1;
        double sum = 1;
        for (var n = 1; n < MaxTerms; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (term <= sum * 1e-17)
            {
                break;
            }
        }

        return Math.Exp((a * Math.Log(x)) - x - SpecialFunctions.GammaLn(a + 1)) * sum;
    }
}
