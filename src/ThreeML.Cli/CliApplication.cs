using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli;

/// <summary>The testable entry point: parses arguments, runs the command, and returns the exit code.</summary>
public static partial class CliApplication
{
    /// <summary>Builds the root command with every registered subcommand, writing to the given writers.</summary>
    public static Command BuildRoot(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A RootCommand takes its name from the executable (ThreeML.Cli.dll under 'dotnet tool'); help must say 'threeml'.
        var root = new Command("threeml", "Multi-mission maximum-likelihood and Bayesian spectral analysis (3ML for .NET).");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(context.Json);
        root.Options.Add(context.Verbose);
        foreach (var factory in CommandCatalog.Factories)
        {
            root.Subcommands.Add(factory(context));
        }

        return root;
    }

    /// <summary>Runs <c>threeml</c> with <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdout">Standard output (results, tables, JSON).</param>
    /// <param name="stderr">Standard error (the one-line error messages).</param>
    /// <param name="stdoutIsTerminal">Whether standard output is a terminal (enables progress bars and colour).</param>
    /// <returns>0 on success, 2 for usage or input errors, 1 for analysis failures.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CliContext(stdout, stderr, stdoutIsTerminal, GlobalOptions.CreateJson(), GlobalOptions.CreateVerbose());
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        var unknownOption = UnknownOption(parse, args);
        // With --help System.CommandLine drops the errors and prints the nearest command's help with exit 0, so a
        // mistyped command ("threeml fitt --help", "threeml batch rnu --help") would look accepted: a word left over
        // is an error whatever else is on the line.
        if (unknownOption is not null || parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0)
        {
            stderr.WriteLine("threeml: " + (unknownOption ?? DescribeParseError(parse, root)));
            return ExitCodes.UsageError;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(invocation);
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(e, stderr, parse.GetValue(context.Verbose));
        }
    }

    // System.CommandLine reports every problem; one line about the first, with a suggestion, is what a user can act on.
    private static string DescribeParseError(ParseResult parse, Command root)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.FirstOrDefault();
        if (unmatched is not null)
        {
            var isOption = unmatched.StartsWith('-');
            var known = isOption
                ? AllOptions(parse).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            var what = isOption ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            var hint = Suggestions.DidYouMean(unmatched, known);
            var help = hint.Length == 0 ? $"; run '{HelpCommand(parse)}'" : "";
            return $"unknown {what} '{unmatched}'{hint}{help}.".Replace("  ", " ", StringComparison.Ordinal);
        }

        if (command == root)
        {
            return "a command is required: " + string.Join(", ", command.Subcommands.Select(c => c.Name)) + " (run 'threeml --help').";
        }

        var message = ReadableTypes(parse.Errors[0].Message.TrimEnd('.'));
        return char.ToLowerInvariant(message[0]) + message[1..] + $" (run '{HelpCommand(parse)}').";
    }

    // System.CommandLine names the CLR type it could not parse into ("as expected type 'System.Int32'"); a user
    // needs to know what to write instead.
    private static string ReadableTypes(string message)
    {
        foreach (var (clr, words) in TypeWords)
        {
            message = message.Replace($"expected type '{clr}'", words, StringComparison.Ordinal);
        }

        return message;
    }

    private static readonly (string Clr, string Words)[] TypeWords =
    [
        ("System.Int32", "a whole number"),
        ("System.Int64", "a whole number"),
        ("System.Double", "a number"),
        ("System.Single", "a number"),
        ("System.Boolean", "true or false"),
        ("System.String", "text"),
    ];

    // An argument slot swallows a mistyped option ("info --jsn FILE" takes "--jsn" as the file), so options are
    // checked by name before the parse errors, which would only mention the token left over.
    private static string? UnknownOption(ParseResult parse, string[] args)
    {
        var known = AllOptions(parse).SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var name = arg.Split('=', ':')[0];
            if (name.StartsWith('-') && name.Length > 1 && !double.TryParse(name, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                && !NegativeInterval().IsMatch(arg) && !known.Contains(name))
            {
                var hint = Suggestions.DidYouMean(name, known.Where(k => k.StartsWith("--", StringComparison.Ordinal)));
                return $"unknown option '{name}'{hint}" + (hint.Length == 0 ? $"; run '{HelpCommand(parse)}'." : ".");
            }
        }

        return null;
    }

    // A 3ML time interval that starts before the trigger ("-24--5", "-10-0.5") is a value, not an option.
    [GeneratedRegex(@"^-\d+(\.\d*)?([eE][-+]?\d+)?--?\d+(\.\d*)?([eE][-+]?\d+)?$")]
    private static partial Regex NegativeInterval();

    // The full path of the command reached ("threeml batch run --help"), so the hint works for nested commands too.
    private static string HelpCommand(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(" ", names) + " --help";
    }

    private static IEnumerable<Option> AllOptions(ParseResult parse)
    {
        for (SymbolResult? r = parse.CommandResult; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                foreach (var o in c.Command.Options)
                {
                    yield return o;
                }
            }
        }
    }
}
