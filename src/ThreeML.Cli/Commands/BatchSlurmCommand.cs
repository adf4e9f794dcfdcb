using ThreeML.Batch;
using System.CommandLine;
using System.Text.Json.Nodes;
using ThreeML.Cli.Batch;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Commands;

/// <summary><c>threeml batch slurm MANIFEST --out DIR [--time T] [--mem M] [--max-concurrent K] [--submit]</c>.</summary>
internal static class BatchSlurmCommand
{
    public static Command Create(CliContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "The batch manifest (YAML; see docs/batch.md)." };
        var outDir = new Option<string>("--out", "-o") { Description = "The output folder (the script goes to DIR/batch.sbatch).", Required = true };
        var time = new Option<string?>("--time") { Description = "Wall-time limit per task (Slurm format, e.g. 00:30:00)." };
        var mem = new Option<string?>("--mem") { Description = "Memory per task (e.g. 2G)." };
        var cpus = new Option<int>("--cpus-per-task") { Description = "CPUs per task (default 1).", DefaultValueFactory = _ => 1 };
        var max = new Option<int?>("--max-concurrent") { Description = "At most K tasks at once (--array=0-(N-1)%K)." };
        var elements = new Option<int?>("--elements") { Description = "Array elements, each running a shard of the tasks (default: one element per task)." };
        var partition = new Option<string?>("--partition") { Description = "The Slurm partition." };
        var threeml = new Option<string?>("--threeml") { Description = "The command that starts threeml on the nodes (default: this one, absolute)." };
        var submit = new Option<bool>("--submit") { Description = "Submit the script with sbatch and print the job id." };
        var command = new Command("slurm", "Write an sbatch job-array script for a batch manifest (and submit it with --submit).");
        command.Arguments.Add(manifest);
        foreach (var o in new Option[] { outDir, time, mem, cpus, max, elements, partition, threeml, submit })
        {
            command.Options.Add(o);
        }

        CommandAction.Set(command, context, (parse, output) =>
        {
            var m = BatchManifest.Read(parse.GetValue(manifest)!);
            CheckText("--time", parse.GetValue(time), SlurmFormats.TimeProblem);
            CheckText("--mem", parse.GetValue(mem), SlurmFormats.MemoryProblem);
            CheckText("--partition", parse.GetValue(partition), SlurmFormats.PartitionProblem);
            CheckText("--threeml", parse.GetValue(threeml), SlurmFormats.LineProblem);
            CheckCount("--cpus-per-task", parse.GetValue(cpus));
            CheckCount("--max-concurrent", parse.GetValue(max));
            CheckCount("--elements", parse.GetValue(elements));
            var options = new SlurmOptions
            {
                Time = parse.GetValue(time), Memory = parse.GetValue(mem), CpusPerTask = parse.GetValue(cpus),
                MaxConcurrent = parse.GetValue(max), Elements = parse.GetValue(elements), Partition = parse.GetValue(partition), Command = parse.GetValue(threeml),
            };
            var dir = new BatchDirectory(parse.GetValue(outDir)!);
            // As 'batch run' does first: an array over done tasks of another version of the manifest would only fail.
            AnalysisBatch.CreateRunner(m, dir.Root).CheckDoneFolders();
            dir.WriteInfo(m.Plan);
            Directory.CreateDirectory(Path.Combine(dir.Root, "logs"));
            var script = Path.Combine(dir.Root, SlurmScript.FileName);
            ThreeML.Fits.AtomicFile.WriteAllText(script, SlurmScript.Build(m, dir.Root, options));
            output.Line($"wrote {script} ({m.Tasks.Count} tasks)");
            var doc = new JsonObject { ["script"] = script, ["tasks"] = m.Tasks.Count };
            if (parse.GetValue(submit))
            {
                var job = SlurmScript.Submit(script);
                output.Line($"submitted job {job}");
                doc["job"] = job;
            }

            output.Document(doc);
            return ExitCodes.Success;
        });
        return command;
    }

    // Checked before anything is written, with the option's name; SlurmOptions checks the same again for library users.
    private static void CheckText(string option, string? value, Func<string, string?> problem)
    {
        if (value is not null && problem(value) is { } text)
        {
            throw new CliException($"{option}: {text}");
        }
    }

    private static void CheckCount(string option, int? value)
    {
        if (value is <= 0)
        {
            throw new CliException($"{option} must be positive, not {value}.");
        }
    }
}
