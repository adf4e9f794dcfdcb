using System.Diagnostics;

namespace ThreeML.Cli.Tests.Support;

/// <summary>Whether an external program is there and works: for facts that skip, saying why, where it is not.</summary>
internal static class CommandProbe
{
    /// <summary>Whether <paramref name="command"/> starts, exits with status 0 within 30 s and prints something.</summary>
    public static bool Answers(string command, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            using var p = Process.Start(start)!;
            var output = p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            return p.WaitForExit(30_000) && p.ExitCode == 0 && output.Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
