namespace ThreeML.Cli.Analysis;

/// <summary>The effective-area correction of a data set: free within bounds (optionally with a Gaussian prior), or
/// fixed at a value.</summary>
/// <param name="Min">Lower bound of the free constant.</param>
/// <param name="Max">Upper bound of the free constant.</param>
/// <param name="Fixed">The fixed value, or null for a free constant.</param>
/// <param name="GaussianSigma">The width of a Gaussian prior centred on 1, or null for a uniform prior.</param>
public sealed record EffectiveAreaSetting(double Min = 0.8, double Max = 1.2, double? Fixed = null, double? GaussianSigma = null);
