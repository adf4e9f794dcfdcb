using MathNet.Numerics;

namespace Astromodels.Priors;

/// <summary>Standard normal distribution functions, accurate in both tails.</summary>
internal static class StandardNormal
{
    /// <summary>The smallest tail probability a transform of an unbounded support maps to (see <see cref="Quantile"/>).</summary>
    internal const double TailProbability = 1e-16;

    /// <summary>ln √(2π).</summary>
    internal const double LogSqrt2Pi = 0.91893853320467274178;

    /// <summary>√2, exactly rounded (astromodels uses the truncated 1.414213562).</summary>
    internal const double Sqrt2 = 1.4142135623730950488;

    /// <summary>Φ(z), the lower-tail probability.</summary>
    internal static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Sqrt2);

    /// <summary>1 − Φ(z), the upper-tail probability, without cancellation for large z.</summary>
    internal static double Survival(double z) => 0.5 * SpecialFunctions.Erfc(z / Sqrt2);

    /// <summary>The z with Φ(z) = <paramref name="p"/>; accurate for tiny p.</summary>
    internal static double LowerTailQuantile(double p) => -Sqrt2 * SpecialFunctions.ErfcInv(2 * p);

    /// <summary>The z with 1 − Φ(z) = <paramref name="q"/>; accurate for tiny q.</summary>
    internal static double UpperTailQuantile(double q) => Sqrt2 * SpecialFunctions.ErfcInv(2 * q);

    /// <summary>Φ⁻¹(u), with the tail probability min(u, 1 − u) clamped to at least <see cref="TailProbability"/>.</summary>
    /// <remarks>
    /// Working with the smaller tail keeps full relative precision near both ends, and the clamp
    /// makes the result finite and symmetric: Quantile(0) = −Quantile(1) ≈ −8.2221.
    /// </remarks>
    internal static double Quantile(double u)
    {
        var tail = Math.Max(Math.Min(u, 1 - u), TailProbability);
        var z = UpperTailQuantile(tail);
        return u < 0.5 ? -z : z;
    }
}
