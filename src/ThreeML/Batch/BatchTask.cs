using System.Globalization;

namespace ThreeML.Batch;

/// <summary>One task of a batch: its stable number, its seed and the values that fill the analysis template (or the
/// analysis file it runs).</summary>
/// <param name="Index">The 0-based task number, stable for a given manifest (product rows first, then explicit rows).</param>
/// <param name="Seed">The task's random seed: derived from the master seed and <paramref name="Index"/> alone, or the
/// analysis file's own seed when the manifest has no master seed (null then).</param>
/// <param name="Variables">The template variables of this task, in manifest order (name, value).</param>
/// <param name="AnalysisPath">The analysis file of an <c>analyses</c> list entry, or null for a template task.</param>
public sealed record BatchTask(int Index, int? Seed, IReadOnlyList<KeyValuePair<string, string>> Variables, string? AnalysisPath)
{
    /// <summary>The six-digit folder name of the task under <c>DIR/tasks/</c>, e.g. "000042".</summary>
    public string Name => Index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The value of a template variable.</summary>
    /// <exception cref="KeyNotFoundException">The task has no such variable; the message lists those it has.</exception>
    public string this[string variable] =>
        Variables.FirstOrDefault(v => v.Key == variable) is { Key: not null } kv
            ? kv.Value
            : throw new KeyNotFoundException($"task {Name} has no variable '{variable}'; it has {string.Join(", ", Variables.Select(v => v.Key))}.");
}
