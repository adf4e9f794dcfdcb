namespace ThreeML.Bayesian.Samplers;

/// <summary>A log-likelihood evaluated at physical parameter values.</summary>
/// <remarks>
/// Instances need not be thread-safe: samplers obtain one evaluator per worker thread through
/// <see cref="SamplingProblem"/>. Return <see cref="double.NegativeInfinity"/> outside the support;
/// samplers treat NaN and +∞ as −∞ and count them in <see cref="SamplerRun.NonFiniteLikelihoodCount"/>.
/// </remarks>
public interface ILogLikelihood
{
    /// <summary>Returns ln L at <paramref name="parameters"/> (physical units, one value per free parameter).</summary>
    /// <param name="parameters">Parameter values in the order of <see cref="SamplingProblem.ParameterNames"/>.</param>
    /// <returns>The natural-log likelihood; −∞ where the point is impossible. Must not throw for finite input.</returns>
    double Evaluate(ReadOnlySpan<double> parameters);
}
