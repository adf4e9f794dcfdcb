using ThreeML.Batch;
using System.CommandLine;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml batch run|merge|slurm|status</c>: many analyses from one manifest, locally or as a Slurm job array
/// (see docs/batch.md).</summary>
public static class BatchCommand
{
    /// <summary>Creates the command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("batch", "Run many analyses from a batch manifest, locally on all cores or as a Slurm job array, and merge them.");
        command.Subcommands.Add(BatchRunCommand.Create(context));
        command.Subcommands.Add(BatchMergeCommand.Create(context));
        command.Subcommands.Add(BatchSlurmCommand.Create(context));
        command.Subcommands.Add(BatchStatusCommand.Create(context));
        return command;
    }
}
