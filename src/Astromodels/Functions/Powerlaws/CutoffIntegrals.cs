using Astromodels.Numerics;

namespace Astromodels.Functions;

/// <summary>Closed-form integrals of power laws with exponential and super-exponential cutoffs.</summary>
internal static class CutoffIntegrals
{
    /// <summary>∫ x^(s−1) e^(−x/xc) dx over [a, b] = xc^s·[Γ(s, a/xc) − Γ(s, b/xc)], for any real s.</summary>
    /// <remarks>Requires 0 &lt; a ≤ b and xc &gt; 0; xc = +∞ gives the plain power-law integral.</remarks>
    public static double Exponential(double s, double a, double b, double xc)
    {
        if (double.IsPositiveInfinity(xc))
        {
            return PowerlawIntegrals.PowerIntegral(a, b, s);
        }

        return Math.Pow(xc, s) * IncompleteGamma.Integral(s, a / xc, b / xc);
    }

    /// <summary>∫ x^(s−1) exp(−(x/xc)^γ) dx over [a, b] = (xc^s/γ)·[Γ(s/γ, (a/xc)^γ) − Γ(s/γ, (b/xc)^γ)]
    /// (substitution t = (x/xc)^γ).</summary>
    /// <remarks>Requires 0 &lt; a ≤ b, xc &gt; 0 and γ &gt; 0.</remarks>
    public static double SuperExponential(double s, double a, double b, double xc, double gamma) =>
        Math.Pow(xc, s) / gamma * IncompleteGamma.Integral(s / gamma, Math.Pow(a / xc, gamma), Math.Pow(b / xc, gamma));

    /// <summary>Whether a, b describe a bin on the positive axis where the closed forms apply.</summary>
    public static bool PositiveBin(double a, double b) => a > 0 && b > 0 && double.IsFinite(a) && double.IsFinite(b);
}
