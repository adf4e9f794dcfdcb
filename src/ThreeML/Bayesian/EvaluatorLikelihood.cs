using ThreeML.Analysis;
using ThreeML.Bayesian.Samplers;

namespace ThreeML.Bayesian;

/// <summary>A <see cref="LikelihoodEvaluator"/> seen by the samplers (one per worker thread).</summary>
internal sealed class EvaluatorLikelihood(LikelihoodEvaluator evaluator) : ILogLikelihood
{
    public double Evaluate(ReadOnlySpan<double> parameters) => evaluator.LogLikelihood(parameters);
}
