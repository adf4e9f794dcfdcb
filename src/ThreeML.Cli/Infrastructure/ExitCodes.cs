namespace ThreeML.Cli.Infrastructure;

/// <summary>The process exit codes of <c>threeml</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The analysis itself failed (a fit that cannot start, a sampler error, an unexpected fault).</summary>
    public const int AnalysisFailure = 1;

    /// <summary>The command line or an input file is wrong: the user can fix it and run again.</summary>
    public const int UsageError = 2;
}
