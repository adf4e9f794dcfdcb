using Astromodels.Functions;
using CsCheck;

namespace Astromodels.Tests.Functions;

/// <summary>The SIMD span paths of Powerlaw, Powerlaw_flux and Blackbody against their scalar references.</summary>
public class SpanKernelsTests
{
    private const double Tolerance = 1e-13;

    private static void SpanAgreesWithScalar(Function1D f, double[] x)
    {
        var span = new double[x.Length];
        f.Evaluate(x, span);
        for (var i = 0; i < x.Length; i++)
        {
            var scalar = f.Evaluate(x[i]);
            var error = scalar == 0 ? Math.Abs(span[i]) : Math.Abs(span[i] - scalar) / Math.Abs(scalar);
            Assert.True(error <= Tolerance || (double.IsInfinity(scalar) && scalar == span[i]), $"{f} at {x[i]:R}: span {span[i]:R}, scalar {scalar:R}");
        }
    }

    private static Gen<double[]> Energies => Gen.Double[-3, 7].Select(l => Math.Pow(10, l)).Array[1, 40];

    [Fact]
    public void Powerlaw_span_agrees_with_scalar() =>
        Gen.Select(Gen.Double[-10, 10], Gen.Double[-1, 4], Energies).SampleFixed((index, logPiv, x) =>
            SpanAgreesWithScalar(new Powerlaw(K: 3, index: index, piv: Math.Pow(10, logPiv)), x), seed: IntegralChecks.Seed, iter: 300, threads: 1);

    [Fact]
    public void Powerlaw_flux_span_agrees_with_scalar() =>
        Gen.Select(Gen.Double[-10, 10], Energies).SampleFixed((index, x) =>
            SpanAgreesWithScalar(new PowerlawFlux(F: 2, index: index, a: 10, b: 500), x), seed: IntegralChecks.Seed, iter: 300, threads: 1);

    [Fact]
    public void Blackbody_span_agrees_with_scalar_in_every_regime() =>
        Gen.Select(Gen.Double[-2, 4], Energies).SampleFixed((logKT, x) =>
            SpanAgreesWithScalar(new Blackbody(K: 1e-4, kT: Math.Pow(10, logKT)), x), seed: IntegralChecks.Seed, iter: 300, threads: 1);

    [Fact]
    public void Non_positive_energies_fall_back_to_math_pow()
    {
        // Math.Pow(−2, 2) = 4 while exp(2 ln(−2)) is NaN: the kernel must not take the log path here.
        var f = new Powerlaw(K: 1, index: 2, piv: 1);
        var x = new[] { -2.0, 0.0, 3.0 };
        var span = new double[3];
        f.Evaluate(x, span);
        Assert.Equal([4.0, 0.0, 9.0], span);
        SpanAgreesWithScalar(new Blackbody(), [-1.0, 0.0, 1e-300, 5.0, 3e4]);
        Assert.Equal(0.0, new Blackbody().Evaluate(0));
    }
}
