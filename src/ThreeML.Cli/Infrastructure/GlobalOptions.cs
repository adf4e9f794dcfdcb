using System.CommandLine;

namespace ThreeML.Cli.Infrastructure;

/// <summary>The options every <c>threeml</c> command accepts.</summary>
public static class GlobalOptions
{
    /// <summary>Creates <c>--json</c>: one machine-readable JSON document on standard output instead of tables.</summary>
    public static Option<bool> CreateJson() => new("--json")
    {
        Description = "Write one machine-readable JSON document to standard output instead of tables.",
        Recursive = true,
    };

    /// <summary>Creates <c>--verbose</c>: stack traces with errors.</summary>
    public static Option<bool> CreateVerbose() => new("--verbose")
    {
        Description = "Show stack traces with errors.",
        Recursive = true,
    };
}
