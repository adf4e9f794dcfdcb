namespace ThreeML.Fitting;

/// <summary>The outcome of a Monte-Carlo likelihood-ratio test.</summary>
/// <param name="ReferenceTS">TS = 2(−ln L_null − (−ln L_alt)) of the observed data.</param>
/// <param name="NullHypothesisProbability">Fraction of data sets simulated under the null with TS at least the reference.</param>
/// <param name="TSDistribution">TS of every simulated data set, in simulation order.</param>
/// <param name="FailedFits">Simulations with a refit (null or alternative) that did not converge.</param>
public sealed record LikelihoodRatioTestResult(double ReferenceTS, double NullHypothesisProbability, IReadOnlyList<double> TSDistribution, int FailedFits);
