namespace ThreeML.Cli.Batch;

/// <summary>The resources and limits of a Slurm job array for a batch.</summary>
public sealed record SlurmOptions
{
    /// <summary>The job name (sbatch <c>--job-name</c>).</summary>
    public string JobName { get; init; } = "threeml-batch";

    /// <summary>Wall-time limit per task, in Slurm's format ("30", "01:00:00", "1-00:00:00"); null: the partition's default.</summary>
    public string? Time { get; init; }

    /// <summary>Memory per task ("2G", "500M"); null: the cluster's default.</summary>
    public string? Memory { get; init; }

    /// <summary>CPUs per task (sbatch <c>--cpus-per-task</c>); a fit uses one core.</summary>
    public int CpusPerTask { get; init; } = 1;

    /// <summary>At most this many tasks at once (the <c>%K</c> of <c>--array</c>); null: no limit.</summary>
    public int? MaxConcurrent { get; init; }

    /// <summary>Array elements when each should run a shard of the tasks (element e runs tasks e, e + E, e + 2E, ...)
    /// rather than one task: start-up then costs once per element; null: one element per task.</summary>
    public int? Elements { get; init; }

    /// <summary>The partition, or null for the default one.</summary>
    public string? Partition { get; init; }

    /// <summary>The command that starts threeml, absolute (e.g. "/opt/threeml/threeml" or "/usr/bin/dotnet /opt/ThreeML.Cli.dll");
    /// null: this process's own command.</summary>
    public string? Command { get; init; }
}
