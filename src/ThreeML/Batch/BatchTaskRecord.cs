namespace ThreeML.Batch;

/// <summary>What a task left behind: <c>done.json</c> (written last, after every output, and published with them once
/// they are all on the disk) or <c>failed.json</c>.</summary>
/// <param name="Index">The task number.</param>
/// <param name="Seed">The task seed, or null when the analysis kept its own.</param>
/// <param name="Variables">The template variables of the task.</param>
/// <param name="Completed">Whether the analysis ran to the end and wrote its results.</param>
/// <param name="Valid">Whether the fit converged (false also for a failed task).</param>
/// <param name="ExitStatus">0 for a completed task, else the exit code <c>threeml fit</c> would give (1 analysis
/// failure, 2 input problem).</param>
/// <param name="Message">Why the task failed, or why the fit is not valid; null otherwise.</param>
/// <param name="Host">The machine that ran the task.</param>
/// <param name="AnalysisSeconds">Time in the fit or the sampler, in s.</param>
/// <param name="TotalSeconds">Time from the start of the task to its record, in s (reading, fitting, writing; not the
/// flush to disk, which the tasks that finish together share).</param>
/// <param name="Outputs">The files written into the task folder.</param>
/// <param name="Fluxes">The fluxes the analysis asks for (all rows of every flux table).</param>
public sealed record BatchTaskRecord(int Index, int? Seed, IReadOnlyDictionary<string, string> Variables, bool Completed, bool Valid,
    int ExitStatus, string? Message, string Host, double AnalysisSeconds, double TotalSeconds, IReadOnlyList<string> Outputs, IReadOnlyList<BatchFlux>? Fluxes = null)
{
    /// <summary>How this record differs from the task a plan now gives its number (another manifest run into the same
    /// folder), e.g. "model = powerlaw there, cpl now"; null when it is that task's.</summary>
    internal string? DifferenceFrom(int? seed, IReadOnlyList<string> names, IReadOnlyList<string> values)
    {
        for (var v = 0; v < names.Count; v++)
        {
            if (!Variables.TryGetValue(names[v], out var old))
            {
                return $"no variable {names[v]} there";
            }

            if (old != values[v])
            {
                return $"{names[v]} = {old} there, {values[v]} now";
            }
        }

        return Variables.Count != names.Count ? $"variables {string.Join(", ", Variables.Keys)} there, {string.Join(", ", names)} now"
            : Seed != seed ? $"seed {Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} there, {seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} now"
            : null;
    }
}
