using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Astromodels.Numerics;

namespace ThreeML.Statistics;

/// <summary>The W-stat profile and its logarithms four channels at a time: the path of AVX2 machines (x86-64-v3), which
/// otherwise ran the scalar profile and <see cref="Math.Log(double)"/> channel by channel.</summary>
/// <remarks>The same operations as the eight-lane loops, lane by lane: each channel's B̂ is the AVX-512 path's; the
/// logarithms are the four-lane <see cref="SimdMath"/> ones (within 1 ulp of <see cref="Math.Log(double)"/>) and the sums
/// run in another order, so the statistic agrees with the scalar reference to the same 1e-13 relative.</remarks>
internal sealed partial class PoissonProfileKernel
{
    /// <summary>The profile for the first channels in whole vectors; returns how many were done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ProfileFourLanes(ReadOnlySpan<double> rates, double scale, double alpha, Span<double> arg, Span<double> logB, Span<double> backgroundEstimate, ref double linear)
    {
        var n = arg.Length;
        var write = !backgroundEstimate.IsEmpty;
        var a = Vector256.Create(alpha);
        var ap1 = Vector256.Create(alpha + 1.0);
        var fourAAp1 = Vector256.Create(4.0 * alpha * (alpha + 1.0));
        var inverseTwoAAp1 = Vector256.Create(1.0 / (2.0 * alpha * (alpha + 1.0)));
        var one = Vector256<double>.One;
        var vScale = Vector256.Create(scale);
        var zero = Vector256<double>.Zero;
        var sum = Vector256<double>.Zero;
        var i = 0;
        for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            var o = Vector256.Create(_observed.AsSpan(i, Vector256<double>.Count));
            var b = Vector256.Create(_background.AsSpan(i, Vector256<double>.Count));
            var m = Vector256.Create(rates.Slice(i, Vector256<double>.Count)) * vScale;
            var x = a * (o + b) - ap1 * m;
            var root = Vector256.Sqrt(x * x + fourAAp1 * b * m);
            var positive = (x + root) * inverseTwoAAp1;
            var negative = (b + b) * m / (root - x);
            var bHat = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(x, zero), positive, negative);
            // Lanes with x ≥ 0 may divide by zero in the unused form; the selection discards that value.
            var scaled = a * bHat;
            sum += ap1 * bHat + m;
            Vector256.ConditionalSelect(Vector256.GreaterThan(o, zero), scaled + m, one).CopyTo(arg.Slice(i, Vector256<double>.Count));
            Vector256.ConditionalSelect(Vector256.GreaterThan(b, zero), bHat, one).CopyTo(logB.Slice(i, Vector256<double>.Count));
            if (write)
            {
                scaled.CopyTo(backgroundEstimate.Slice(i, Vector256<double>.Count));
            }
        }

        linear -= Vector256.Sum(sum);
        return i;
    }

    /// <summary>Σ wᵢ·ln xᵢ over the first channels in whole vectors, the logarithms inlined; false (nothing summed) when
    /// some xᵢ is not a positive normal finite number.</summary>
    /// <remarks>u = bits − the smallest normal's bits is below 0x7FE0…0 as an unsigned number exactly in the domain; AVX2
    /// has no unsigned 64-bit comparison or maximum, so the sign bits of u and of u + 0x0020…0 are gathered by OR instead
    /// (u's is set for zero, subnormals and negative numbers, u + 0x0020…0's for ∞ and NaN), checked once after the loop.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryWeightedLogSumFourLanes(ReadOnlySpan<double> weights, Span<double> x, ref int i, out double sum)
    {
        var n = x.Length;
        var total = Vector256<double>.Zero;
        var outside = Vector256<ulong>.Zero;
        var j = 0;
        for (; j <= n - Vector256<double>.Count; j += Vector256<double>.Count)
        {
            var v = Vector256.Create(x.Slice(j, Vector256<double>.Count));
            var u = v.AsUInt64() - Vector256.Create(0x0010_0000_0000_0000UL);
            outside |= u | (u + Vector256.Create(0x0020_0000_0000_0000UL));
            total = Vector256.FusedMultiplyAdd(Vector256.Create(weights.Slice(j, Vector256<double>.Count)), SimdMath.LogUnchecked(v), total);
        }

        sum = Vector256.Sum(total);
        i = j;
        return Vector256.ExtractMostSignificantBits(outside) == 0;
    }
}
