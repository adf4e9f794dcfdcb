namespace Astromodels.Numerics;

/// <summary>Integrals of tⁿ/(eᵗ − 1), the shape behind blackbody photon, energy and νFν fluxes.</summary>
/// <remarks>
/// <para>I_n(x) = ∫₀ˣ tⁿ/(eᵗ − 1) dt is summed from the Bernoulli series t/(eᵗ − 1) = Σ B_m tᵐ/m! for x ≤ 2
/// (radius of convergence 2π, so the terms fall by (x/2π)² every two steps), and as Γ(n+1)ζ(n+1) − G_n(x) for x &gt; 2,
/// where the tail G_n(x) = ∫ₓ^∞ tⁿ/(eᵗ − 1) dt = Σ_k e^{−kx} Σ_{j=0..n} n!/j! xʲ/k^{n+1−j} converges like e^{−2k}
/// (Abramowitz &amp; Stegun 23.2.7 and 27.1; the "Debye function" sums).</para>
/// <para>Differences of tails are taken directly so that bins far in the Wien tail keep full relative precision.</para>
/// </remarks>
public static class BoseEinsteinIntegral
{
    // Bernoulli numbers B_0..B_34 (B_1 = −1/2; odd ones above 1 vanish).
    private static readonly double[] Bernoulli =
    [
        1.0, -0.5, 1.0 / 6, 0, -1.0 / 30, 0, 1.0 / 42, 0, -1.0 / 30, 0, 5.0 / 66, 0, -691.0 / 2730, 0, 7.0 / 6, 0,
        -3617.0 / 510, 0, 43867.0 / 798, 0, -174611.0 / 330, 0, 854513.0 / 138, 0, -236364091.0 / 2730, 0,
        8553103.0 / 6, 0, -23749461029.0 / 870, 0, 8615841276005.0 / 14322, 0, -7709321041217.0 / 510, 0,
        2577687858367.0 / 6,
    ];

    // Γ(n+1)ζ(n+1) for n = 0..4 (n = 0 diverges at 0 and is never used).
    private static readonly double[] Complete = [double.PositiveInfinity, Math.PI * Math.PI / 6, 2.4041138063191885, Math.Pow(Math.PI, 4) / 15, 24.886266123440879];

    /// <summary>∫ₐᵇ tⁿ/(eᵗ − 1) dt for 0 ≤ a ≤ b and n in 1..4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n outside 1..4, or a bound negative or not ordered.</exception>
    public static double Integral(int n, double a, double b)
    {
        if (n is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The power must be 1, 2, 3 or 4.");
        }

        if (!(a >= 0) || !(b >= a))
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, $"Need 0 ≤ a ≤ b (got a = {a}, b = {b}).");
        }

        if (a > 2)
        {
            return double.IsPositiveInfinity(b) ? Tail(n, a) : Tail(n, a) - Tail(n, b);
        }

        var lower = Series(n, a);
        var upper = b <= 2 ? Series(n, b) : Complete[n] - (double.IsPositiveInfinity(b) ? 0 : Tail(n, b));
        return upper - lower;
    }

    /// <summary>∫ₓ^∞ tˢ/(eᵗ − 1) dt for a real power s &gt; 0 (the disk-blackbody kernel uses s = 5/3).</summary>
    /// <param name="s">The power, &gt; 0.</param>
    /// <param name="complete">Γ(s+1)ζ(s+1), the integral from 0 (supplied by the caller for its fixed s).</param>
    /// <param name="x">The lower limit, ≥ 0.</param>
    /// <remarks>For x ≤ 2 the Bernoulli series below is subtracted from the complete integral; above, the tail is
    /// Σ_k k^−(s+1) Γ(s+1, kx), each upper incomplete gamma function by <see cref="IncompleteGamma"/>.</remarks>
    internal static double UpperTail(double s, double complete, double x)
    {
        if (x <= 2)
        {
            return complete - Series(s, x);
        }

        var sum = 0.0;
        for (var k = 1; k < 200; k++)
        {
            var term = IncompleteGamma.Integral(s + 1, k * x, double.PositiveInfinity) / Math.Pow(k, s + 1);
            sum += term;
            if (term < 1e-17 * sum)
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>∫₀ˣ tⁿ/(eᵗ − 1) dt by the Bernoulli series (x ≤ 2).</summary>
    private static double Series(double n, double x)
    {
        if (x == 0)
        {
            return 0;
        }

        // Σ_m B_m x^{m+n} / (m! (m+n))
        var sum = 0.0;
        var power = Math.Pow(x, n);
        var factorial = 1.0;
        for (var m = 0; m < Bernoulli.Length; m++)
        {
            if (m > 0)
            {
                power *= x;
                factorial *= m;
            }

            var term = Bernoulli[m] * power / (factorial * (m + n));
            sum += term;
            if (m > 4 && term != 0 && Math.Abs(term) < 1e-18 * Math.Abs(sum))
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>∫ₓ^∞ tⁿ/(eᵗ − 1) dt by the exponential sum (x &gt; 2).</summary>
    /// <remarks>Term k is e^{−kx}·P(kx)/k^{n+1} with P(y) = Σ_j n!/j! yʲ evaluated by Horner's rule; e^{−kx} is built by
    /// repeated multiplication, so each term costs a handful of multiplications.</remarks>
    private static double Tail(int n, double x)
    {
        var decay = Math.Exp(-x);
        var weight = 1.0;
        var sum = 0.0;
        for (var k = 1; k < 200; k++)
        {
            weight *= decay;
            var y = k * x;
            // Horner for Σ_{j=0..n} n!/j! y^j: coefficients n!/n! = 1, n!/(n−1)! = n, ..., n!/0! = n!.
            var poly = 1.0;
            var coefficient = 1.0;
            for (var j = n; j >= 1; j--)
            {
                coefficient *= j;
                poly = poly * y + coefficient;
            }

            var kPower = (double)k;
            for (var p = 0; p < n; p++)
            {
                kPower *= k;
            }

            var term = weight * poly / kPower;
            sum += term;
            if (term < 1e-18 * sum)
            {
                break;
            }
        }

        return sum;
    }

}
