using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Astromodels.Numerics;
using ThreeML.Plugins;
using ThreeML.Analysis;
using ThreeML.Responses;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>The floating-point work of one tutorial log-likelihood, counted, and the time it needs at this machine's
/// measured throughput of each kind of operation: the physical limit printed beside the measured figure.</summary>
/// <remarks>
/// <para>The work that cannot be avoided with today's arithmetic: the response fold, one multiply-add per non-zero
/// matrix element and spectrum (the two plugins fold different spectra through one matrix); one exponential per grid
/// energy for each distinct spectral shape (the blackbody's, shared by the two sources through the linked kT, and the
/// power law's, exp(index·ln E) from the grid's ln E); per W-stat channel one square root (the profile background) and
/// the two logarithms of the bins with o &gt; 0 and b &gt; 0.</para>
/// <para>Each kind is timed alone in a loop over data in the first-level cache (eight lanes, independent chains:
/// throughput, not latency), with the same inlined <see cref="SimdMath"/> functions the kernels use; multiply-adds at the
/// peak rate of eight-lane FMAs. The sum is a floor no implementation of this arithmetic can beat on this machine: it
/// ignores loads, branches, the integration and every other pass.</para>
/// </remarks>
internal sealed record LikelihoodWork(int FoldMultiplyAdds, int Exponentials, int Logarithms, int SquareRoots, int StoredWeights)
{
    /// <summary>The counts for the tutorial (the response read once per plugin, as <see cref="JointLikelihoodBenchmarks"/>).</summary>
    public static LikelihoodWork Tutorial()
    {
        var (model, data) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        var evaluator = new LikelihoodEvaluator(model, data);
        int macs = 0, logs = 0, roots = 0, stored = 0;
        var response = ((DispersionSpectrumLike)evaluator.Plugins[0]).Response;
        foreach (var plugin in evaluator.Plugins.Cast<DispersionSpectrumLike>())
        {
            macs += NonZeros(plugin.Response);
            var o = plugin.Observation.Counts;
            var b = plugin.Background!.Counts;
            for (var c = 0; c < o.Length; c++)
            {
                if (plugin.Mask[c])
                {
                    roots++;
                    logs += (o[c] > 0 ? 1 : 0) + (b[c] > 0 ? 1 : 0);
                }
            }
        }

        stored = response.FoldWeightCount;

        // Simpson's grid: the bin edges and the midpoints; one blackbody shape (kT linked) and one power law per call.
        var exponentials = 2 * ((2 * response.EnergyBinCount) + 1);
        return new LikelihoodWork(macs, exponentials, logs, roots, stored);
    }

    /// <summary>The floor in microseconds at the measured throughputs, or NaN without AVX-512.</summary>
    public double FloorMicroseconds(out string breakdown)
    {
        if (!Vector512.IsHardwareAccelerated)
        {
            breakdown = "floor measured with AVX-512 only";
            return double.NaN;
        }

        var fma = Throughput.MultiplyAddNanoseconds();
        var exp = Throughput.ExpNanoseconds();
        var log = Throughput.LogNanoseconds();
        var sqrt = Throughput.SqrtNanoseconds();
        var fold = FoldMultiplyAdds * fma;
        var shapes = Exponentials * exp;
        var statistic = (Logarithms * log) + (SquareRoots * sqrt);
        breakdown = string.Create(CultureInfo.InvariantCulture,
            $"fold {fold / 1e3:F2} ({FoldMultiplyAdds:N0} MACs) + exp {shapes / 1e3:F2} ({Exponentials}) + log/sqrt {statistic / 1e3:F2} ({Logarithms} log, {SquareRoots} sqrt)");
        return (fold + shapes + statistic) / 1e3;
    }

    /// <summary>One line: the work and the floor.</summary>
    public string Describe()
    {
        var floor = FloorMicroseconds(out var breakdown);
        return string.Create(CultureInfo.InvariantCulture, $"floor {floor:F2} us = {breakdown}; the fold reads {StoredWeights:N0} weights for {FoldMultiplyAdds / 2:N0} non-zeros");
    }

    private static int NonZeros(InstrumentResponse response)
    {
        var count = 0;
        for (var j = 0; j < response.EnergyBinCount; j++)
        {
            for (var c = 0; c < response.ChannelCount; c++)
            {
                count += response[j, c] != 0 ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>Nanoseconds per lane of each operation, the best of many short batches (a loaded machine preempts long ones).</summary>
    private static class Throughput
    {
        private const int Lanes = 1024;
        private static readonly double[] Data = [.. Enumerable.Range(0, Lanes).Select(i => 0.5 + (i * 0.37 % 7.0))];

        public static double MultiplyAddNanoseconds() => Best(() => Fmas(4096), 4096 * 10 * 8);

        public static double ExpNanoseconds() => Best(() => Exps(Data), Lanes);

        public static double LogNanoseconds() => Best(() => Logs(Data), Lanes);

        public static double SqrtNanoseconds() => Best(() => Sqrts(Data), Lanes);

        private static double Best(Func<double> work, int lanes)
        {
            var sink = 0.0;
            var best = double.MaxValue;
            for (var round = 0; round < 3000; round++)
            {
                var start = Stopwatch.GetTimestamp();
                sink += work();
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalNanoseconds);
            }

            GC.KeepAlive(sink);
            return best / lanes;
        }

        // Ten independent chains: enough to keep both FMA pipes busy through the latency.
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Fmas(int n)
        {
            var x = Vector512.Create(1e-3);
            var m = Vector512.Create(0.999);
            Vector512<double> a0 = x, a1 = x, a2 = x, a3 = x, a4 = x, a5 = x, a6 = x, a7 = x, a8 = x, a9 = x;
            for (var i = 0; i < n; i++)
            {
                a0 = Vector512.FusedMultiplyAdd(a0, m, x);
                a1 = Vector512.FusedMultiplyAdd(a1, m, x);
                a2 = Vector512.FusedMultiplyAdd(a2, m, x);
                a3 = Vector512.FusedMultiplyAdd(a3, m, x);
                a4 = Vector512.FusedMultiplyAdd(a4, m, x);
                a5 = Vector512.FusedMultiplyAdd(a5, m, x);
                a6 = Vector512.FusedMultiplyAdd(a6, m, x);
                a7 = Vector512.FusedMultiplyAdd(a7, m, x);
                a8 = Vector512.FusedMultiplyAdd(a8, m, x);
                a9 = Vector512.FusedMultiplyAdd(a9, m, x);
            }

            return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9);
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Exps(double[] data)
        {
            var sum = Vector512<double>.Zero;
            for (var i = 0; i < data.Length; i += 8)
            {
                sum += SimdMath.ExpUnchecked(-Vector512.Create(data.AsSpan(i, 8)));
            }

            return Vector512.Sum(sum);
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Logs(double[] data)
        {
            var sum = Vector512<double>.Zero;
            for (var i = 0; i < data.Length; i += 8)
            {
                sum += SimdMath.LogUnchecked(Vector512.Create(data.AsSpan(i, 8)));
            }

            return Vector512.Sum(sum);
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Sqrts(double[] data)
        {
            var sum = Vector512<double>.Zero;
            for (var i = 0; i < data.Length; i += 8)
            {
                sum += Vector512.Sqrt(Vector512.Create(data.AsSpan(i, 8)));
            }

            return Vector512.Sum(sum);
        }
    }
}
