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
        else if (!Support.CommandProbe.Answers("sinfo", "-h", "-o", "%T"))
        {
            Skip = "No Slurm cluster answers 'sinfo' here: start one with scripts/slurm/start-local-slurm.sh (root; installs Debian's slurmctld, slurmd, slurm-client and munge), as .ci/run does.";
        }
    }
}
