using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Astromodels.Functions;

/// <summary>The vector loops of <see cref="SpanKernels"/>, one per shape and vector width; each returns whether every
/// lane was inside the kernel's domain.</summary>
internal static partial class SpanKernels
{
    private static bool PowerLaw512(ReadOnlySpan<double> x, double pivot, double index, double norm, Span<double> destination)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        var vPivot = Vector512.Create(pivot);
        var vIndex = Vector512.Create(index);
        var vNorm = Vector512.Create(norm);
        var ok = Vector512<double>.AllBitsSet;
        var last = (nuint)(x.Length - Vector512<double>.Count);

        // Two passes, each a short dependency chain: the logarithm and the exponential in one loop body make a chain
        // too long for the out-of-order window (measured slower).
        for (nuint i = 0; ; i += (nuint)Vector512<double>.Count)
        {
            i = Math.Min(i, last);
            var t = Vector512.LoadUnsafe(ref x0, i) / vPivot;
            var exponent = vIndex * Numerics.SimdMath.LogUnchecked(t);
            ok &= Numerics.SimdMath.InLogDomain(t) & Numerics.SimdMath.InExpDomain(exponent);
            exponent.StoreUnsafe(ref d0, i);
            if (i == last)
            {
                break;
            }
        }

        if (Vector512.ExtractMostSignificantBits(ok) != (1u << Vector512<double>.Count) - 1)
        {
            return false;
        }

        // In place, so the overlapping last vector is recomputed from x rather than exponentiated twice.
        var whole = (nuint)(x.Length - (x.Length % Vector512<double>.Count));
        for (nuint i = 0; i < whole; i += (nuint)Vector512<double>.Count)
        {
            (vNorm * Numerics.SimdMath.ExpUnchecked(Vector512.LoadUnsafe(ref d0, i))).StoreUnsafe(ref d0, i);
        }

        if (whole != (nuint)x.Length)
        {
            var exponent = vIndex * Numerics.SimdMath.LogUnchecked(Vector512.LoadUnsafe(ref x0, last) / vPivot);
            (vNorm * Numerics.SimdMath.ExpUnchecked(exponent)).StoreUnsafe(ref d0, last);
        }

