namespace Astromodels.Functions;

/// <summary>Closed-form integrals of power laws, stable through the logarithmic case.</summary>
internal static class PowerlawIntegrals
{
    /// <summary>∫ₐᵇ xˢ⁻¹ dx = (bˢ − aˢ)/s, evaluated as aˢ·expm1(s·ln(b/a))/s so that s → 0 tends smoothly to ln(b/a).</summary>
    /// <remarks>Requires 0 &lt; a and 0 &lt; b.</remarks>
    public static double PowerIntegral(double a, double b, double s)
    {
        var logRatio = Math.Log(b / a);
        var t = s * logRatio;
        if (Math.Abs(t) < 1e-8)
        {
            // Series of expm1(t)/s = ln(b/a)·(1 + t/2 + t²/6): exact to double precision for |t| < 1e-8.
            return Math.Pow(a, s) * logRatio * (1 + t / 2 + t * t / 6);
        }

        if (t > 700)
        {
            // aˢ·eᵗ overflows separately but their product is bˢ.
            return (Math.Pow(b, s) - Math.Pow(a, s)) / s;
        }

        return Math.Pow(a, s) * Numerics.AccurateMath.Expm1(t) / s;
    }
}
