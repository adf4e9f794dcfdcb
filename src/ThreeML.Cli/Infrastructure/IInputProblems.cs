namespace ThreeML.Cli.Infrastructure;

/// <summary>An exception that lists every problem found in an input file (an analysis file, a batch manifest); each is
/// reported on its own "threeml: ..." line, and the command exits with <see cref="ExitCodes.UsageError"/>.</summary>
/// <remarks>The input readers' exceptions implement it so that <see cref="ErrorReporter"/>, at the bottom of the CLI's
/// layers, reports them without knowing the namespaces that define them (design record 0025).</remarks>
public interface IInputProblems
{
    /// <summary>The problems, one line each, in file order ("analysis.yml line 12: unknown sampler ...").</summary>
    IEnumerable<string> ProblemLines { get; }
}
