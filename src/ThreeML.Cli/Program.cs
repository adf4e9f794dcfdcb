namespace ThreeML.Cli;

/// <summary>The entry point of the <c>threeml</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Main(string[] args) =>
        CliApplication.Run(args, Console.Out, Console.Error, stdoutIsTerminal: !Console.IsOutputRedirected);
}
