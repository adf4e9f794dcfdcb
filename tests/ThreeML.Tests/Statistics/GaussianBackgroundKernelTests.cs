using CsCheck;
using ThreeML.Ogip;
using ThreeML.Statistics;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Statistics;

public class GaussianBackgroundKernelTests
{
    // Integer and non-integer counts, bins without background (σ = 0 there), empty models, α from 1e-3 to 1e3: each case
    // a kernel, its counts and three model vectors, for `holds` to check.
    private static void Battery(Func<GaussianBackgroundKernel, double[], double[], double[], double, double[], bool> holds) =>
        Gen.Int[1, 200].Select(Gen.Int[0, int.MaxValue], Gen.Double[1e-3, 1e3]).SampleFixed((n, seed, alpha) =>
        {
            var random = new Random(seed);
            double Count() => random.NextDouble() < 0.2 ? 0 : random.NextDouble() < 0.8 ? Math.Floor(random.NextDouble() * 50) : random.NextDouble() * 50;
            var o = Enumerable.Range(0, n).Select(_ => Count()).ToArray();
            var b = Enumerable.Range(0, n).Select(_ => Count()).ToArray();
            var e = b.Select(x => x > 0 ? 0.1 + random.NextDouble() * Math.Sqrt(x) : 0.0).ToArray();
            var kernel = new GaussianBackgroundKernel(new SpectrumCounts(o, [], b, e, alpha, 1.0, 1.0));
            return Enumerable.Range(0, 3).All(_ =>
                holds(kernel, o, b, e, alpha, [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 40)]));
        }, iter: 300, seed: "0N0XIzNsQ0O2");

    [Fact]
    public void Prepared_constants_give_the_static_formulas_value_and_estimates_bit_for_bit() =>
        Battery((kernel, o, b, e, alpha, m) =>
        {
            double[] prepared = new double[m.Length], reference = new double[m.Length];
            var value = kernel.LogLikelihood(m, prepared);
            return value.Equals(PoissonObservedGaussianBackground.LogLikelihood(o, b, e, m, alpha, reference)) && prepared.SequenceEqual(reference);
        });

    [Fact]
    public void Without_estimates_the_vector_logarithms_agree_with_the_static_formula() =>
        // The logarithms are summed apart (vector, within 1 ulp each), so the value is the reference's to rounding, not
        // bit for bit; −∞ where a bin without background has counts and no model counts, as the reference.
        Battery((kernel, o, b, e, alpha, m) =>
        {
            var reference = PoissonObservedGaussianBackground.LogLikelihood(o, b, e, m, alpha);
            var value = kernel.LogLikelihood(m, default);
            return value.Equals(reference) || Math.Abs(value - reference) <= 1e-13 * Math.Max(1, Math.Abs(reference));
        });

    [RequiresSharedDataFact("data/ogip/bn090217206/bn090217206_n6_srcspectra.pha")]
    public void On_gbm_counts_the_vector_logarithms_agree_with_the_static_formula()
    {
        // Real NaI and BGO spectra with their Gaussian backgrounds (128 channels each, counts from 0 to thousands), and
        // model counts from a tenth to ten times the observed ones, zeros included.
        var random = new Random(11);
        foreach (var det in new[] { "n6", "n9", "b1" })
        {
            var prefix = SharedData.Data($"ogip/bn090217206/bn090217206_{det}_");
            var source = PhaSpectrum.Read(prefix + "srcspectra.pha");
            var background = PhaSpectrum.Read(prefix + "bkgspectra.bak");
            double[] o = source.Counts.ToArray(), b = background.Counts.ToArray(), e = background.CountErrors.ToArray();
            var alpha = source.Exposure / background.Exposure;
            var kernel = new GaussianBackgroundKernel(new SpectrumCounts(o, [], b, e, alpha, source.Exposure, background.Exposure));
            for (var call = 0; call < 50; call++)
            {
                var m = o.Select(x => random.NextDouble() < 0.05 ? 0 : x * Math.Pow(10, 2 * random.NextDouble() - 1)).ToArray();
                var reference = PoissonObservedGaussianBackground.LogLikelihood(o, b, e, m, alpha);
                Assert.Equal(reference, kernel.LogLikelihood(m, default), Math.Abs(reference) * 1e-13);
            }
        }
    }

    [Fact]
    public void Bad_counts_are_reported_on_the_first_evaluation_with_the_static_formulas_messages()
    {
        var zeroError = new GaussianBackgroundKernel(new SpectrumCounts([1.0, 2.0], [], [3.0, 4.0], [1.0, 0.0], 1.0, 1.0, 1.0));
        var expected = Assert.Throws<ArgumentException>(() => PoissonObservedGaussianBackground.LogLikelihood([1.0, 2.0], [3.0, 4.0], [1.0, 0.0], [1.0, 1.0]));
        Assert.Equal(expected.Message, Assert.Throws<ArgumentException>(() => zeroError.LogLikelihood([1.0, 1.0], default)).Message);
        var negative = new GaussianBackgroundKernel(new SpectrumCounts([-1.0], [], [3.0], [1.0], 1.0, 1.0, 1.0));
        expected = Assert.Throws<ArgumentException>(() => PoissonObservedGaussianBackground.LogLikelihood([-1.0], [3.0], [1.0], [1.0]));
        Assert.Equal(expected.Message, Assert.Throws<ArgumentException>(() => negative.LogLikelihood([1.0], default)).Message);
        var kernel = new GaussianBackgroundKernel(new SpectrumCounts([1.0], [], [3.0], [1.0], 1.0, 1.0, 1.0));
        expected = Assert.Throws<ArgumentException>(() => PoissonObservedGaussianBackground.LogLikelihood([1.0], [3.0], [1.0], [1.0, 2.0]));
        Assert.Equal(expected.Message, Assert.Throws<ArgumentException>(() => kernel.LogLikelihood([1.0, 2.0], default)).Message);
    }
}
