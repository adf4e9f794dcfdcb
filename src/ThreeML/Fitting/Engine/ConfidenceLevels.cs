using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace ThreeML.Fitting;

/// <summary>Converts confidence levels to the objective changes that profile-likelihood errors and contours use.</summary>
/// <remarks>
/// By Wilks' theorem, 2 ΔlnL over <c>dof</c> profiled parameters follows χ²(dof), so the region at
/// confidence level p is bounded where the objective rises by ErrorDefinition · χ²⁻¹(p; dof):
/// 0.5 · 1 = 0.5 for 1σ of −ln L, 0.5 · 2.7055 = 1.3528 for 90 %, 0.5 · 2.2957 = 1.1479 for a 68.27 %
/// two-parameter contour. 3ML uses the same thresholds (<c>chi2.ppf(p, dof)/2</c>) for its contour lines.
/// </remarks>
public static class ConfidenceLevels
{
    /// <summary>The confidence level of ±1σ of a normal distribution, erf(1/√2) ≈ 0.6827.</summary>
    public static double OneSigma { get; } = SpecialFunctions.Erf(1 / Math.Sqrt(2));

    /// <summary>Returns the objective change that bounds a region of the given confidence level.</summary>
    /// <param name="confidenceLevel">The probability content, in (0, 1).</param>
    /// <param name="dof">The number of parameters of interest (1 for an error, 2 for a contour).</param>
    /// <param name="errorDefinition">The objective's error definition: 0.5 for −ln L, 1 for χ².</param>
    /// <returns>errorDefinition · χ²⁻¹(confidenceLevel; dof).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its allowed range.</exception>
    public static double DeltaObjectiveFor(double confidenceLevel, int dof = 1, double errorDefinition = 0.5)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1 (e.g. 0.6827 for 1 sigma).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(dof, 1);
        if (!(errorDefinition > 0) || !double.IsFinite(errorDefinition))
        {
            throw new ArgumentOutOfRangeException(nameof(errorDefinition), errorDefinition, "The error definition must be a positive finite number (0.5 for -log L, 1 for chi2).");
        }

        return errorDefinition * ChiSquared.InvCDF(dof, confidenceLevel);
    }

    /// <summary>Returns the two-sided normal confidence level of ±<paramref name="sigmas"/>σ, erf(n/√2).</summary>
    /// <param name="sigmas">The number of standard deviations, positive.</param>
    /// <returns>The confidence level in (0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigmas"/> is not positive and finite.</exception>
    public static double ForSigmas(double sigmas)
    {
        if (!(sigmas > 0) || !double.IsFinite(sigmas))
        {
            throw new ArgumentOutOfRangeException(nameof(sigmas), sigmas, "The number of sigmas must be a positive finite number.");
        }

        return SpecialFunctions.Erf(sigmas / Math.Sqrt(2));
    }
}
