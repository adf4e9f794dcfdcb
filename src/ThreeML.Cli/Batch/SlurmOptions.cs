namespace ThreeML.Cli.Batch;

/// <summary>The resources and limits of a Slurm job array for a batch.</summary>
/// <remarks>Every value is checked when it is set, in the format sbatch reads (<see cref="SlurmFormats"/>), so a mistyped
/// limit is an <see cref="ArgumentException"/> here rather than a script that sbatch refuses later.</remarks>
public sealed record SlurmOptions
{
    /// <summary>The job name (sbatch <c>--job-name</c>): one line of text without spaces.</summary>
    /// <exception cref="ArgumentException">The name is empty or holds spaces or control characters.</exception>
    public string JobName
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(JobName));
            field = Checked(value, value.Any(char.IsWhiteSpace) ? $"'{value}' must not hold spaces." : SlurmFormats.LineProblem(value), nameof(JobName));
        }
    } = "threeml-batch";

    /// <summary>Wall-time limit per task, in Slurm's format ("30", "01:00:00", "1-00:00:00"); null: the partition's default.</summary>
    /// <exception cref="ArgumentException">The text is not a Slurm time limit.</exception>
    public string? Time { get; init => field = value is null ? null : Checked(value, SlurmFormats.TimeProblem(value), nameof(Time)); }

    /// <summary>Memory per task ("2G", "500M"); null: the cluster's default.</summary>
    /// <exception cref="ArgumentException">The text is not a Slurm memory size.</exception>
    public string? Memory { get; init => field = value is null ? null : Checked(value, SlurmFormats.MemoryProblem(value), nameof(Memory)); }

    /// <summary>CPUs per task (sbatch <c>--cpus-per-task</c>); a fit uses one core.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public int CpusPerTask { get; init => field = Positive(value, nameof(CpusPerTask)); } = 1;

    /// <summary>At most this many tasks at once (the <c>%K</c> of <c>--array</c>); null: no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public int? MaxConcurrent { get; init => field = value is { } v ? Positive(v, nameof(MaxConcurrent)) : null; }

    /// <summary>Array elements when each should run a shard of the tasks (element e runs tasks e, e + E, e + 2E, ...)
    /// rather than one task: start-up then costs once per element; null: one element per task.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public int? Elements { get; init => field = value is { } v ? Positive(v, nameof(Elements)) : null; }

    /// <summary>The partition (or several, separated by commas), or null for the default one.</summary>
    /// <exception cref="ArgumentException">The text is not a list of partition names.</exception>
    public string? Partition { get; init => field = value is null ? null : Checked(value, SlurmFormats.PartitionProblem(value), nameof(Partition)); }

    /// <summary>The command that starts threeml, absolute (e.g. "/opt/threeml/threeml" or "/usr/bin/dotnet /opt/ThreeML.Cli.dll");
    /// null: this process's own command.</summary>
    /// <exception cref="ArgumentException">The command is empty or more than one line.</exception>
    public string? Command { get; init => field = value is null ? null : Checked(value, SlurmFormats.LineProblem(value), nameof(Command)); }

    private static string Checked(string value, string? problem, string name) =>
        problem is null ? value : throw new ArgumentException($"{name}: {problem}", name);

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, not {value}.");
}
