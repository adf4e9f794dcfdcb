using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Benchmarks.TimeSeries;

/// <summary>Issue 16's speed rows as CPU time of the calling thread (/proc/thread-self/schedstat) beside
/// wall time, with the load average: on a shared machine the CPU time is the figure other users disturb least.
/// Usage: <c>dotnet run -c Release --project bench/ThreeML.Benchmarks -- timeseries-cpu [repetitions]</c>.</summary>
internal static class TimeSeriesCpuReport
{
    public static int Run(TextWriter output, int repetitions)
    {
        if (!OperatingSystem.IsLinux())
        {
            output.WriteLine("timeseries-cpu reads the thread CPU clock of Linux; run it there.");
            return 2;
        }

        var bench = new TimeSeriesBenchmarks();
        bench.Setup();
        try
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average before: {LoadAverage()}; {repetitions} repetitions after 5 warm-up calls; {Environment.ProcessorCount} cores"));
            output.WriteLine($"{"task",-58} {"CPU mean",11} {"wall min",11} {"wall median",12} {"goal",8}");
            Row(output, "build CSPEC time series + background, automatic order", () => bench.BuildAndFitBackground(), repetitions, "100 ms");
            Row(output, "  of which: build the CSPEC time series", () => bench.BuildCspec(), repetitions, "");
            Row(output, "Bayesian blocks, 10 000 events", () => bench.BayesianBlocks10000Events(), repetitions, "50 ms");
            output.WriteLine($"load average after: {LoadAverage()}");
        }
        finally
        {
            bench.Cleanup();
        }

        return 0;
    }

    private static void Row(TextWriter output, string name, Func<object?> work, int repetitions, string goal)
    {
        for (var i = 0; i < 5; i++)
        {
            GC.KeepAlive(work());
        }

        // The kernel adds a running thread's CPU time at scheduler ticks and switches, so the CPU time is taken over all
        // repetitions together (a few ms of granularity over hundreds of ms) and divided; wall time per call.
        var wall = new double[repetitions];
        var c0 = ThreadCpuSeconds();
        for (var i = 0; i < repetitions; i++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(work());
            wall[i] = clock.Elapsed.TotalMilliseconds;
        }

        var cpu = (ThreadCpuSeconds() - c0) * 1e3 / repetitions;
        Array.Sort(wall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-58} {cpu,8:F2} ms {wall[0],8:F2} ms {wall[repetitions / 2],9:F2} ms {goal,8}"));
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

    // The first field of /proc/thread-self/schedstat is the time this thread has run on a CPU, in ns.
    private static double ThreadCpuSeconds() =>
        long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture) * 1e-9;
}
