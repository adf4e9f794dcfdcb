using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Astromodels.Numerics;

/// <summary>Exponential and natural logarithm of SIMD vectors, small enough to inline into the kernels that use them.</summary>
/// <remarks>
/// <para>Why not <see cref="Vector512.Exp(Vector512{double})"/>: it is a call, and every vector register is volatile
/// across a call on x64, so a kernel loop that calls it spills and reloads its constants on each iteration (measured:
/// the Blackbody kernel spent more time there than in the exponential itself).</para>
/// <para>exp: x = n·ln 2 + r with n = round(x/ln 2) and |r| ≤ ln 2/2, ln 2 split in a 32-bit head (n·head is exact) and
/// a tail; e^r by its Taylor polynomial to degree 13 (truncation below 4e-18 relative) in Horner form; 2ⁿ from the
/// exponent bits. log: x = 2ᵉ·m with m in [√½, √2), f = m − 1, s = f/(2 + f), ln m = 2 atanh s = f − f²/2 + s·(f²/2 + R)
/// with R = Σ 2s²ᵏ/(2k + 1) to k = 11 (truncation below 2e-18 relative). Both agree with <see cref="Math.Exp"/> and
/// <see cref="Math.Log(double)"/> to 1 ulp (tested on 40,000 points each and on dense sweeps). These series
/// (<c>ExpSeries</c>, <c>LogSeries</c>) are the fallback: the Vector512 functions where AVX-512 is missing and the
/// Vector256 ones where AVX2 is. With AVX-512 the Vector512 functions, and with AVX2 the Vector256 ones, are
/// table-driven (<c>ExpTable</c>, <c>LogTable</c>: shorter polynomials, no division), within the same 1 ulp but not
/// always the same last bit as the series.</para>
/// <para>Each function has a domain (exp: |x| ≤ 708; log: x a positive normal finite number), given lane by lane by
/// <c>InExpDomain</c>/<c>InLogDomain</c>; outside it a lane's value is meaningless, and the kernels that use these
/// functions send such spans through their scalar references.</para>
/// </remarks>
public static partial class SimdMath
{
    private const double Ln2Head = 0.6931471803691238; // 32 significant bits
    private const double Ln2Tail = 1.9082149292705877e-10;
    private const double InverseLn2 = 1.4426950408889634;
    private const double ExpLimit = 708.0;
    private const double SmallestNormal = 2.2250738585072014e-308;
    private const double Shifter = 6755399441055744.0; // 1.5·2⁵²
    private const double TwoPow52 = 4503599627370496.0;

    /// <summary>All ones in the lanes where <see cref="ExpUnchecked(Vector512{double})"/> is exact (|x| ≤ 708).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> InExpDomain(Vector512<double> x) => Vector512.LessThanOrEqual(Vector512.Abs(x), Vector512.Create(ExpLimit));

    /// <summary>e^x for lanes with |x| ≤ 708; other lanes hold meaningless values (the caller checks
    /// <see cref="InExpDomain(Vector512{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ExpUnchecked(Vector512<double> x) => Avx512F.IsSupported ? ExpTable(x) : ExpSeries(x);

