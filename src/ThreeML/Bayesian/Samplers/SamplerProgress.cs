namespace ThreeML.Bayesian.Samplers;

/// <summary>A progress report from a running sampler.</summary>
/// <param name="Iteration">Nested-sampling iterations or MCMC steps done so far.</param>
/// <param name="LikelihoodCalls">Likelihood evaluations so far.</param>
/// <param name="LnZ">Current ln Z estimate (nested sampling only).</param>
/// <param name="RemainderFraction">Estimated fraction of Z still in the live points (nested sampling only).</param>
public readonly record struct SamplerProgress(long Iteration, long LikelihoodCalls, double? LnZ, double? RemainderFraction);
