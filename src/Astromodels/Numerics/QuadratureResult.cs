namespace Astromodels.Numerics;

/// <summary>The outcome of an adaptive quadrature: the integral, its estimated absolute error and the work done.</summary>
/// <param name="Value">The integral estimate.</param>
/// <param name="AbsoluteError">The estimated absolute error of <paramref name="Value"/>.</param>
/// <param name="Evaluations">The number of integrand evaluations.</param>
/// <param name="Converged">Whether the requested tolerance was reached within the subdivision limit.</param>
public readonly record struct QuadratureResult(double Value, double AbsoluteError, int Evaluations, bool Converged);
