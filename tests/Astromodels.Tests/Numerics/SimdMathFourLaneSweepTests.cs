using System.Runtime.Intrinsics;
using Astromodels.Numerics;
using Astromodels.Tests.TestSupport;

namespace Astromodels.Tests.Numerics;

/// <summary>Dense sweeps of the four-lane (Vector256) logarithms and exponentials against <see cref="Math.Log(double)"/> and
/// <see cref="Math.Exp"/>: the AVX2 tables and the series within 1 ulp at every point.</summary>
public class SimdMathFourLaneSweepTests
{
    [RequiresAvx2Fact]
    public void Table_logarithm_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Logarithm(), v => SimdMath.LogTable(v), Math.Log);

    [RequiresAvx2Fact]
    public void Table_exponential_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Exponential(), v => SimdMath.ExpTable(v), Math.Exp);

    [Fact]
    public void Series_logarithm_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Logarithm(), v => SimdMath.LogSeries(v), Math.Log);

    [Fact]
    public void Series_exponential_is_within_one_ulp_on_a_dense_sweep() =>
        AssertWithinOneUlp(SimdMathSweepPoints.Exponential(), v => SimdMath.ExpSeries(v), Math.Exp);

    [RequiresAvx2Fact]
    public void Table_exponential_is_exact_where_the_result_is_a_known_double()
    {
        AssertKnown(SimdMath.ExpTable(Vector256.Create(0.0, -0.0, 1e-300, -1e-17)), [1.0, 1.0, 1.0, 1.0], exact: true);
        AssertKnown(
            SimdMath.ExpTable(Vector256.Create(Math.Log(2), 10 * Math.Log(2), -708.0, 708.0)),
            [Math.Exp(Math.Log(2)), Math.Exp(10 * Math.Log(2)), Math.Exp(-708.0), Math.Exp(708.0)],
            exact: false);
    }

    [RequiresAvx2Fact]
    public void Table_logarithm_is_exact_where_the_result_is_a_known_double()
    {
        // Both sides of 1, where the reduction is exact (the result is the polynomial of an exact r): ln 1 = 0 exactly.
        var nearOne = SimdMath.LogTable(Vector256.Create(1.0, 1.0 + Math.Pow(2, -52), 1.0 - Math.Pow(2, -53), 1.0 - Math.Pow(2, -30)));
        Assert.Equal(0.0, nearOne[0]);
        AssertKnown(nearOne, [0.0, Math.Pow(2, -52), -Math.Pow(2, -53), Math.Log(1.0 - Math.Pow(2, -30))], exact: false);
        AssertKnown(
            SimdMath.LogTable(Vector256.Create(2.0, 0.5, Math.Pow(2, -1022), double.MaxValue)),
            [Math.Log(2), -Math.Log(2), Math.Log(Math.Pow(2, -1022)), Math.Log(double.MaxValue)],
            exact: false);
    }

    private static void AssertKnown(Vector256<double> values, double[] expected, bool exact)
    {
        for (var k = 0; k < 4; k++)
        {
            var distance = SimdMathSweepPoints.UlpDistance(values[k], expected[k]);
            Assert.True(exact ? distance == 0 : distance <= 1, $"lane {k}: {values[k]:R} against {expected[k]:R}");
        }
    }

    private static void AssertWithinOneUlp(double[] inputs, Func<Vector256<double>, Vector256<double>> function, Func<double, double> reference)
    {
        var worst = 0L;
        var worstAt = double.NaN;
        for (var i = 0; i + 4 <= inputs.Length; i += 4)
        {
            var values = function(Vector256.Create(inputs.AsSpan(i, 4)));
            for (var k = 0; k < 4; k++)
            {
                SimdMathSweepPoints.Track(inputs[i + k], values[k], reference, ref worst, ref worstAt);
            }
        }

        Assert.True(worst <= 1, $"{worst} ulp at {worstAt:R}");
    }
}
