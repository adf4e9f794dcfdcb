using CsCheck;
using Xunit.Sdk;

namespace ThreeML.TestSupport;

/// <summary>Runs CsCheck generators as reproducible property tests: every iteration draws from one PCG stream started
/// at a fixed seed, so a test run is the same everywhere (CsCheck's own <c>Sample</c> starts from the given seed but
/// explores further iterations with fresh random seeds, which makes CI runs differ).</summary>
/// <remarks>Shared by the test assemblies (linked into each). Another exploration is one environment variable away:
/// CsCheck_Seed=&lt;seed&gt; changes the starting seed.</remarks>
internal static class DeterministicSampling
{
    private const string DefaultSeed = "0N0XIzNsQ0O2";

    public static void SampleFixed<T>(this Gen<T> gen, Func<T, bool> predicate, long iter = 100, string? seed = null, int threads = -1)
    {
        _ = threads;
        var start = Environment.GetEnvironmentVariable("CsCheck_Seed") ?? seed ?? DefaultSeed;
        var pcg = PCG.Parse(start);
        for (long i = 0; i < iter; i++)
        {
            var value = gen.Generate(pcg, null!, out _);
            bool holds;
            try
            {
                holds = predicate(value);
            }
            catch (Exception e)
            {
                throw new XunitException($"Property threw at iteration {i} (start seed {start}) for {value}: {e.Message}", e);
            }

            if (!holds)
            {
                throw new XunitException($"Property does not hold at iteration {i} (start seed {start}) for {value}.");
            }
        }
    }

    public static void SampleFixed<T>(this Gen<T> gen, Action<T> assert, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(v => { assert(v); return true; }, iter, seed, threads);

    public static void SampleFixed<T1, T2>(this Gen<(T1, T2)> gen, Func<T1, T2, bool> predicate, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => predicate(t.Item1, t.Item2), iter, seed, threads);

    public static void SampleFixed<T1, T2>(this Gen<(T1, T2)> gen, Action<T1, T2> assert, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => { assert(t.Item1, t.Item2); return true; }, iter, seed, threads);

    public static void SampleFixed<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Func<T1, T2, T3, bool> predicate, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => predicate(t.Item1, t.Item2, t.Item3), iter, seed, threads);

    public static void SampleFixed<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Action<T1, T2, T3> assert, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => { assert(t.Item1, t.Item2, t.Item3); return true; }, iter, seed, threads);

    public static void SampleFixed<T1, T2, T3, T4>(this Gen<(T1, T2, T3, T4)> gen, Func<T1, T2, T3, T4, bool> predicate, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => predicate(t.Item1, t.Item2, t.Item3, t.Item4), iter, seed, threads);

    public static void SampleFixed<T1, T2, T3, T4>(this Gen<(T1, T2, T3, T4)> gen, Action<T1, T2, T3, T4> assert, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => { assert(t.Item1, t.Item2, t.Item3, t.Item4); return true; }, iter, seed, threads);

    public static void SampleFixed<T1, T2, T3, T4, T5>(this Gen<(T1, T2, T3, T4, T5)> gen, Func<T1, T2, T3, T4, T5, bool> predicate, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => predicate(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5), iter, seed, threads);

    public static void SampleFixed<T1, T2, T3, T4, T5>(this Gen<(T1, T2, T3, T4, T5)> gen, Action<T1, T2, T3, T4, T5> assert, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => { assert(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5); return true; }, iter, seed, threads);

    public static void SampleFixed<T1, T2, T3, T4, T5, T6>(this Gen<(T1, T2, T3, T4, T5, T6)> gen, Func<T1, T2, T3, T4, T5, T6, bool> predicate, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => predicate(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6), iter, seed, threads);

    public static void SampleFixed<T1, T2, T3, T4, T5, T6>(this Gen<(T1, T2, T3, T4, T5, T6)> gen, Action<T1, T2, T3, T4, T5, T6> assert, long iter = 100, string? seed = null, int threads = -1) =>
        gen.SampleFixed(t => { assert(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6); return true; }, iter, seed, threads);
}
