using CsCheck;
using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class PoissonProfileKernelTests
{
    [Fact]
    public void Kernel_agrees_with_the_scalar_reference_statistics_to_1e12()
    {
        Gen.Int[1, 200].Select(Gen.Int[0, int.MaxValue], Gen.Double[1e-3, 1e3]).SampleFixed((n, seed, alpha) =>
        {
            var random = new Random(seed);
            double Count() => random.NextDouble() < 0.2 ? 0 : Math.Floor(random.NextDouble() * 50);
            var o = Enumerable.Range(0, n).Select(_ => Count()).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => Count()).ToArray();
            var m = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 40).ToArray();
            var kernel = new PoissonProfileKernel(o, b);
            var estimate = new double[n];
            var referenceEstimate = new double[n];
            var fast = kernel.PoissonBackground(m, alpha, estimate);
            var slow = PoissonObservedPoissonBackground.LogLikelihood(o, b, m, alpha, referenceEstimate);
            var cashKernel = new PoissonProfileKernel(o, []);
            var fastCash = cashKernel.NoBackground(m.Select(x => x + 0.5).ToArray());
            var slowCash = PoissonObservedNoBackground.LogLikelihood(o, m.Select(x => x + 0.5).ToArray());
            return Close(fast, slow) && Close(fastCash, slowCash) && estimate.Zip(referenceEstimate).All(p => Close(p.First, p.Second));
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Scaling_as_it_loads_gives_the_values_and_estimates_of_the_scaled_counts_bit_for_bit()
    {
        Gen.Int[1, 200].Select(Gen.Int[0, int.MaxValue], Gen.Double[1e-3, 1e3], Gen.Double[1e-2, 1e4]).SampleFixed((n, seed, alpha, scale) =>
        {
            var random = new Random(seed);
            double Count() => random.NextDouble() < 0.2 ? 0 : Math.Floor(random.NextDouble() * 50);
            var o = Enumerable.Range(0, n).Select(_ => Count()).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => Count()).ToArray();
            var rates = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 40 / scale).ToArray();
            var counts = rates.Select(r => r * scale).ToArray();
            var kernel = new PoissonProfileKernel(o, b);
            double[] fused = new double[n], apart = new double[n];
            var value = kernel.PoissonBackground(rates, scale, alpha, fused);
            var cash = new PoissonProfileKernel(o, []);
            return value.Equals(kernel.PoissonBackground(counts, alpha, apart)) && fused.SequenceEqual(apart)
                && cash.NoBackground(rates, scale).Equals(cash.NoBackground(counts));
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Zero_model_with_counts_gives_minus_infinity_like_the_reference()
    {
        var kernel = new PoissonProfileKernel([3.0], []);
        Assert.Equal(double.NegativeInfinity, kernel.NoBackground([0.0]));
        Assert.Equal(PoissonObservedNoBackground.LogLikelihood([0.0], [0.0]), new PoissonProfileKernel([0.0], []).NoBackground([0.0]));
    }

    [Fact]
    public void A_logarithm_outside_the_fast_path_in_whole_vectors_gives_the_references_value()
    {
        // Sixteen channels (whole vectors). A negative model count makes a logarithm's argument negative (NaN, as the
        // reference); a tiny one makes it subnormal (finite, through the exact fallback).
        var o = Enumerable.Range(0, 16).Select(i => (double)((i % 4) + 1)).ToArray();
        var b = Enumerable.Range(0, 16).Select(i => i == 5 ? 0.0 : 7.0).ToArray();
        foreach (var special in new[] { -1.0, 1e-310 })
        {
            var m = Enumerable.Range(0, 16).Select(i => i == 5 ? special : 2.5).ToArray();
            var reference = PoissonObservedPoissonBackground.LogLikelihood(o, b, m, 0.3, new double[16]);
            var fast = new PoissonProfileKernel(o, b).PoissonBackground(m, 0.3, new double[16]);
            Assert.True(Close(reference, fast) || (double.IsNaN(reference) && double.IsNaN(fast)), $"M = {special}: {fast} against {reference}");
        }
    }

    private static bool Close(double a, double b) =>
        a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
}
