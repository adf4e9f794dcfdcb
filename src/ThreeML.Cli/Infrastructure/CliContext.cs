using System.CommandLine;

namespace ThreeML.Cli.Infrastructure;

/// <summary>What a command needs from its surroundings: the output writers and the global options.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="StdoutIsTerminal">Whether standard output is an interactive terminal (progress bars are drawn only then).</param>
/// <param name="Json">The global <c>--json</c> option.</param>
/// <param name="Verbose">The global <c>--verbose</c> option.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, bool StdoutIsTerminal, Option<bool> Json, Option<bool> Verbose)
{
    /// <summary>Starts the output of one invocation from its parse result.</summary>
    public CommandOutput Begin(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new CommandOutput(Out, parseResult.GetValue(Json), StdoutIsTerminal);
    }
}