    /// <summary>e^x by the series below (the Vector256 algorithm eight lanes wide): the path where AVX-512's permutes
    /// are missing (Vector512 emulated), tested beside <see cref="ExpTable(Vector512{double})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> ExpSeries(Vector512<double> x)
    {
        // Adding 1.5·2⁵² rounds x/ln 2 to an integer n held in the low bits of t (no float-to-integer conversion,
        // which AVX2 lacks).
        var t = Vector512.FusedMultiplyAdd(x, Vector512.Create(InverseLn2), Vector512.Create(Shifter));
        var n = t - Vector512.Create(Shifter);
        var r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Head), x);
        r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Tail), r);

        // e^r = 1 + (r + r²·P(r)), P(r) = Σ rᵏ/(k + 2)! to k = 11, by Estrin's scheme (a short dependency chain).
        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var a0 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 6), Vector512.Create(1.0 / 2));
        var a1 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 120), Vector512.Create(1.0 / 24));
        var a2 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 5040), Vector512.Create(1.0 / 720));
        var a3 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 362880), Vector512.Create(1.0 / 40320));
        var a4 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 39916800), Vector512.Create(1.0 / 3628800));
        var a5 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 6227020800), Vector512.Create(1.0 / 479001600));
        var low = Vector512.FusedMultiplyAdd(r2, a1, a0);
        var middle = Vector512.FusedMultiplyAdd(r2, a3, a2);
        var high = Vector512.FusedMultiplyAdd(r2, a5, a4);
        var polynomial = Vector512.FusedMultiplyAdd(r8, high, Vector512.FusedMultiplyAdd(r4, middle, low));
        var p = Vector512<double>.One + Vector512.FusedMultiplyAdd(r2, polynomial, r);
        var scale = Vector512.ShiftLeft(t.AsInt64() - Vector512.Create(Shifter).AsInt64() + Vector512.Create(1023L), 52).AsDouble();
        return p * scale;
    }

    /// <summary>All ones in the lanes where <see cref="ExpUnchecked(Vector256{double})"/> is exact (|x| ≤ 708).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> InExpDomain(Vector256<double> x) => Vector256.LessThanOrEqual(Vector256.Abs(x), Vector256.Create(ExpLimit));

    /// <summary>e^x for lanes with |x| ≤ 708; other lanes hold meaningless values (the caller checks
    /// <see cref="InExpDomain(Vector256{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ExpUnchecked(Vector256<double> x) => Avx2.IsSupported ? ExpTable(x) : ExpSeries(x);

    /// <summary>e^x by the series: the path where AVX2's permutes are missing (Vector256 emulated), tested beside
    /// <see cref="ExpTable(Vector256{double})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> ExpSeries(Vector256<double> x)
    {
        // Adding 1.5·2⁵² rounds x/ln 2 to an integer n held in the low bits of t (no float-to-integer conversion,
        // which AVX2 lacks).
        var t = Vector256.FusedMultiplyAdd(x, Vector256.Create(InverseLn2), Vector256.Create(Shifter));
        var n = t - Vector256.Create(Shifter);
        var r = Vector256.FusedMultiplyAdd(-n, Vector256.Create(Ln2Head), x);
        r = Vector256.FusedMultiplyAdd(-n, Vector256.Create(Ln2Tail), r);

        // e^r = 1 + (r + r²·P(r)), P(r) = Σ rᵏ/(k + 2)! to k = 11, by Estrin's scheme (a short dependency chain).
        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var a0 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 6), Vector256.Create(1.0 / 2));
        var a1 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 120), Vector256.Create(1.0 / 24));
        var a2 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 5040), Vector256.Create(1.0 / 720));
        var a3 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 362880), Vector256.Create(1.0 / 40320));
        var a4 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 39916800), Vector256.Create(1.0 / 3628800));
        var a5 = Vector256.FusedMultiplyAdd(r, Vector256.Create(1.0 / 6227020800), Vector256.Create(1.0 / 479001600));
        var low = Vector256.FusedMultiplyAdd(r2, a1, a0);
        var middle = Vector256.FusedMultiplyAdd(r2, a3, a2);
        var high = Vector256.FusedMultiplyAdd(r2, a5, a4);
        var polynomial = Vector256.FusedMultiplyAdd(r8, high, Vector256.FusedMultiplyAdd(r4, middle, low));
        var p = Vector256<double>.One + Vector256.FusedMultiplyAdd(r2, polynomial, r);
        var scale = Vector256.ShiftLeft(t.AsInt64() - Vector256.Create(Shifter).AsInt64() + Vector256.Create(1023L), 52).AsDouble();
        return p * scale;
    }

    /// <summary>All ones in the lanes where <see cref="LogUnchecked(Vector512{double})"/> is exact (x positive, normal, finite).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> InLogDomain(Vector512<double> x) =>
        Vector512.GreaterThanOrEqual(x, Vector512.Create(SmallestNormal)) & Vector512.LessThanOrEqual(x, Vector512.Create(double.MaxValue));

    /// <summary>ln x for positive, normal, finite lanes; other lanes hold meaningless values (the caller checks
    /// <see cref="InLogDomain(Vector512{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> LogUnchecked(Vector512<double> x) => Avx512F.IsSupported ? LogTable(x) : LogSeries(x);

    /// <summary>ln x by the series below (the Vector256 algorithm eight lanes wide): the path where AVX-512's exponent
    /// and permute instructions are missing (Vector512 emulated), tested beside <see cref="LogTable(Vector512{double})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<double> LogSeries(Vector512<double> x)
    {
        var bits = x.AsUInt64();
        // The biased exponent as a double through the 2⁵² trick (no integer-to-float conversion, which AVX2 lacks).
        var biased = (Vector512.ShiftRightLogical(bits, 52) | Vector512.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector512.Create(TwoPow52);
        var m = ((bits & Vector512.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector512.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
        var above = Vector512.GreaterThan(m, Vector512.Create(1.4142135623730951));
        m = Vector512.ConditionalSelect(above, m * Vector512.Create(0.5), m);
        var e = biased - Vector512.Create(1023.0) + (above & Vector512<double>.One);
        var f = m - Vector512<double>.One;
        var s = f / (Vector512.Create(2.0) + f);
        var z = s * s;

        // R = z·Σ 2zᵏ/(2k + 3) to k = 10, by Estrin's scheme.
        var z2 = z * z;
        var z4 = z2 * z2;
        var z8 = z4 * z4;
        var b0 = Vector512.FusedMultiplyAdd(z, Vector512.Create(2.0 / 5), Vector512.Create(2.0 / 3));
        var b1 = Vector512.FusedMultiplyAdd(z, Vector512.Create(2.0 / 9), Vector512.Create(2.0 / 7));
        var b2 = Vector512.FusedMultiplyAdd(z, Vector512.Create(2.0 / 13), Vector512.Create(2.0 / 11));
        var b3 = Vector512.FusedMultiplyAdd(z, Vector512.Create(2.0 / 17), Vector512.Create(2.0 / 15));
        var b4 = Vector512.FusedMultiplyAdd(z, Vector512.Create(2.0 / 21), Vector512.Create(2.0 / 19));
        var b5 = Vector512.Create(2.0 / 23);
        var series = Vector512.FusedMultiplyAdd(z8, Vector512.FusedMultiplyAdd(z2, b5, b4),
            Vector512.FusedMultiplyAdd(z4, Vector512.FusedMultiplyAdd(z2, b3, b2), Vector512.FusedMultiplyAdd(z2, b1, b0)));
        var rr = z * series;
        var halfSquare = Vector512.Create(0.5) * f * f;
        var tail = Vector512.FusedMultiplyAdd(s, halfSquare + rr, e * Vector512.Create(Ln2Tail));
        return Vector512.FusedMultiplyAdd(e, Vector512.Create(Ln2Head), f - (halfSquare - tail));
    }

    /// <summary>All ones in the lanes where <see cref="LogUnchecked(Vector256{double})"/> is exact (x positive, normal, finite).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> InLogDomain(Vector256<double> x) =>
        Vector256.GreaterThanOrEqual(x, Vector256.Create(SmallestNormal)) & Vector256.LessThanOrEqual(x, Vector256.Create(double.MaxValue));

    /// <summary>ln x for positive, normal, finite lanes; other lanes hold meaningless values (the caller checks
    /// <see cref="InLogDomain(Vector256{double})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> LogUnchecked(Vector256<double> x) => Avx2.IsSupported ? LogTable(x) : LogSeries(x);

    /// <summary>ln x by the series: the path where AVX2's permutes are missing (Vector256 emulated), tested beside
    /// <see cref="LogTable(Vector256{double})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> LogSeries(Vector256<double> x)
    {
        var bits = x.AsUInt64();
        // The biased exponent as a double through the 2⁵² trick (no integer-to-float conversion, which AVX2 lacks).
        var biased = (Vector256.ShiftRightLogical(bits, 52) | Vector256.Create(0x4330_0000_0000_0000UL)).AsDouble() - Vector256.Create(TwoPow52);
        var m = ((bits & Vector256.Create(0x000F_FFFF_FFFF_FFFFUL)) | Vector256.Create(0x3FF0_0000_0000_0000UL)).AsDouble();
        var above = Vector256.GreaterThan(m, Vector256.Create(1.4142135623730951));
        m = Vector256.ConditionalSelect(above, m * Vector256.Create(0.5), m);
        var e = biased - Vector256.Create(1023.0) + (above & Vector256<double>.One);
        var f = m - Vector256<double>.One;
        var s = f / (Vector256.Create(2.0) + f);
        var z = s * s;

        // R = z·Σ 2zᵏ/(2k + 3) to k = 10, by Estrin's scheme.
        var z2 = z * z;
        var z4 = z2 * z2;
        var z8 = z4 * z4;
        var b0 = Vector256.FusedMultiplyAdd(z, Vector256.Create(2.0 / 5), Vector256.Create(2.0 / 3));
        var b1 = Vector256.FusedMultiplyAdd(z, Vector256.Create(2.0 / 9), Vector256.Create(2.0 / 7));
        var b2 = Vector256.FusedMultiplyAdd(z, Vector256.Create(2.0 / 13), Vector256.Create(2.0 / 11));
        var b3 = Vector256.FusedMultiplyAdd(z, Vector256.Create(2.0 / 17), Vector256.Create(2.0 / 15));
        var b4 = Vector256.FusedMultiplyAdd(z, Vector256.Create(2.0 / 21), Vector256.Create(2.0 / 19));
        var b5 = Vector256.Create(2.0 / 23);
        var series = Vector256.FusedMultiplyAdd(z8, Vector256.FusedMultiplyAdd(z2, b5, b4),
            Vector256.FusedMultiplyAdd(z4, Vector256.FusedMultiplyAdd(z2, b3, b2), Vector256.FusedMultiplyAdd(z2, b1, b0)));
        var rr = z * series;
        var halfSquare = Vector256.Create(0.5) * f * f;
        var tail = Vector256.FusedMultiplyAdd(s, halfSquare + rr, e * Vector256.Create(Ln2Tail));
        return Vector256.FusedMultiplyAdd(e, Vector256.Create(Ln2Head), f - (halfSquare - tail));
    }
}
