using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Astromodels.Numerics;

/// <summary>The AVX-512 exponential: 2^(j/16) from a 16-entry table held in registers and a polynomial of degree 7.</summary>
/// <remarks>
/// <para>x = (16k + j)·ln 2/16 + r with 16k + j = round(16x/ln 2) and |r| ≤ ln 2/32; ln 2/16 is split in a head of 39
/// significant bits (n·head is exact for |n| ≤ 2¹⁴, all of |x| ≤ 708) and a tail. e^x = 2ᵏ·2^(j/16)·(1 + q) with
/// q = e^r − 1 = r + r²/2 + r³P(r), P of degree 4 fitted by Chebyshev interpolation on |r| ≤ ln 2/32 (mpmath
/// <c>chebyfit</c> at 60 digits; error below 2⁻⁴⁶·⁹, so r³P is off by less than 2⁻⁶³). 2^(j/16) is a head and a tail
/// (<c>vpermt2pd</c>, table values from mpmath at 60 digits), and 2^(j/16)(1 + q) = head + (head·q + tail) rounds once at
/// the end, so the result is within 0.6 ulp of e^x and within 1 ulp of <see cref="Math.Exp"/> (tested on a dense sweep).
/// 2ᵏ is built from the exponent bits; for |x| ≤ 708, −1022 ≤ k ≤ 1021, so 2ᵏ and the result are normal.</para>
/// <para>About 19 vector operations against the series' 23 (degree 13).</para>
/// </remarks>
public static partial class SimdMath
{
    private const double SixteenOverLn2 = 23.083120654223414;
    private const double Ln2Over16Head = 0.043321698785007356; // a multiple of 2⁻⁴³
    private const double Ln2Over16Tail = -1.0774652828509272e-14;

    /// <summary>e^x with AVX-512 (the caller checks <see cref="InExpDomain(Vector512{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> ExpTable(Vector512<double> x)
    {
        var t = Vector512.FusedMultiplyAdd(x, Vector512.Create(SixteenOverLn2), Vector512.Create(Shifter));
        var n = t - Vector512.Create(Shifter);
        var r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Over16Head), x);
        r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Over16Tail), r);
        var bits = t.AsInt64();
        var head = Avx512F.PermuteVar8x64x2(
            Vector512.Create(1.0, 1.0442737824274138, 1.0905077326652577, 1.1387886347566916, 1.189207115002721, 1.241857812073484, 1.2968395546510096, 1.3542555469368927),
            bits,
            Vector512.Create(1.4142135623730951, 1.4768261459394993, 1.5422108254079407, 1.6104903319492543, 1.681792830507429, 1.7562521603732995, 1.8340080864093424, 1.9152065613971474));
        var tail = Avx512F.PermuteVar8x64x2(
            Vector512.Create(0.0, 8.551889705537965e-17, -3.046782079812471e-17, 8.912812676025408e-17, 3.982015231465646e-17, 4.658027591836937e-17, 2.5382502794888315e-17, 7.70094837980299e-17),
            bits,
            Vector512.Create(-9.667293313452913e-17, -3.483994556892796e-17, 7.949834809697621e-17, 2.4707192569797888e-17, 8.199010020581497e-17, 2.960140695448873e-17, 3.283107224245627e-17, -1.0619946056195963e-16));

        var r2 = r * r;
        var p01 = Vector512.FusedMultiplyAdd(r, Vector512.Create(0.041666666664959766), Vector512.Create(0.16666666666666666));
        var p23 = Vector512.FusedMultiplyAdd(r, Vector512.Create(0.0013889034377693012), Vector512.Create(0.008333333333143678));
        var p = Vector512.FusedMultiplyAdd(r2, Vector512.FusedMultiplyAdd(r2, Vector512.Create(0.00019841431495343389), p23), p01);
        var q = Vector512.FusedMultiplyAdd(r2, Vector512.FusedMultiplyAdd(r, p, Vector512.Create(0.5)), r);
        var mantissa = Vector512.FusedMultiplyAdd(head, q, tail) + head;

        // (n + 16·1023) >> 4 = k + 1023, the biased exponent of 2ᵏ (n + 16·1023 > 0 in the domain).
        var biased = Vector512.ShiftRightLogical(bits - Vector512.Create(Shifter).AsInt64() + Vector512.Create(16L * 1023), 4);
        return mantissa * Vector512.ShiftLeft(biased, 52).AsDouble();
    }
}