        return true;
    }

    private static bool PowerLaw256(ReadOnlySpan<double> x, double pivot, double index, double norm, Span<double> destination)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        var vPivot = Vector256.Create(pivot);
        var vIndex = Vector256.Create(index);
        var vNorm = Vector256.Create(norm);
        var ok = Vector256<double>.AllBitsSet;
        var last = (nuint)(x.Length - Vector256<double>.Count);

        // Two passes, each a short dependency chain: the logarithm and the exponential in one loop body make a chain
        // too long for the out-of-order window (measured slower).
        for (nuint i = 0; ; i += (nuint)Vector256<double>.Count)
        {
            i = Math.Min(i, last);
            var t = Vector256.LoadUnsafe(ref x0, i) / vPivot;
            var exponent = vIndex * Numerics.SimdMath.LogUnchecked(t);
            ok &= Numerics.SimdMath.InLogDomain(t) & Numerics.SimdMath.InExpDomain(exponent);
            exponent.StoreUnsafe(ref d0, i);
            if (i == last)
            {
                break;
            }
        }

        if (Vector256.ExtractMostSignificantBits(ok) != (1u << Vector256<double>.Count) - 1)
        {
            return false;
        }

        // In place, so the overlapping last vector is recomputed from x rather than exponentiated twice.
        var whole = (nuint)(x.Length - (x.Length % Vector256<double>.Count));
        for (nuint i = 0; i < whole; i += (nuint)Vector256<double>.Count)
        {
            (vNorm * Numerics.SimdMath.ExpUnchecked(Vector256.LoadUnsafe(ref d0, i))).StoreUnsafe(ref d0, i);
        }

        if (whole != (nuint)x.Length)
        {
            var exponent = vIndex * Numerics.SimdMath.LogUnchecked(Vector256.LoadUnsafe(ref x0, last) / vPivot);
            (vNorm * Numerics.SimdMath.ExpUnchecked(exponent)).StoreUnsafe(ref d0, last);
        }

        return true;
    }

    private static bool Blackbody512(ReadOnlySpan<double> x, double k, double kT, Span<double> destination)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        var vKT = Vector512.Create(kT);
        var vInverseKT = Vector512.Create(1.0 / kT);
        var vK = Vector512.Create(k);
        var small = Vector512.Create(0.01);
        var tiny = Vector512.Create(1e-300);
        var large = Vector512.Create(700.0);
        var one = Vector512<double>.One;
        // 1e-300 ≤ r ≤ 700 exactly when r's bits less those of 1e-300 are at most those of 700 less those of 1e-300, as
        // unsigned integers (negative numbers wrap around, NaN is above): a subtraction and a running maximum.
        var largest = Vector512<ulong>.Zero;
        var last = (nuint)(x.Length - Vector512<double>.Count);
        for (nuint i = 0; ; i += (nuint)Vector512<double>.Count)
        {
            i = Math.Min(i, last);
            var vx = Vector512.LoadUnsafe(ref x0, i);
            // x/kT without a division: x·(1/kT) and one Newton correction.
            var r0 = vx * vInverseKT;
            var r = Vector512.FusedMultiplyAdd(Vector512.FusedMultiplyAdd(-r0, vKT, vx), vInverseKT, r0);
            largest = Vector512.Max(largest, r.AsUInt64() - tiny.AsUInt64());
            var w = Numerics.SimdMath.ExpUnchecked(-r); // exact where ok: −700 ≤ −r ≤ 0
            var denominator = one - w;
            if (Vector512.LessThanAny(r, small))
            {
                var series = r * (one - r * (Vector512.Create(0.5) - r * (Vector512.Create(1.0 / 6) - r * (Vector512.Create(1.0 / 24)
                    - r * (Vector512.Create(1.0 / 120) - r * (Vector512.Create(1.0 / 720) - r * Vector512.Create(1.0 / 5040)))))));
                denominator = Vector512.ConditionalSelect(Vector512.LessThan(r, small), series, denominator);
            }
            (vK * vx * vx * w / denominator).StoreUnsafe(ref d0, i);
            if (i == last)
            {
                break;
            }
        }

        return Vector512.LessThanOrEqualAll(largest, large.AsUInt64() - tiny.AsUInt64());
    }

    private static bool Blackbody256(ReadOnlySpan<double> x, double k, double kT, Span<double> destination)
    {
        ref var x0 = ref MemoryMarshal.GetReference(x);
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        var vKT = Vector256.Create(kT);
        var vInverseKT = Vector256.Create(1.0 / kT);
        var vK = Vector256.Create(k);
        var small = Vector256.Create(0.01);
        var tiny = Vector256.Create(1e-300);
        var large = Vector256.Create(700.0);
        var one = Vector256<double>.One;
        var ok = Vector256<double>.AllBitsSet;
        var last = (nuint)(x.Length - Vector256<double>.Count);
        for (nuint i = 0; ; i += (nuint)Vector256<double>.Count)
        {
            i = Math.Min(i, last);
            var vx = Vector256.LoadUnsafe(ref x0, i);
            // x/kT without a division: x·(1/kT) and one Newton correction.
            var r0 = vx * vInverseKT;
            var r = Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(-r0, vKT, vx), vInverseKT, r0);
            ok &= Vector256.GreaterThanOrEqual(r, tiny) & Vector256.LessThanOrEqual(r, large);
            var w = Numerics.SimdMath.ExpUnchecked(-r); // exact where ok: −700 ≤ −r ≤ 0
            var denominator = one - w;
            if (Vector256.LessThanAny(r, small))
            {
                var series = r * (one - r * (Vector256.Create(0.5) - r * (Vector256.Create(1.0 / 6) - r * (Vector256.Create(1.0 / 24)
                    - r * (Vector256.Create(1.0 / 120) - r * (Vector256.Create(1.0 / 720) - r * Vector256.Create(1.0 / 5040)))))));
                denominator = Vector256.ConditionalSelect(Vector256.LessThan(r, small), series, denominator);
            }
            (vK * vx * vx * w / denominator).StoreUnsafe(ref d0, i);
            if (i == last)
            {
                break;
            }
        }

        return Vector256.ExtractMostSignificantBits(ok) == 0xF;
    }
}
