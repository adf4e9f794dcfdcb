using System.CommandLine;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Wraps a command body so that every failure becomes one line on standard error and an exit code.</summary>
public static class CommandAction
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>.</summary>
    public static void Set(Command command, CliContext context, Func<ParseResult, CommandOutput, int> body)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        command.SetAction(parseResult =>
        {
            try
            {
                return body(parseResult, context.Begin(parseResult));
            }
            catch (Exception e)
            {
                return ErrorReporter.Report(e, context.Error, parseResult.GetValue(context.Verbose));
            }
        });
    }
}
