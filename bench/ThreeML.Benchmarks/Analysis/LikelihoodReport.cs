using System.Diagnostics;
using System.Globalization;
using ThreeML.Analysis;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>The "likelihood" command: one tutorial log-likelihood timed as the best of many short batches (a new point
/// each call, and the same point), beside the physical limit of its arithmetic (<see cref="LikelihoodWork"/>).</summary>
/// <remarks>BenchmarkDotNet reports means, which on a shared machine measure the other processes as much as this code;
/// batches of 200 calls (about half a millisecond) are mostly left alone by the scheduler, so their best is close to
/// what an idle machine shows. The load average is printed with the figures.</remarks>
internal static class LikelihoodReport
{
    public static int Run(TextWriter output)
    {
        var (model, data) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        var evaluator = new LikelihoodEvaluator(model, data);
        var points = TutorialFixture.ScatteredPoints();
        var best = TutorialFixture.BestFit;
        var next = 0;
        var scattered = Best(() => evaluator.LogLikelihood(points[next++ & 1023]));
        var same = Best(() => evaluator.LogLikelihood(best));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10000; i++)
        {
            evaluator.LogLikelihood(points[i & 1023]);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / 10000.0;
        var work = LikelihoodWork.Tutorial();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one tutorial log-likelihood: {scattered:F3} us (new point each call), {same:F3} us (same point), {allocated:F0} B/call; load average {LoadAverage()}"));
        output.WriteLine(work.Describe());
        output.WriteLine(LikelihoodStages.Describe(Best));
        return 0;
    }

    private static double Best(Func<double> call)
    {
        const int Batch = 200;
        var sink = 0.0;
        var best = double.MaxValue;
        for (var round = 0; round < 4000; round++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < Batch; i++)
            {
                sink += call();
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds / Batch);
        }

        GC.KeepAlive(sink);
        return best;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
