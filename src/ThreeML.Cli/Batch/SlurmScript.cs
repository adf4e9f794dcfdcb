using ThreeML.Batch;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThreeML.Cli.Infrastructure;

namespace ThreeML.Cli.Batch;

/// <summary>Writes and submits the <c>sbatch</c> script that runs a batch as a Slurm job array, one task per element.</summary>
public static class SlurmScript
{
    /// <summary>The script's name in the output folder.</summary>
    public const string FileName = "batch.sbatch";

    /// <summary>The header line that records the number of shard elements, for resubmission.</summary>
    public const string ShardsMarker = "# threeml-shards: ";

    /// <summary>The script text for <paramref name="manifest"/> writing into <paramref name="outputDirectory"/>.</summary>
    public static string Build(BatchManifest manifest, string outputDirectory, SlurmOptions options)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        var outDir = Path.GetFullPath(outputDirectory);
        var elements = options.Elements is { } e ? Math.Min(e, manifest.Tasks.Count) : manifest.Tasks.Count;
        var s = new StringBuilder();
        s.AppendLine("#!/bin/bash");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --job-name={options.JobName}");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --array={ArraySpec(Enumerable.Range(0, elements), options.MaxConcurrent)}");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --ntasks=1");
        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={options.CpusPerTask}");
        if (options.Time is { } time)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --time={time}");
        }

        if (options.Memory is { } mem)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --mem={mem}");
        }

        if (options.Partition is { } partition)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --partition={partition}");
        }

        s.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --output={Path.Combine(outDir, "logs", "%A_%a.out")}");
        s.AppendLine("# Written by 'threeml batch slurm'. Each array element runs one task; completed tasks are skipped, so");
        s.AppendLine("# resubmitting (threeml batch status DIR --resubmit-missing) finishes only what is missing.");
        if (options.Elements is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{ShardsMarker}{elements}");
        }

        s.AppendLine("set -eu");
        var select = options.Elements is null ? "--index \"$SLURM_ARRAY_TASK_ID\"" : $"--shard \"$SLURM_ARRAY_TASK_ID/{elements}\"";
        s.AppendLine(CultureInfo.InvariantCulture,
            $"exec {options.Command ?? ThisCommand()} batch run {Quote(manifest.Path)} --out {Quote(outDir)} {select} --threads {options.CpusPerTask}");
        return s.ToString();
    }

    /// <summary>The <c>--array</c> value: compact ranges, then <c>%K</c> when limited.</summary>
    public static string ArraySpec(IEnumerable<int> indices, int? maxConcurrent) =>
        BatchStatus.Ranges(indices) + (maxConcurrent is { } k ? "%" + k.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The array elements that cover <paramref name="tasks"/> under <paramref name="script"/>: the tasks
    /// themselves, or their shards when the script runs shards.</summary>
    public static IReadOnlyList<int> ElementsFor(string script, IEnumerable<int> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var marker = File.ReadLines(script).FirstOrDefault(l => l.StartsWith(ShardsMarker, StringComparison.Ordinal));
        return marker is not null && int.TryParse(marker.AsSpan(ShardsMarker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? [.. tasks.Select(t => t % n).Distinct().Order()]
            : [.. tasks.Order()];
    }

    /// <summary>Submits <paramref name="script"/> with sbatch (optionally only the given array elements) and returns the job id.</summary>
    /// <exception cref="CliException">sbatch is not installed or refused the job (its message is included).</exception>
    public static string Submit(string script, string? array = null)
    {
        var start = new ProcessStartInfo("sbatch") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--parsable");
        if (array is not null)
        {
            start.ArgumentList.Add("--array=" + array);
        }

        start.ArgumentList.Add(script);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliException("sbatch could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CliException($"sbatch was not found ({e.Message}); is Slurm installed on this machine?", ExitCodes.UsageError, e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new CliException($"sbatch refused the job (exit {process.ExitCode}): {stderr.Trim()}", ExitCodes.AnalysisFailure);
            }

            return stdout.Result.Trim().Split(';')[0];
        }
    }

    /// <summary>The absolute command that started this process: the threeml executable, or dotnet and the CLI assembly.</summary>
    public static string ThisCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var isHost = Path.GetFileNameWithoutExtension(process) is "dotnet";
        if (!isHost && System.Reflection.Assembly.GetEntryAssembly() == typeof(SlurmScript).Assembly)
        {
            // The apphost, or the ahead-of-time compiled tool (which has no assembly file to point at): its baseline
            // binary, which picks the instruction-set sibling for each node's CPU.
            return Quote(InstructionSetDispatch.Launcher(process));
        }

        // Under a test host or 'dotnet ThreeML.Cli.dll': the apphost beside the assembly, else the muxer with the
        // assembly. The assembly sits in the application folder (Assembly.Location is empty in single-file builds).
        var name = typeof(SlurmScript).Assembly.GetName().Name!;
        var assembly = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        var apphost = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(apphost))
        {
            return Quote(apphost);
        }

        var dotnet = isHost ? process : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return Quote(dotnet) + " " + Quote(assembly);
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
