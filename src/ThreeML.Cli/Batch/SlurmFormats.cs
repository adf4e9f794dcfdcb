using System.Text.RegularExpressions;

namespace ThreeML.Cli.Batch;

/// <summary>Checks of the values that go into an sbatch script's directives, so that a mistyped limit is reported when
/// the script is written rather than by sbatch (or not at all, when the script is only written).</summary>
/// <remarks>Formats as sbatch(1) documents them: a time limit is "minutes", "minutes:seconds",
/// "hours:minutes:seconds", "days-hours", "days-hours:minutes" or "days-hours:minutes:seconds" (or UNLIMITED/INFINITE);
/// memory is a whole number with an optional unit K, M, G or T, either case, optionally followed by B (megabytes
/// without one), as Slurm's <c>str_to_mbytes</c> reads it.</remarks>
internal static partial class SlurmFormats
{
    /// <summary>Why <paramref name="time"/> is not a Slurm time limit, or null when it is one.</summary>
    public static string? TimeProblem(string time) =>
        TimeLimit().IsMatch(time) ? null
        : $"'{time}' is not a Slurm time limit; give minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (e.g. 00:30:00).";

    /// <summary>Why <paramref name="memory"/> is not a Slurm memory size, or null when it is one.</summary>
    public static string? MemoryProblem(string memory) =>
        MemorySize().IsMatch(memory) ? null
        : $"'{memory}' is not a Slurm memory size; give a whole number with an optional unit K, M, G or T (e.g. 2G, 500M).";

    /// <summary>Why <paramref name="partition"/> is not a list of partition names, or null when it is one.</summary>
    public static string? PartitionProblem(string partition) =>
        PartitionList().IsMatch(partition) ? null
        : $"'{partition}' is not a partition name; give one name, or several separated by commas, of letters, digits, '_', '-' and '.'.";

    /// <summary>Why <paramref name="text"/> cannot go into a line of the script as it is, or null when it can.</summary>
    public static string? LineProblem(string text) =>
        text.Length > 0 && !text.Any(char.IsControl) ? null : $"'{text.ReplaceLineEndings(" ")}' must be one line of text.";

    [GeneratedRegex(@"^(?:\d+(?::\d+){0,2}|\d+-\d+(?::\d+){0,2}|(?i:unlimited|infinite))$")]
    private static partial Regex TimeLimit();

    [GeneratedRegex(@"^\d+(?:[KMGTkmgt][Bb]?)?$")]
    private static partial Regex MemorySize();

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]+(?:,[A-Za-z0-9_.\-]+)*$")]
    private static partial Regex PartitionList();
}
