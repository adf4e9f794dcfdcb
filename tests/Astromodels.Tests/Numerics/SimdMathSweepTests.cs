using System.Runtime.Intrinsics;
using Astromodels.Numerics;
using Astromodels.Tests.TestSupport;

namespace Astromodels.Tests.Numerics;

/// <summary>Dense sweeps of the vector logarithms and exponentials against <see cref="Math.Log(double)"/> and
/// <see cref="Math.Exp"/>: every path (the AVX-512 tables, the series eight and four lanes wide) within 1 ulp at every point.</summary>
public class SimdMathSweepTests
{
    [RequiresAvx512Fact]
    public void Table_logarithm_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(Sweep(), v => SimdMath.LogTable(v), Math.Log);

    [RequiresAvx512Fact]
    public void Table_exponential_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(ExpSweep(), v => SimdMath.ExpTable(v), Math.Exp);

    [Fact]
    public void Series_exponential_eight_lanes_wide_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(ExpSweep(), v => SimdMath.ExpSeries(v), Math.Exp);

    [RequiresAvx512Fact]
    public void Table_exponential_is_exact_where_the_result_is_a_known_double()
    {
        var values = SimdMath.ExpTable(Vector512.Create(0.0, -0.0, Math.Log(2), 10 * Math.Log(2), -708.0, 708.0, 1e-300, -1e-17));
        double[] expected = [1.0, 1.0, Math.Exp(Math.Log(2)), Math.Exp(10 * Math.Log(2)), Math.Exp(-708.0), Math.Exp(708.0), 1.0, 1.0];
        for (var k = 0; k < 8; k++)
        {
            Assert.True(UlpDistance(values[k], expected[k]) <= 1, $"lane {k}: {values[k]:R} against {expected[k]:R}");
        }

        Assert.Equal(1.0, values[0]);
    }

    [Fact]
    public void Series_logarithm_eight_lanes_wide_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(Sweep(), v => SimdMath.LogSeries(v), Math.Log);

    [Fact]
    public void Series_logarithm_four_lanes_wide_is_within_one_ulp_on_a_dense_sweep()
    {
        var inputs = Sweep();
        var worst = 0L;
        var worstAt = double.NaN;
        for (var i = 0; i + 4 <= inputs.Length; i += 4)
        {
            var values = SimdMath.LogUnchecked(Vector256.Create(inputs.AsSpan(i, 4)));
            for (var k = 0; k < 4; k++)
            {
                Track(inputs[i + k], values[k], Math.Log, ref worst, ref worstAt);
            }
        }

        Assert.True(worst <= 1, $"{worst} ulp at {worstAt:R}");
    }

    [RequiresAvx512Fact]
    public void Table_logarithm_is_exact_where_the_result_is_a_known_double()
    {
        var ones = SimdMath.LogTable(Vector512.Create(1.0));
        Assert.Equal(0.0, ones[0]);
        var values = SimdMath.LogTable(Vector512.Create(2.0, 0.5, 4.0, 1024.0, 1.0 + Math.Pow(2, -52), 1.0 - Math.Pow(2, -53), Math.Pow(2, -1022), double.MaxValue));
        double[] expected = [Math.Log(2), -Math.Log(2), Math.Log(4), Math.Log(1024), Math.Pow(2, -52), -Math.Pow(2, -53), Math.Log(Math.Pow(2, -1022)), Math.Log(double.MaxValue)];
        for (var k = 0; k < 8; k++)
        {
            Assert.True(UlpDistance(values[k], expected[k]) <= 1, $"lane {k}: {values[k]:R} against {expected[k]:R}");
        }
    }

    // Every binade's reduction is the same, so the sweep is dense in [1/2, 4) (each table interval and both sides of 1,
    // 2 and the interval edges 1 + (n ± ½)/15), ±2⁻²⁰ around 1 (where ln x ≈ x − 1 needs relative accuracy), and
    // random points over the whole normal range.
    private static double[] Sweep()
    {
        var points = new List<double>();
        for (var i = 0; i < 1_400_000; i++)
        {
            points.Add(0.5 + (3.5 * i / 1_400_000.0));
        }

        for (var i = -200_000; i < 200_000; i++)
        {
            points.Add(1.0 + (i * Math.Pow(2, -37)));
        }

        for (var n = 0; n <= 15; n++)
        {
            var edge = 1.0 + ((n + 0.5) / 15.0);
            for (var i = -500; i <= 500; i++)
            {
                points.Add(edge + (i * Math.Pow(2, -52)));
                points.Add(0.5 * (edge + (i * Math.Pow(2, -52))));
            }
        }

        var random = new Random(20261206);
        for (var i = 0; i < 400_000; i++)
        {
            points.Add(Math.Pow(2, (random.NextDouble() * 2044) - 1022));
        }

        points.Add(2.2250738585072014e-308);
        points.Add(double.MaxValue);
        while (points.Count % 8 != 0)
        {
            points.Add(1.0);
        }

        return [.. points];
    }

    // Dense in [−708, 708], denser in [−2, 2] and around 0, and on both sides of every table boundary (j + ½)·ln 2/16 in
    // [−1, 1], where the reduction switches entries and |r| is largest.
    private static double[] ExpSweep()
    {
        var points = new List<double>();
        for (var i = 0; i < 1_000_000; i++)
        {
            points.Add(-708.0 + (1416.0 * i / 1_000_000.0));
            points.Add(-2.0 + (4.0 * i / 1_000_000.0));
        }

        for (var i = -100_000; i < 100_000; i++)
        {
            points.Add(i * Math.Pow(2, -40));
        }

        for (var n = -48; n < 48; n++)
        {
            var edge = (n + 0.5) * Math.Log(2) / 16;
            for (var i = -200; i <= 200; i++)
            {
                points.Add(edge + (i * Math.Pow(2, -50)));
            }
        }

        points.Add(708.0);
        points.Add(-708.0);
        while (points.Count % 8 != 0)
        {
            points.Add(0.0);
        }

        return [.. points];
    }

    private static void AssertWithinOneUlp(double[] inputs, Func<Vector512<double>, Vector512<double>> function, Func<double, double> reference)
    {
        var worst = 0L;
        var worstAt = double.NaN;
        for (var i = 0; i + 8 <= inputs.Length; i += 8)
        {
            var values = function(Vector512.Create(inputs.AsSpan(i, 8)));
            for (var k = 0; k < 8; k++)
            {
                Track(inputs[i + k], values[k], reference, ref worst, ref worstAt);
            }
        }

        Assert.True(worst <= 1, $"{worst} ulp at {worstAt:R}");
    }

    private static void Track(double x, double value, Func<double, double> reference, ref long worst, ref double worstAt)
    {
        var distance = UlpDistance(value, reference(x));
        if (distance > worst)
        {
            worst = distance;
            worstAt = x;
        }
    }

    private static long UlpDistance(double a, double b)
    {
        if (a == b)
        {
            return 0;
        }

        static long Ordered(double v)
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            return bits < 0 ? long.MinValue - bits : bits;
        }

        return Math.Abs(Ordered(a) - Ordered(b));
    }
}
