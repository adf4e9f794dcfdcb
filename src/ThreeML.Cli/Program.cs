using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli;

/// <summary>The entry point of the <c>threeml</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        try
        {
            // The shipped baseline binary has already handed over to its AVX2 or AVX-512 sibling where the CPU has them,
            // before the runtime started (Native/prestart.c, design record 0028); a cap it could not read is reported here.
            InstructionSetDispatch.CheckCap();
        }
        catch (CliException e)
        {
            Console.Error.WriteLine("threeml: " + e.Message);
            return e.ExitCode;
        }

        return CliApplication.Run(args, Console.Out, Console.Error, stdoutIsTerminal: !Console.IsOutputRedirected);
    }
}
