namespace Astromodels.Functions;

/// <summary>Closed-form integrals of polynomials weighted by xᵏ.</summary>
internal static class PolynomialIntegrals
{
    /// <summary>∫ xᵏ·Σⱼ cⱼ xʲ dx over [a, b] = Σⱼ cⱼ (b^n − a^n)/n with n = j + k + 1.</summary>
    public static double Integrate(ReadOnlySpan<double> coefficients, double a, double b, int energyPower)
    {
        var sum = 0.0;
        for (var j = 0; j < coefficients.Length; j++)
        {
            var n = j + energyPower + 1;
            sum += coefficients[j] * PowerDifference(a, b, n) / n;
        }

        return sum;
    }

    /// <summary>bⁿ − aⁿ; for limits of one sign as (b − a)·Σ bⁱa^(n−1−i), a sum of like-signed terms, so that
    /// narrow intervals do not cancel.</summary>
    public static double PowerDifference(double a, double b, int n)
    {
        if (a * b <= 0)
        {
            return IntPow(b, n) - IntPow(a, n);
        }

        var sum = 0.0;
        var bPower = 1.0;
        for (var i = 0; i < n; i++)
        {
            sum += bPower * IntPow(a, n - 1 - i);
            bPower *= b;
        }

        return (b - a) * sum;
    }

    private static double IntPow(double x, int n)
    {
        var result = 1.0;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
