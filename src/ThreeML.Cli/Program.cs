namespace ThreeML.Cli;

/// <summary>The entry point of the <c>threeml</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("threeml: no commands yet.");
        return args.Length == 0 ? 1 : 2;
    }
}
