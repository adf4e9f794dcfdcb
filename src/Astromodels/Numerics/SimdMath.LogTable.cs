using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Astromodels.Numerics;

/// <summary>The AVX-512 logarithm: a 16-entry table held in registers, no division and a polynomial of degree 10.</summary>
/// <remarks>
/// <para>x = 2ᵏ·m with m in [1, 2) (<c>vgetexppd</c>, <c>vgetmantpd</c>); n = round(15(m − 1)) picks cₙ = 1 + n/15 and
/// the table gives invₙ (the double nearest 1/cₙ) and −ln invₙ in a head (a multiple of 2⁻⁴², so k·ln 2 head + head is
/// exact for every normal x) and a tail. m·invₙ = p + p' exactly (a product and its error by one FMA), r = p − 1 exactly
/// (Sterbenz) and |r| ≤ 1/30; then ln x = k ln 2 − ln invₙ + ln(1 + r) + p'(1 − r), with
/// ln(1 + r) = r − r²/2 + r³Q(r), Q of degree 7 fitted by Chebyshev interpolation on [−1/30, 1/30] (mpmath
/// <c>chebyfit</c> at 60 digits; error below 2⁻⁴⁹·⁶, a hundredth of an ulp of the result). The head sum plus r is added
/// with its rounding error kept (Fast2Sum: the head is 0 or larger than |r|), so one rounding at the end dominates: the
/// result is within 0.6 ulp of ln x, hence within 1 ulp of <see cref="Math.Log(double)"/> (tested on a dense sweep).
/// Near 1 the reduction is exact: above 1, n = 0, inv = 1; below 1, k = −1 and n = 15, inv = ½, whose table entry is
/// ln 2's own head and tail, so the head sum and the tails cancel to 0 exactly and the result is r − r²/2 + r³Q(r).</para>
/// <para>About 30 vector operations against the series' 32 and a division; the tables are read by <c>vpermt2pd</c>.
/// The table values were computed with mpmath at 60 digits (invₙ = the double nearest 15/(15 + n), head = −ln invₙ
/// rounded to a multiple of 2⁻⁴², tail = the double nearest the rest).</para>
/// </remarks>
public static partial class SimdMath
{
    private const double Ln2Head42 = 0.6931471805598903; // ln 2 rounded to a multiple of 2⁻⁴²
    private const double Ln2Tail42 = 5.497923018708371e-14;
    private const double TableShifter = Shifter - 15.0; // adds −15 before rounding: t = 1.5·2⁵² + round(15m − 15)

    /// <summary>ln x with AVX-512 (the caller checks <see cref="InLogDomain(Vector512{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> LogTable(Vector512<double> x)
    {
        var m = Avx512F.GetMantissa(x, 0); // [1, 2), the sign of x (positive in the domain)
        var k = Avx512F.GetExponent(x);
        var index = Vector512.FusedMultiplyAdd(m, Vector512.Create(15.0), Vector512.Create(TableShifter)).AsInt64();
        var inverse = Avx512F.PermuteVar8x64x2(
            Vector512.Create(1.0, 0.9375, 0.8823529411764706, 0.8333333333333334, 0.7894736842105263, 0.75, 0.7142857142857143, 0.6818181818181818),
            index,
            Vector512.Create(0.6521739130434783, 0.625, 0.6, 0.5769230769230769, 0.5555555555555556, 0.5357142857142857, 0.5172413793103449, 0.5));
        var head = Avx512F.PermuteVar8x64x2(
            Vector512.Create(0.0, 0.0645385211375924, 0.12516314295407938, 0.1823215567940224, 0.2363887780643381, 0.28768207245184385, 0.3364722366211481, 0.38299225225614464),
            index,
            Vector512.Create(0.4274440148269605, 0.4700036292456389, 0.5108256237660953, 0.5500463369191948, 0.5877866649020689, 0.624154309072992, 0.6592456288842641, Ln2Head42));
        var tail = Avx512F.PermuteVar8x64x2(
            Vector512.Create(0.0, -2.1225608044809997e-14, -7.33322084888517e-14, -6.781731444177945e-14, -1.0773280709059237e-13, -6.292357389008195e-14, 6.479525522278483e-14, -3.8777024488674314e-14),
            index,
            Vector512.Create(-2.0873325321308172e-14, 9.667719603235566e-14, -1.0458453230119973e-13, 7.726786257948629e-14, 5.0085489635386213e-14, 1.923491740518719e-15, -1.8423226844520875e-16, Ln2Tail42));

        var p = m * inverse;
        var pLow = Vector512.FusedMultiplyAdd(m, inverse, -p);
        var r = p - Vector512<double>.One;
        var r2 = r * r;
        var r4 = r2 * r2;
        var q01 = Vector512.FusedMultiplyAdd(r, Vector512.Create(-0.249999999999999), Vector512.Create(0.33333333333333226));
        var q23 = Vector512.FusedMultiplyAdd(r, Vector512.Create(-0.16666666669529828), Vector512.Create(0.20000000003123375));
        var q45 = Vector512.FusedMultiplyAdd(r, Vector512.Create(-0.12499987117843751), Vector512.Create(0.1428570023276194));
        var q67 = Vector512.FusedMultiplyAdd(r, Vector512.Create(-0.10018542796853078), Vector512.Create(0.11131339276925563));
        var q = Vector512.FusedMultiplyAdd(r4, Vector512.FusedMultiplyAdd(r2, q67, q45), Vector512.FusedMultiplyAdd(r2, q23, q01));

        var sumHead = Vector512.FusedMultiplyAdd(k, Vector512.Create(Ln2Head42), head); // exact
        var sum = sumHead + r;
        var sumError = (sumHead - sum) + r;
        var small = Vector512.FusedMultiplyAdd(k, Vector512.Create(Ln2Tail42), tail) + Vector512.FusedMultiplyAdd(-pLow, r, pLow);
        var rest = Vector512.FusedMultiplyAdd(r2, Vector512.FusedMultiplyAdd(r, q, Vector512.Create(-0.5)), small) + sumError;
        return sum + rest;
    }
}
