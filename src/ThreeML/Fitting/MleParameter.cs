using Astromodels;

namespace ThreeML.Fitting;

/// <summary>A fitted parameter: the best-fit value and its symmetric (Hesse) error, in external units.</summary>
/// <param name="Path">The parameter path.</param>
/// <param name="Value">The best-fit value.</param>
/// <param name="Error">The symmetric error from the covariance, propagated through the log10 transformation at
/// first order (σ = ln 10 · x · σ_internal); NaN when no covariance is available.</param>
/// <param name="Unit">The parameter's unit.</param>
public sealed record MleParameter(string Path, double Value, double Error, Unit Unit);
