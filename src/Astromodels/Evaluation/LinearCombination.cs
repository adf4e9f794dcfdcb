using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Astromodels;

/// <summary>The one-pass sum of memoised shapes times their coefficients (<see cref="GridTerms"/>).</summary>
internal static class LinearCombination
{
    /// <summary>destination[i] = ((c₀·s₀[i] + c₁·s₁[i]) + c₂·s₂[i]) + c₃·s₃[i] for the terms gathered, in one pass.</summary>
    /// <remarks>Each product is rounded, then the sum left to right (no fused multiply-add): the values of multiplying
    /// each shape by its coefficient in a pass of its own and adding the passes, bit for bit (tested against that
    /// path). Non-finite products and sums propagate as they would there.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(in GridTerms terms, Span<double> destination)
    {
        var n = destination.Length;
        var count = terms.Count;
        ref var d0 = ref MemoryMarshal.GetReference(destination);
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(terms.Shape(0));
        ref var s1 = ref count > 1 ? ref MemoryMarshal.GetArrayDataReference(terms.Shape(1)) : ref s0;
        ref var s2 = ref count > 2 ? ref MemoryMarshal.GetArrayDataReference(terms.Shape(2)) : ref s0;
        ref var s3 = ref count > 3 ? ref MemoryMarshal.GetArrayDataReference(terms.Shape(3)) : ref s0;
        double c0 = terms.Coefficient(0), c1 = count > 1 ? terms.Coefficient(1) : 0, c2 = count > 2 ? terms.Coefficient(2) : 0, c3 = count > 3 ? terms.Coefficient(3) : 0;
        for (var k = 0; k < count; k++)
        {
            if (terms.Shape(k).Length < n)
            {
                throw new ArgumentException($"Shape {k} holds {terms.Shape(k).Length} values but {n} are needed.", nameof(terms));
            }
        }

        var i = 0;
        if (Vector512.IsHardwareAccelerated && n >= Vector512<double>.Count)
        {
            var v0 = Vector512.Create(c0);
            var v1 = Vector512.Create(c1);
            var v2 = Vector512.Create(c2);
            var v3 = Vector512.Create(c3);
            var last = (nuint)(n - Vector512<double>.Count);
            for (nuint j = 0; ; j += (nuint)Vector512<double>.Count)
            {
                j = Math.Min(j, last);
                var sum = Vector512.LoadUnsafe(ref s0, j) * v0;
                if (count > 1)
                {
                    sum += Vector512.LoadUnsafe(ref s1, j) * v1;
                    if (count > 2)
                    {
                        sum += Vector512.LoadUnsafe(ref s2, j) * v2;
                        if (count > 3)
                        {
                            sum += Vector512.LoadUnsafe(ref s3, j) * v3;
                        }
                    }
                }

                sum.StoreUnsafe(ref d0, j);
                if (j == last)
                {
                    return;
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var v0 = Vector256.Create(c0);
            var v1 = Vector256.Create(c1);
            var v2 = Vector256.Create(c2);
            var v3 = Vector256.Create(c3);
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var sum = Vector256.LoadUnsafe(ref s0, (nuint)i) * v0;
                if (count > 1)
                {
                    sum += Vector256.LoadUnsafe(ref s1, (nuint)i) * v1;
                    if (count > 2)
                    {
                        sum += Vector256.LoadUnsafe(ref s2, (nuint)i) * v2;
                        if (count > 3)
                        {
                            sum += Vector256.LoadUnsafe(ref s3, (nuint)i) * v3;
                        }
                    }
                }

                sum.StoreUnsafe(ref d0, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            var sum = Unsafe.Add(ref s0, i) * c0;
            if (count > 1)
            {
                sum += Unsafe.Add(ref s1, i) * c1;
                if (count > 2)
                {
                    sum += Unsafe.Add(ref s2, i) * c2;
                    if (count > 3)
                    {
                        sum += Unsafe.Add(ref s3, i) * c3;
                    }
                }
            }

            destination[i] = sum;
        }
    }
}
