using ThreeML.Cli.Analysis;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Batch;

/// <summary>A batch manifest with problems; every problem found is listed, each with its YAML line.</summary>
public sealed class BatchManifestException : Exception, IInputProblems
{
    /// <summary>Creates the exception from the problems found.</summary>
    public BatchManifestException(IReadOnlyList<AnalysisProblem> problems)
        : base(string.Join("\n", problems)) => Problems = problems;

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; }

    IEnumerable<string> IInputProblems.ProblemLines => Problems.Select(p => p.ToString());
}
