using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Benchmarks.Targets;

/// <summary>Wall time and peak resident memory of one run of an external command.</summary>
/// <param name="Seconds">Wall time from start to exit, in s.</param>
/// <param name="PeakMegabytes">The largest resident set seen (VmHWM from /proc), in MB; NaN where /proc is absent.</param>
/// <param name="ExitCode">The command's exit status.</param>
/// <param name="CpuSeconds">User + system time of the process (not its children) as last sampled from /proc, in s; on a
/// shared machine the figure that other users' load disturbs least.</param>
internal sealed record ProcessTiming(double Seconds, double PeakMegabytes, int ExitCode, double CpuSeconds)
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>,
    /// its output discarded, and returns its timing.</summary>
    /// <remarks>VmHWM is the kernel's high-water mark of the resident set, so sampling it every few milliseconds misses
    /// only growth in the last few milliseconds before exit.</remarks>
    public static ProcessTiming Run(string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = double.NaN;
        var cpu = double.NaN;
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(double.IsNaN(peak) ? 0 : peak, HighWaterMark(process.Id));
            cpu = Math.Max(double.IsNaN(cpu) ? 0 : cpu, CpuTime(process.Id));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        stdout.Wait();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return new ProcessTiming(seconds, peak, process.ExitCode, cpu);
    }

    /// <summary>The fastest of <paramref name="runs"/> runs (the figure least disturbed by other work on the machine).</summary>
    public static ProcessTiming Best(int runs, Func<ProcessTiming> run)
    {
        var best = run();
        for (var i = 1; i < runs; i++)
        {
            var next = run();
            best = next.Seconds < best.Seconds ? next : best;
        }

        return best;
    }

    // utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux).
    private static double CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    private static double HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
