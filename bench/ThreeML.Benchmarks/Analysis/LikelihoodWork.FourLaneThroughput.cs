using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Astromodels.Numerics;

namespace ThreeML.Benchmarks.Analysis;

internal sealed partial record LikelihoodWork
{
    /// <summary>The same as <see cref="Throughput"/> four lanes wide: the AVX2 path (x86-64-v3, or AVX-512 switched off).</summary>
    private static class FourLaneThroughput
    {
        public static double MultiplyAddNanoseconds() => ThroughputTiming.Best(() => Fmas(4096), 4096 * 10 * 4);

        public static double ExpNanoseconds() => ThroughputTiming.Best(() => Exps(ThroughputTiming.Data), ThroughputTiming.Lanes);

        public static double LogNanoseconds() => ThroughputTiming.Best(() => Logs(ThroughputTiming.Data), ThroughputTiming.Lanes);

        public static double SqrtNanoseconds() => ThroughputTiming.Best(() => Sqrts(ThroughputTiming.Data), ThroughputTiming.Lanes);

        // Ten independent chains: enough to keep both FMA pipes busy through the latency.
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Fmas(int n)
        {
            var x = Vector256.Create(1e-3);
            var m = Vector256.Create(0.999);
            Vector256<double> a0 = x, a1 = x, a2 = x, a3 = x, a4 = x, a5 = x, a6 = x, a7 = x, a8 = x, a9 = x;
            for (var i = 0; i < n; i++)
            {
                a0 = Vector256.FusedMultiplyAdd(a0, m, x);
                a1 = Vector256.FusedMultiplyAdd(a1, m, x);
                a2 = Vector256.FusedMultiplyAdd(a2, m, x);
                a3 = Vector256.FusedMultiplyAdd(a3, m, x);
                a4 = Vector256.FusedMultiplyAdd(a4, m, x);
                a5 = Vector256.FusedMultiplyAdd(a5, m, x);
                a6 = Vector256.FusedMultiplyAdd(a6, m, x);
                a7 = Vector256.FusedMultiplyAdd(a7, m, x);
                a8 = Vector256.FusedMultiplyAdd(a8, m, x);
                a9 = Vector256.FusedMultiplyAdd(a9, m, x);
            }

            return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9);
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Exps(double[] data)
        {
            var sum = Vector256<double>.Zero;
            for (var i = 0; i < data.Length; i += 4)
            {
                sum += SimdMath.ExpUnchecked(-Vector256.Create(data.AsSpan(i, 4)));
            }

            return Vector256.Sum(sum);
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Logs(double[] data)
        {
            var sum = Vector256<double>.Zero;
            for (var i = 0; i < data.Length; i += 4)
            {
                sum += SimdMath.LogUnchecked(Vector256.Create(data.AsSpan(i, 4)));
            }

            return Vector256.Sum(sum);
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        private static double Sqrts(double[] data)
        {
            var sum = Vector256<double>.Zero;
            for (var i = 0; i < data.Length; i += 4)
            {
                sum += Vector256.Sqrt(Vector256.Create(data.AsSpan(i, 4)));
            }

            return Vector256.Sum(sum);
        }
    }
}
