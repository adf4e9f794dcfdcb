using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Analysis;

/// <summary>An analysis file with problems; every problem found is listed, not just the first.</summary>
public sealed class AnalysisFileException : Exception, IInputProblems
{
    /// <summary>Creates the exception from the problems found.</summary>
    public AnalysisFileException(IReadOnlyList<AnalysisProblem> problems)
        : base(string.Join("\n", problems)) => Problems = problems;

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; }

    IEnumerable<string> IInputProblems.ProblemLines => Problems.Select(p => p.ToString());
}
