namespace ThreeML.Cli.Tutorial;

/// <summary>What a tutorial run produced.</summary>
/// <param name="Files">Every file written, in order.</param>
/// <param name="LikelihoodCalls">Likelihood evaluations of the sampler.</param>
/// <param name="LnZ">ln of the evidence.</param>
/// <param name="LnZError">Its uncertainty.</param>
/// <param name="Elapsed">Wall time of the whole tutorial.</param>
public sealed record TutorialSummary(IReadOnlyList<string> Files, long LikelihoodCalls, double LnZ, double LnZError, TimeSpan Elapsed);
