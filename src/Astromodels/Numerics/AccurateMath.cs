namespace Astromodels.Numerics;

/// <summary>Elementary functions accurate to the last bits where the obvious formula cancels (the BCL's
/// <c>double.ExpM1</c>/<c>double.LogP1</c> are computed as exp(x) − 1 and log(1 + x)).</summary>
public static class AccurateMath
{
    /// <summary>eˣ − 1, accurate to a few ulp for all x (Kahan's compensated formula).</summary>
    /// <remarks>With u = eˣ rounded, (u − 1)·x / ln u cancels the rounding error of u (W. Kahan, 1983; N. Higham,
    /// <i>Accuracy and Stability of Numerical Algorithms</i>, 2002, §1.14.1).</remarks>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) < 1e-5)
        {
            return x + x * x * (0.5 + x / 6.0);
        }

        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        if (um1 == -1.0 || double.IsInfinity(u))
        {
            return um1;
        }

        return um1 * x / Math.Log(u);
    }

    /// <summary>ln(1 + x), accurate to a few ulp for x &gt; −1 (Kahan's compensated formula).</summary>
    /// <remarks>With u = 1 + x rounded, ln(u)·x / (u − 1) cancels the rounding error of u (Higham 2002, §1.14.1).</remarks>
    public static double Log1p(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        return Math.Log(u) * x / (u - 1.0);
    }
}
