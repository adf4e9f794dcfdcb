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

    [Theory]
    [InlineData("30"), InlineData("30:00"), InlineData("01:30:00"), InlineData("2-12"), InlineData("2-12:30"), InlineData("1-00:00:00"), InlineData("UNLIMITED"), InlineData("infinite")]
    public void Slurm_time_limits_in_every_documented_form_are_accepted(string time) =>
        Assert.Equal(time, new SlurmOptions { Time = time }.Time);

    [Theory]
    [InlineData("2G"), InlineData("500M"), InlineData("2000"), InlineData("4g"), InlineData("1024KB"), InlineData("1T")]
    public void Slurm_memory_sizes_with_or_without_a_unit_are_accepted(string memory) =>
        Assert.Equal(memory, new SlurmOptions { Memory = memory }.Memory);

    [Fact]
    public void Options_sbatch_would_refuse_are_refused_when_set_with_what_was_expected()
    {
        Assert.Equal("Time: '30m' is not a Slurm time limit; give minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (e.g. 00:30:00). (Parameter 'Time')",
            Assert.Throws<ArgumentException>(() => new SlurmOptions { Time = "30m" }).Message);
        Assert.Equal("Memory: '2X' is not a Slurm memory size; give a whole number with an optional unit K, M, G or T (e.g. 2G, 500M). (Parameter 'Memory')",
            Assert.Throws<ArgumentException>(() => new SlurmOptions { Memory = "2X" }).Message);
        Assert.Equal("Partition: 'gpu short' is not a partition name; give one name, or several separated by commas, of letters, digits, '_', '-' and '.'. (Parameter 'Partition')",
            Assert.Throws<ArgumentException>(() => new SlurmOptions { Partition = "gpu short" }).Message);
        Assert.Equal("Command: '/opt/threeml #SBATCH --mem=1' must be one line of text. (Parameter 'Command')",
            Assert.Throws<ArgumentException>(() => new SlurmOptions { Command = "/opt/threeml\n#SBATCH --mem=1" }).Message);
        Assert.Equal("JobName: 'my job' must not hold spaces. (Parameter 'JobName')",
            Assert.Throws<ArgumentException>(() => new SlurmOptions { JobName = "my job" }).Message);
        Assert.StartsWith("CpusPerTask must be positive, not 0.", Assert.Throws<ArgumentOutOfRangeException>(() => new SlurmOptions { CpusPerTask = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("MaxConcurrent must be positive, not -1.", Assert.Throws<ArgumentOutOfRangeException>(() => new SlurmOptions { MaxConcurrent = -1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("Elements must be positive, not 0.", Assert.Throws<ArgumentOutOfRangeException>(() => new SlurmOptions { Elements = 0 }).Message, StringComparison.Ordinal);
        Assert.Equal("gpu,short", new SlurmOptions { Partition = "gpu,short" }.Partition);
    }

    [Fact]
    public void The_command_names_the_option_at_fault_and_writes_nothing()
    {
        using var temp = new TempFolder();
        Manifest(temp, 3);
        File.WriteAllText(temp.File("b.yml"), "template: t.yml\ntasks:\n  product:\n    n: [0, 1, 2]\n");
        foreach (var (option, value, message) in new[]
        {
            ("--time", "30m", "--time: '30m' is not a Slurm time limit; give minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (e.g. 00:30:00)."),
            ("--mem", "2X", "--mem: '2X' is not a Slurm memory size; give a whole number with an optional unit K, M, G or T (e.g. 2G, 500M)."),
            ("--partition", "a b", "--partition: 'a b' is not a partition name; give one name, or several separated by commas, of letters, digits, '_', '-' and '.'."),
            ("--cpus-per-task", "0", "--cpus-per-task must be positive, not 0."),
            ("--max-concurrent", "-2", "--max-concurrent must be positive, not -2."),
            ("--elements", "0", "--elements must be positive, not 0."),
        })
        {
            var run = Threeml.Run("batch", "slurm", temp.File("b.yml"), "--out", temp.File("out"), option, value);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"threeml: {message}", run.Stderr.Trim());
            Assert.False(Directory.Exists(temp.File("out")), option);
        }

        var threads = Threeml.Run("batch", "run", temp.File("b.yml"), "--out", temp.File("out"), "--threads", "0");
        Assert.Equal(2, threads.ExitCode);
        Assert.Equal("threeml: --threads must be positive (the tasks run at once), not 0.", threads.Stderr.Trim());
    }
}
