using System.Runtime.Intrinsics;
using Astromodels.Numerics;

namespace Astromodels.Tests.Numerics;

/// <summary>The inlinable vector exp and log against the runtime's correctly rounded scalar functions.</summary>
public class SimdMathTests
{
    private const long MaxUlps = 1;

    private static long UlpDistance(double a, double b)
    {
        if (a == b || (double.IsNaN(a) && double.IsNaN(b)))
        {
            return 0;
        }

        long Ordered(double v)
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            return bits < 0 ? long.MinValue - bits : bits;
        }

        return Math.Abs(Ordered(a) - Ordered(b));
    }

    /// <summary>In every lane, the domain mask says whether the input is inside <paramref name="inDomain"/>, and inside it the
    /// vector function is within <see cref="MaxUlps"/> of the scalar one.</summary>
    private static void AgreesWithScalar(
        double[] inputs,
        Func<double, bool> inDomain,
        Func<Vector512<double>, Vector512<double>> domain512,
        Func<Vector512<double>, Vector512<double>> vector512,
        Func<Vector256<double>, Vector256<double>> domain256,
        Func<Vector256<double>, Vector256<double>> vector256,
        Func<double, double> scalar)
    {
        for (var i = 0; i + 8 <= inputs.Length; i += 8)
        {
            var wide = Vector512.Create(inputs.AsSpan(i, 8));
            var narrow = Vector256.Create(inputs.AsSpan(i, 4));
            var (wideValues, wideMask) = (vector512(wide), domain512(wide).AsUInt64());
            var (narrowValues, narrowMask) = (vector256(narrow), domain256(narrow).AsUInt64());
            for (var k = 0; k < 8; k++)
            {
                var x = inputs[i + k];
                var expected = inDomain(x);
                Assert.True(expected == (wideMask[k] == ulong.MaxValue), $"{x:R}: domain mask {wideMask[k]:X}, expected in domain: {expected}");
                if (k < 4)
                {
                    Assert.True(expected == (narrowMask[k] == ulong.MaxValue), $"{x:R}: 256-bit domain mask {narrowMask[k]:X}, expected in domain: {expected}");
                }

                if (!expected)
                {
                    continue;
                }

                Assert.True(UlpDistance(wideValues[k], scalar(x)) <= MaxUlps, $"{x:R}: {wideValues[k]:R} against {scalar(x):R}");
                if (k < 4)
                {
                    Assert.True(UlpDistance(narrowValues[k], scalar(x)) <= MaxUlps, $"{x:R}: {narrowValues[k]:R} against {scalar(x):R} (256-bit)");
                }
            }
        }
    }

    [Fact]
    public void Exp_is_within_one_ulp_over_its_domain_and_the_mask_marks_that_domain()
    {
        var random = new Random(11);
        var inputs = Enumerable.Range(0, 40000).Select(i => i % 4 == 0 ? (random.NextDouble() - 0.5) * 1e-3 : (random.NextDouble() * 1416) - 708)
            .Concat([0.0, -0.0, 1e-300, -1e-300, 708, -708, 709.7, -745, -800, 710, 1e308, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.5 * Math.Log(2), -0.5 * Math.Log(2)])
            .ToArray();
        Array.Resize(ref inputs, inputs.Length / 8 * 8 + 8);
        AgreesWithScalar(inputs, x => Math.Abs(x) <= 708, SimdMath.InExpDomain, SimdMath.ExpUnchecked, SimdMath.InExpDomain, SimdMath.ExpUnchecked, Math.Exp);
    }

    [Fact]
    public void Log_is_within_one_ulp_over_the_normal_doubles_and_near_one_and_the_mask_marks_that_domain()
    {
        var random = new Random(12);
        var inputs = Enumerable.Range(0, 40000).Select(i => i % 3 == 0 ? 1 + ((random.NextDouble() - 0.5) * 1e-6) : Math.Pow(10, (random.NextDouble() * 616) - 308))
            .Concat([1.0, Math.Sqrt(2), Math.Sqrt(0.5), 2.0, 0.5, double.Epsilon, 1e-310, 0.0, -1.0, double.MaxValue, double.PositiveInfinity, double.NaN, 1 + 1e-15, 1 - 1e-16])
            .ToArray();
        Array.Resize(ref inputs, inputs.Length / 8 * 8 + 8);
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = inputs[i] == 0 && i < 40000 ? 1.0 : inputs[i];
        }

        AgreesWithScalar(inputs, x => x >= 2.2250738585072014e-308 && x <= double.MaxValue, SimdMath.InLogDomain, SimdMath.LogUnchecked, SimdMath.InLogDomain, SimdMath.LogUnchecked, Math.Log);
    }
}
