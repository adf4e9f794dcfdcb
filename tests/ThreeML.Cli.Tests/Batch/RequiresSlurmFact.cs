using System.Diagnostics;

namespace ThreeML.Cli.Tests.Batch;

/// <summary>A fact that runs only where a Slurm cluster answers (.ci/run starts one on localhost with
/// scripts/slurm/start-local-slurm.sh); elsewhere it is skipped with the reason.</summary>
internal sealed class RequiresSlurmFact : FactAttribute
{
    public RequiresSlurmFact()
    {
        if (Support.SharedData.Folder is null)
        {
            Skip = "The shared instrument data (../shared/data) are not present.";
        }
        else if (!Answers("sinfo", "-h", "-o", "%T"))
        {
            Skip = "No Slurm cluster answers 'sinfo' here: start one with scripts/slurm/start-local-slurm.sh (root; installs Debian's slurmctld, slurmd, slurm-client and munge), as .ci/run does.";
        }
    }

    internal static bool Answers(string command, params string[] args)
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
            return p.WaitForExit(15_000) && p.ExitCode == 0 && output.Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
