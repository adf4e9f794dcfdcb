using System.Diagnostics;

namespace ThreeML.Benchmarks.Analysis;

internal sealed partial record LikelihoodWork
{
    /// <summary>The timing shared by the eight-lane and four-lane throughput loops: the data they read and the best of
    /// many short batches (a loaded machine preempts long ones).</summary>
    private static class ThroughputTiming
    {
        public const int Lanes = 1024;
        private const int Passes = 16;

        /// <summary>Arguments of the exp, log and sqrt loops: 0.5 to 7.5, where the kernels' arguments lie.</summary>
        public static readonly double[] Data = [.. Enumerable.Range(0, Lanes).Select(i => 0.5 + (i * 0.37 % 7.0))];

        /// <summary>Nanoseconds per lane: the best of 500 timings of <see cref="Passes"/> runs of <paramref name="work"/>.</summary>
        public static double Best(Func<double> work, int lanes)
        {
            var sink = 0.0;
            var best = double.MaxValue;
            for (var round = 0; round < 500; round++)
            {
                var start = Stopwatch.GetTimestamp();
                // Several passes per timing: the clock here ticks every 100 ns, a pass over the data lasts about 1 µs.
                for (var pass = 0; pass < Passes; pass++)
                {
                    sink += work();
                }

                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalNanoseconds);
            }

            GC.KeepAlive(sink);
            return best / Passes / lanes;
        }
    }
}
