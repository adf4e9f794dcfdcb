using ThreeML.Batch;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests.Batch;

public class SlurmScriptTests
{
    private static BatchManifest Manifest(TempFolder temp, int tasks)
    {
        File.WriteAllText(temp.File("t.yml"), "# {{n}}\n");
        return BatchManifest.Parse($"template: t.yml\ntasks:\n  product:\n    n: [{string.Join(", ", Enumerable.Range(0, tasks))}]\n", temp.File("b.yml"));
    }

    [Fact]
    public void One_element_per_task_with_limits_and_an_absolute_command()
    {
        using var temp = new TempFolder();
        var text = SlurmScript.Build(Manifest(temp, 12), temp.File("out"), new SlurmOptions { Time = "00:30:00", Memory = "2G", MaxConcurrent = 4, Command = "/opt/threeml" });
        var lines = text.Split('\n');
        Assert.Contains("#SBATCH --array=0-11%4", lines);
        Assert.Contains("#SBATCH --time=00:30:00", lines);
        Assert.Contains("#SBATCH --mem=2G", lines);
        Assert.Contains($"#SBATCH --output={temp.File("out")}/logs/%A_%a.out", lines);
        Assert.Contains($"exec /opt/threeml batch run '{temp.File("b.yml")}' --out '{temp.File("out")}' --index \"$SLURM_ARRAY_TASK_ID\" --threads 1", lines);
        Assert.True(Path.IsPathRooted(SlurmScript.ThisCommand().Trim('\'').Split("' '")[0]));
    }

    [Fact]
    public void Shard_elements_cover_every_task_and_resubmission_maps_tasks_to_elements()
    {
        using var temp = new TempFolder();
        var text = SlurmScript.Build(Manifest(temp, 10), temp.File("out"), new SlurmOptions { Elements = 3, Command = "/opt/threeml" });
        Assert.Contains("#SBATCH --array=0-2\n", text, StringComparison.Ordinal);
        Assert.Contains("--shard \"$SLURM_ARRAY_TASK_ID/3\"", text, StringComparison.Ordinal);
        File.WriteAllText(temp.File("s.sbatch"), text);
        Assert.Equal([1, 2], SlurmScript.ElementsFor(temp.File("s.sbatch"), [4, 5, 8]));
    }

    [Fact]
    public void Ranges_are_compact()
    {
        Assert.Equal("0-3,7,9-10", BatchStatus.Ranges([9, 0, 1, 2, 3, 7, 10]));
        Assert.Equal("", BatchStatus.Ranges([]));
        Assert.Equal("0-11%2", SlurmScript.ArraySpec(Enumerable.Range(0, 12), 2));
    }
}
