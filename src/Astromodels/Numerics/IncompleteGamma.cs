namespace Astromodels.Numerics;

/// <summary>Integrals of t^(s−1)·e^(−t) between finite limits for any real s: the difference of upper incomplete
/// gamma functions Γ(s, u₁) − Γ(s, u₂), computed without the cancellation of that difference.</summary>
/// <remarks>
/// <para>MathNet's incomplete gamma functions need s &gt; 0; bin integrals of cutoff power laws need s = index + k + 1,
/// which is often negative. The interval is split at t = 1 and at t = max(1, s + 1), and every piece is a positive
/// integral, so the pieces add without cancellation:</para>
/// <list type="bullet">
/// <item>t ≤ 1: e^(−t) expanded term by term, Σₙ (−1)ⁿ/n! ∫ t^(s+n−1) dt. Valid for every s (including the
/// non-positive integers, where a term becomes a logarithm); the alternating sum loses at most a factor e² ≈ 7.</item>
/// <item>1 ≤ t ≤ s + 1 (only when s &gt; 0): the lower function γ(s, t) = tˢe^(−t) Σₙ tⁿ/(s(s+1)…(s+n)), all terms positive.</item>
/// <item>t ≥ max(1, s + 1): Γ(s, t) = tˢe^(−t)·CF by Legendre's continued fraction, evaluated with the modified
/// Lentz method (Press et al., <i>Numerical Recipes</i>, 3rd ed., §6.2), which converges there for every real s.</item>
/// </list>
/// <para>The last two are differences of one function at both ends, which cancel on a short interval; there (width
/// ≤ 0.5 and ≤ u₁/4) a 16-point Gauss–Legendre rule on the integrand itself is exact to rounding instead.</para>
/// </remarks>
internal static class IncompleteGamma
{
    private const double Tolerance = 1e-17;
    private const int MaxIterations = 1000;
    private const double Tiny = 1e-300;
    private const double ShortWidth = 0.5;
    private const double ShortFraction = 0.25;

    /// <summary>∫ t^(s−1) e^(−t) dt over [<paramref name="u1"/>, <paramref name="u2"/>] (negated when u₂ &lt; u₁).</summary>
    /// <param name="s">Any real exponent.</param>
    /// <param name="u1">Lower limit, &gt; 0 (0 is allowed when s &gt; 0).</param>
    /// <param name="u2">Upper limit, &gt; 0; +∞ is allowed.</param>
    /// <returns>The integral, or NaN when a limit is outside the domain.</returns>
    public static double Integral(double s, double u1, double u2)
    {
        if (u1 == u2)
        {
            return 0;
        }

        if (u1 > u2)
        {
            return -Integral(s, u2, u1);
        }

        if (double.IsNaN(s) || double.IsNaN(u2) || !(u1 > 0 || (u1 == 0 && s > 0)))
        {
            return double.NaN;
        }

        if (u2 - u1 <= ShortWidth && u2 - u1 <= ShortFraction * u1)
        {
            return ShortInterval(s, u1, u2);
        }

        var sum = 0.0;
        if (u1 < 1)
        {
            sum += SmallArgument(s, u1, Math.Min(u2, 1));
        }

        var split = Math.Max(1, s + 1);
        var lo = Math.Max(u1, 1);
        if (lo < split && u2 > lo)
        {
            sum += Lower(s, Math.Min(u2, split)) - Lower(s, lo);
        }

        lo = Math.Max(u1, split);
        if (u2 > lo)
        {
            sum += Upper(s, lo) - Upper(s, u2);
        }

        return sum;
    }

    /// <summary>Gauss–Legendre quadrature of t^(s−1)e^(−t) on a short interval, where the functions' difference would
    /// cancel (a bin of width w loses about log₁₀(1/w) digits that way).</summary>
    /// <remarks>The interval is at most <see cref="ShortFraction"/> of its distance from the integrand's only singularity
    /// (t = 0) and at most <see cref="ShortWidth"/> of e^(−t)'s scale, so the 16-point rule's error, of order ρ^(−32)
    /// with ρ ≥ 16, is far below rounding; the sum of positive terms keeps full relative precision.</remarks>
    private static double ShortInterval(double s, double u1, double u2)
    {
        var half = 0.5 * (u2 - u1);
        var middle = 0.5 * (u1 + u2);
        var sum = 0.0;
        for (var i = 0; i < GaussLegendre16.Nodes.Length; i++)
        {
            var t = middle + (half * GaussLegendre16.Nodes[i]);
            sum += GaussLegendre16.Weights[i] * Math.Exp(((s - 1) * Math.Log(t)) - t);
        }

        return half * sum;
    }

    /// <summary>Σₙ (−1)ⁿ/n! ∫ t^(s+n−1) dt over [u1, u2] ⊂ [0, 1].</summary>
    /// <remarks>The powers u^(s+n) of both limits come from u^s by one multiplication a term instead of an exponential
    /// each (a band integral of a flux propagation spends 10 % less time here); the n-th power carries n roundings more,
    /// but its term is smaller by 1/n!, so the sum's error does not grow (tested against mpmath at 50 digits).</remarks>
    private static double SmallArgument(double s, double u1, double u2)
    {
        var logU1 = u1 > 0 ? Math.Log(u1) : double.NegativeInfinity;
        var logU2 = Math.Log(u2);
        var power1 = u1 > 0 ? Math.Exp(s * logU1) : 0.0;
        var power2 = Math.Exp(s * logU2);
        var sum = 0.0;
        var coefficient = 1.0;
        for (var n = 0; n < MaxIterations; n++)
        {
            var r = s + n;
            var term = coefficient * PowerSegment(r, logU1, logU2, power1, power2);
            sum += term;
            // Once r > 0 the terms shrink monotonically (t ≤ 1 and 1/n! decreases).
            if (r > 1 && Math.Abs(term) <= Tolerance * Math.Abs(sum))
            {
                break;
            }

            coefficient /= -(n + 1);
            power1 *= u1;
            power2 *= u2;
        }

        return sum;
    }

    /// <summary>∫ t^(r−1) dt between u1 = e^logU1 and u2 = e^logU2, given u1^r and u2^r, stable as r → 0 (where it
    /// tends to logU2 − logU1).</summary>
    private static double PowerSegment(double r, double logU1, double logU2, double power1, double power2)
    {
        if (double.IsNegativeInfinity(logU1))
        {
            return power2 / r;
        }

        var logRatio = logU2 - logU1;
        var t = r * logRatio;
        if (Math.Abs(t) < 1e-8)
        {
            return power1 * logRatio * (1 + t / 2 + t * t / 6);
        }

        if (Math.Abs(t) > 0.7)
        {
            // The two powers differ by more than a factor 2: their difference loses at most one bit.
            return (power2 - power1) / r;
        }

        return power1 * AccurateMath.Expm1(t) / r;
    }

    /// <summary>γ(s, x) by its series, for s &gt; 0 and x ≤ s + 1, where all terms are positive.</summary>
    private static double Lower(double s, double x)
    {
        var ap = s;
        var term = 1.0 / s;
        var sum = term;
        for (var n = 0; n < MaxIterations; n++)
        {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (term < sum * Tolerance)
            {
                break;
            }
        }

        return sum * Math.Exp(s * Math.Log(x) - x);
    }

    /// <summary>Γ(s, x) by Legendre's continued fraction, for x ≥ max(1, s + 1).</summary>
    private static double Upper(double s, double x)
    {
        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }

        var b = x + 1 - s;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - s);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + an / c;
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) <= Tolerance * 10)
            {
                break;
            }
        }

        return Math.Exp(s * Math.Log(x) - x) * h;
    }
}
