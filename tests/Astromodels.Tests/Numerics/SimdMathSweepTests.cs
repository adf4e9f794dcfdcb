using System.Runtime.Intrinsics;
using Astromodels.Numerics;
using Astromodels.Tests.TestSupport;

namespace Astromodels.Tests.Numerics;

/// <summary>Dense sweeps of the vector logarithms and exponentials against <see cref="Math.Log(double)"/> and
/// <see cref="Math.Exp"/>: every eight-lane path (the AVX-512 tables, the series) within 1 ulp at every point; the four-lane paths are in
/// <see cref="SimdMathFourLaneSweepTests"/>.</summary>
public class SimdMathSweepTests
{
    [RequiresAvx512Fact]
    public void Table_logarithm_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Logarithm(), v => SimdMath.LogTable(v), Math.Log);

    [RequiresAvx512Fact]
    public void Table_exponential_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Exponential(), v => SimdMath.ExpTable(v), Math.Exp);

    [Fact]
    public void Series_exponential_eight_lanes_wide_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Exponential(), v => SimdMath.ExpSeries(v), Math.Exp);

    [RequiresAvx512Fact]
    public void Table_exponential_is_exact_where_the_result_is_a_known_double()
    {
        var values = SimdMath.ExpTable(Vector512.Create(0.0, -0.0, Math.Log(2), 10 * Math.Log(2), -708.0, 708.0, 1e-300, -1e-17));
        double[] expected = [1.0, 1.0, Math.Exp(Math.Log(2)), Math.Exp(10 * Math.Log(2)), Math.Exp(-708.0), Math.Exp(708.0), 1.0, 1.0];
        for (var k = 0; k < 8; k++)
        {
            Assert.True(SimdMathSweepPoints.UlpDistance(values[k], expected[k]) <= 1, $"lane {k}: {values[k]:R} against {expected[k]:R}");
        }

        Assert.Equal(1.0, values[0]);
    }

    [Fact]
    public void Series_logarithm_eight_lanes_wide_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Logarithm(), v => SimdMath.LogSeries(v), Math.Log);

    [RequiresAvx512Fact]
    public void Table_logarithm_is_exact_where_the_result_is_a_known_double()
    {
        var ones = SimdMath.LogTable(Vector512.Create(1.0));
        Assert.Equal(0.0, ones[0]);
        var values = SimdMath.LogTable(Vector512.Create(2.0, 0.5, 4.0, 1024.0, 1.0 + Math.Pow(2, -52), 1.0 - Math.Pow(2, -53), Math.Pow(2, -1022), double.MaxValue));
        double[] expected = [Math.Log(2), -Math.Log(2), Math.Log(4), Math.Log(1024), Math.Pow(2, -52), -Math.Pow(2, -53), Math.Log(Math.Pow(2, -1022)), Math.Log(double.MaxValue)];
        for (var k = 0; k < 8; k++)
        {
            Assert.True(SimdMathSweepPoints.UlpDistance(values[k], expected[k]) <= 1, $"lane {k}: {values[k]:R} against {expected[k]:R}");
        }
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
                SimdMathSweepPoints.Track(inputs[i + k], values[k], reference, ref worst, ref worstAt);
            }
        }

        Assert.True(worst <= 1, $"{worst} ulp at {worstAt:R}");
    }
}
