namespace ThreeML.Cli.Infrastructure;

/// <summary>A failure the command reports as one line on standard error, with a chosen exit code.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The line shown after "threeml: ".</param>
    /// <param name="exitCode">The process exit code (<see cref="ExitCodes"/>).</param>
    /// <param name="inner">The underlying failure, shown only with --verbose.</param>
    public CliException(string message, int exitCode = ExitCodes.UsageError, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The process exit code to return.</summary>
    public int ExitCode { get; }
}
