using System.Text.RegularExpressions;
using Astromodels;
using Astromodels.Serialization;
using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Results.Persistence;

namespace ThreeML.Cli.Infrastructure;

/// <summary>Turns exceptions into the one-line "threeml: ..." message and the exit code.</summary>
public static partial class ErrorReporter
{
    /// <summary>Writes the message (and the stack trace with --verbose) and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter error, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        if (exception is AggregateException aggregate)
        {
            // Work on several threads gathers its failures; each is reported as itself, not as "One or more errors".
            var inner = aggregate.Flatten().InnerExceptions;
            var first = ExitCodes.AnalysisFailure;
            for (var i = 0; i < inner.Count; i++)
            {
                var code = Report(inner[i], error, verbose);
                first = i == 0 ? code : first;
            }

            return first;
        }

        var exitCode = ExitCodeOf(exception);
        if (exception is IInputProblems input)
        {
            // A file is checked as a whole; each problem gets its own line so that all can be fixed in one pass.
            foreach (var problem in input.ProblemLines)
            {
                error.WriteLine("threeml: " + OneLine(problem));
            }
        }
        else
        {
            error.WriteLine("threeml: " + OneLine(exception.Message));
        }

        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return exitCode;
    }

    /// <summary>The exit code for a failure: input problems are usage errors (2), the rest analysis failures (1).</summary>
    public static int ExitCodeOf(Exception exception) => exception switch
    {
        AggregateException a when a.Flatten().InnerExceptions is [var only] => ExitCodeOf(only),
        CliException c => c.ExitCode,
        IInputProblems => ExitCodes.UsageError,
        InvalidDataException => ExitCodes.UsageError,
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => ExitCodes.UsageError,
        FitsFormatException or OgipFormatException or ModelFileException or ResultsFileException => ExitCodes.UsageError,
        ArgumentException or UnitConversionException or FormatException => ExitCodes.UsageError,
        IOException => ExitCodes.UsageError,
        _ => ExitCodes.AnalysisFailure,
    };

    // Library messages may span lines (tables of candidates); the contract is a single line on stderr.
    // .NET appends " (Parameter 'name')" to argument errors: a C# parameter name means nothing on the command line.
    private static string OneLine(string message) =>
        ParameterSuffix().Replace(string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), "");

    [GeneratedRegex(@" \(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();
}
