using System.Globalization;

namespace ThreeML.Cli.Analysis;

/// <summary>One problem found in an analysis file.</summary>
/// <param name="File">The analysis file's name as given.</param>
/// <param name="Line">The 1-based line of the offending key or value (0 when the problem concerns the whole file).</param>
/// <param name="Message">What is wrong and, when possible, how to fix it.</param>
public sealed record AnalysisProblem(string File, int Line, string Message)
{
    /// <summary>"analysis.yml line 12: unknown sampler 'ultranst' (did you mean 'ultranest'?)".</summary>
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}: {Message}")
        : $"{File}: {Message}";
}
