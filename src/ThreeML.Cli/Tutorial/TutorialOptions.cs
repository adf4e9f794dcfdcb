namespace ThreeML.Cli.Tutorial;

/// <summary>Settings of the flux-examples tutorial run.</summary>
/// <param name="OutputFolder">Where plots, flux tables and the results file go.</param>
/// <param name="Seed">Seed of the simulation and of the sampler.</param>
/// <param name="ResponsePath">A response file to use instead of the embedded demo response, or null.</param>
/// <param name="LivePoints">Live points of the nested sampler (the tutorial's 400).</param>
/// <param name="FracRemain">The sampler's frac_remain (the tutorial's 0.5).</param>
public sealed record TutorialOptions(string OutputFolder, int Seed = 1234, string? ResponsePath = null, int LivePoints = 400, double FracRemain = 0.5);
