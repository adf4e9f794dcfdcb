namespace ThreeML.Cli.Tests.Support;

/// <summary>Runs the command line in-process and captures its outputs.</summary>
internal static class Threeml
{
    public static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApplication.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
