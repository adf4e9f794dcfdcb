using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Astromodels.Numerics;

/// <summary>The AVX2 logarithm: an 8-entry table read by <c>vpermd</c>, no division and a polynomial of degree 12.</summary>
/// <remarks>
/// <para>The AVX-512 algorithm (<c>LogTable</c> of a Vector512) with half the entries: x = 2ᵏ·m with m in [1, 2) from the
/// bits (k by the 2⁵² trick); n = round(7(m − 1)) picks cₙ = 1 + n/7, the table gives invₙ (1/cₙ rounded to 21
/// significant bits), −ln invₙ as a head (a multiple of 2⁻⁴², so k·ln 2 head + head is exact) and a tail. m·invₙ = p + p'
/// exactly (one FMA), r = p − 1 exactly (Sterbenz), −1/16 ≤ r ≤ 1/14; ln x = k ln 2 − ln invₙ + ln(1 + r) + p'(1 − r)
/// with ln(1 + r) = r − r²/2 + r³Q(r), Q of degree 9 fitted by Chebyshev interpolation on that interval widened by
/// 2⁻²⁰ (mpmath <c>chebyfit</c> at 60 digits, coefficients rounded to doubles and the error re-evaluated at 2,001
/// points: r³Q is off by less than 2⁻⁵⁹·⁴·|ln(1 + r)|). The head sum plus r is added with its rounding error kept
/// (Fast2Sum), so the rounding at the end dominates: within 0.6 ulp of ln x, hence within 1 ulp of
/// <see cref="Math.Log(double)"/> (tested on a dense sweep).</para>
/// <para>The table, read as in <c>ExpTable</c> of a Vector256 (n in both halves of a lane, <c>vpermd</c>): invₙ has
/// 21 significant bits, so its high words make it (the low word cleared by a mask); the head is a low-word and a
/// high-word register joined by <c>vpblendd</c>; the tail is the double whose two halves are equal nearest
/// −ln invₙ − head (21 bits: error below 2⁻⁶⁴·³, a 150th of an ulp of any result it enters, |ln x| ≥ 0.036 there).
/// ln 2's tail is that same rounded value (entry 7, inv = ½), off by 2⁻⁶⁶·⁵ from ln 2 − head, so k·ln 2 is off by at
/// most 2⁻⁵⁶·⁵ where |ln x| ≥ 0.69·|k| − 0.35. Near 1 the reduction is exact as with AVX-512: above 1, n = 0, inv = 1;
/// below 1, k = −1, n = 7, inv = ½, and the head sum and the tails cancel to 0 exactly. Table values from mpmath at
/// 60 digits.</para>
/// <para>No division (the series' s = f/(2 + f)) and a shorter dependency chain: measured with AVX-512 switched off,
/// 1.34 against 1.67 ns per element.</para>
/// </remarks>
public static partial class SimdMath
{
    private const double Ln2Tail21 = 5.497922101842664e-14; // ln 2 − Ln2Head42 as the double whose halves are equal
    private const double SevenTableShifter = Shifter - 7.0; // t = 1.5·2⁵² + round(7m − 7)
    private const double ExponentShifter = TwoPow52 + 1023.0;

    /// <summary>ln x with AVX2 (the caller checks <see cref="InLogDomain(Vector256{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> LogTable(Vector256<double> x)
    {
        var bits = x.AsUInt64();
        var k = (Vector256.ShiftRightLogical(bits, 52) | Vector256.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector256.Create(ExponentShifter);
        var m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector256.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
        var index = Avx2.Shuffle(Vector256.FusedMultiplyAdd(m, Vector256.Create(7.0), Vector256.Create(SevenTableShifter)).AsUInt32(), 0b1010_0000);
        var inverse = (Avx2.PermuteVar8x32(
            Vector256.Create(0x3FF00000U, 0x3FEC0000U, 0x3FE8E38EU, 0x3FE66666U, 0x3FE45D17U, 0x3FE2AAABU, 0x3FE13B14U, 0x3FE00000U), index)
            & Vector256.Create(0xFFFF_FFFF_0000_0000UL).AsUInt32()).AsDouble();
        var head = Avx2.Blend(
            Avx2.PermuteVar8x32(Vector256.Create(0x00000000U, 0x8227E000U, 0xAEE7D000U, 0x49739000U, 0xDE9E1000U, 0x04A0A000U, 0xBE185800U, 0xFEFA3800U), index),
            Avx2.PermuteVar8x32(Vector256.Create(0x00000000U, 0x3FC1178EU, 0x3FD01589U, 0x3FD6D3C4U, 0x3FDCED53U, 0x3FE13F75U, 0x3FE3CF2AU, 0x3FE62E42U), index),
            0b1010_1010).AsDouble();
        var tail = Avx2.PermuteVar8x32(
            Vector256.Create(0x00000000U, 0x3D21EF79U, 0x3D30C387U, 0xBD33BFB1U, 0xBD3AAFF1U, 0x3D30082EU, 0x3D251662U, 0x3D2EF357U), index).AsDouble();

        var p = m * inverse;
        var pLow = Vector256.FusedMultiplyAdd(m, inverse, -p);
        var r = p - Vector256<double>.One;
        // −½ + rQ(r) by Estrin's scheme (a short dependency chain, which bounds the loops that use this).
        var r2 = r * r;
        var r4 = r2 * r2;
        var c01 = Vector256.FusedMultiplyAdd(r, Vector256.Create(0.33333333333333354), Vector256.Create(-0.5));
        var c23 = Vector256.FusedMultiplyAdd(r, Vector256.Create(0.19999999999764329), Vector256.Create(-0.24999999999997574));
        var c45 = Vector256.FusedMultiplyAdd(r, Vector256.Create(0.14285714722965462), Vector256.Create(-0.16666666675247271));
        var c67 = Vector256.FusedMultiplyAdd(r, Vector256.Create(0.11110821922916901), Vector256.Create(-0.12499992038649561));
        var c89 = Vector256.FusedMultiplyAdd(r, Vector256.Create(0.09170214230803898), Vector256.Create(-0.10002635577755557));
        var c = Vector256.FusedMultiplyAdd(r4 * r4, Vector256.FusedMultiplyAdd(r2, Vector256.Create(-0.08074289773879602), c89),
            Vector256.FusedMultiplyAdd(r4, Vector256.FusedMultiplyAdd(r2, c67, c45), Vector256.FusedMultiplyAdd(r2, c23, c01)));

        var sumHead = Vector256.FusedMultiplyAdd(k, Vector256.Create(Ln2Head42), head); // exact
        var sum = sumHead + r;
        var sumError = (sumHead - sum) + r;
        var small = Vector256.FusedMultiplyAdd(k, Vector256.Create(Ln2Tail21), tail) + Vector256.FusedMultiplyAdd(-pLow, r, pLow);
        var rest = Vector256.FusedMultiplyAdd(r2, c, small + sumError);
        return sum + rest;
    }
}
