using System.CommandLine;
using ThreeML.Cli.Commands;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli;

/// <summary>The one place where the subcommands of <c>threeml</c> are registered.</summary>
/// <remarks>A new command is a <c>Commands/&lt;Name&gt;Command.cs</c> with a static <c>Create(CliContext)</c>, added
/// to <see cref="Factories"/>; the <c>tutorial</c> command joins the list the same way.</remarks>
public static class CommandCatalog
{
    /// <summary>The factories of the subcommands, in the order the help lists them.</summary>
    public static IReadOnlyList<Func<CliContext, Command>> Factories { get; } =
    [
        FitCommand.Create,
        FluxCommand.Create,
        InfoCommand.Create,
        SimulateCommand.Create,
        LightcurveCommand.Create,
        TutorialCommand.Create,
        BatchCommand.Create,
    ];
}
