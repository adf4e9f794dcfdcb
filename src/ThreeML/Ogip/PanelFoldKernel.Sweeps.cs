using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThreeML.Ogip;

/// <summary>The sweep of <see cref="PanelFoldKernel"/> for one spectrum, with Vector512 (32-channel panels) or Vector256
/// (16-channel panels), weights as float or double, and the weight loads shared with the paired sweep.</summary>
internal sealed partial class PanelFoldKernel
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FoldPanels<TWeight>(TWeight[] weights, ReadOnlySpan<double> photons, Span<double> rates, Span<double> tail)
        where TWeight : unmanaged
    {
        ref var p0 = ref MemoryMarshal.GetReference(photons);
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(weights);
        for (var p = 0; p < _firstRow.Length; p++)
        {
            ref var w = ref Unsafe.Add(ref w0, _offset[p]);
            ref var r = ref PanelTarget(rates, tail, p);
            if (Vector512.IsHardwareAccelerated)
            {
                var a0 = Vector512<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;

                // Even and odd rows go to separate accumulators: four chains of dependent multiply-adds would wait on
                // each other's latency. FoldPair splits the rows the same way, so its sums are these bit for bit.
                var c0 = a0;
                var c1 = a0;
                var c2 = a0;
                var c3 = a0;
                var j = _firstRow[p];
                for (; j + 1 < _endRow[p]; j += 2)
                {
                    var x = Vector512.Create(Unsafe.Add(ref p0, j));
                    var x1 = Vector512.Create(Unsafe.Add(ref p0, j + 1));
                    a0 = Vector512.FusedMultiplyAdd(Load512(ref w, 0), x, a0);
                    a1 = Vector512.FusedMultiplyAdd(Load512(ref w, 8), x, a1);
                    a2 = Vector512.FusedMultiplyAdd(Load512(ref w, 16), x, a2);
                    a3 = Vector512.FusedMultiplyAdd(Load512(ref w, 24), x, a3);
                    c0 = Vector512.FusedMultiplyAdd(Load512(ref w, 32), x1, c0);
                    c1 = Vector512.FusedMultiplyAdd(Load512(ref w, 40), x1, c1);
                    c2 = Vector512.FusedMultiplyAdd(Load512(ref w, 48), x1, c2);
                    c3 = Vector512.FusedMultiplyAdd(Load512(ref w, 56), x1, c3);
                    w = ref Unsafe.Add(ref w, 64);
                }

                a0 += c0;
                a1 += c1;
                a2 += c2;
                a3 += c3;
                for (; j < _endRow[p]; j++)
                {
                    var x = Vector512.Create(Unsafe.Add(ref p0, j));
                    a0 = Vector512.FusedMultiplyAdd(Load512(ref w, 0), x, a0);
                    a1 = Vector512.FusedMultiplyAdd(Load512(ref w, 8), x, a1);
                    a2 = Vector512.FusedMultiplyAdd(Load512(ref w, 16), x, a2);
                    a3 = Vector512.FusedMultiplyAdd(Load512(ref w, 24), x, a3);
                    w = ref Unsafe.Add(ref w, 32);
                }

                a0.StoreUnsafe(ref r, 0);
                a1.StoreUnsafe(ref r, 8);
                a2.StoreUnsafe(ref r, 16);
                a3.StoreUnsafe(ref r, 24);
            }
            else
            {
                var a0 = Vector256<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                for (var j = _firstRow[p]; j < _endRow[p]; j++)
                {
                    var x = Vector256.Create(Unsafe.Add(ref p0, j));
                    a0 = Vector256.FusedMultiplyAdd(Load256(ref w, 0), x, a0);
                    a1 = Vector256.FusedMultiplyAdd(Load256(ref w, 4), x, a1);
                    a2 = Vector256.FusedMultiplyAdd(Load256(ref w, 8), x, a2);
                    a3 = Vector256.FusedMultiplyAdd(Load256(ref w, 12), x, a3);
                    w = ref Unsafe.Add(ref w, 16);
                }

                a0.StoreUnsafe(ref r, 0);
                a1.StoreUnsafe(ref r, 4);
                a2.StoreUnsafe(ref r, 8);
                a3.StoreUnsafe(ref r, 12);
            }
        }

        CopyTail(tail, rates);
    }

    // Eight weights as doubles; a float is widened exactly (vcvtps2pd).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Load512<TWeight>(ref TWeight w, nuint offset)
        where TWeight : unmanaged =>
        typeof(TWeight) == typeof(float)
            ? Vector512.WidenLower(Vector256.LoadUnsafe(ref Unsafe.As<TWeight, float>(ref w), offset).ToVector512Unsafe())
            : Vector512.LoadUnsafe(ref Unsafe.As<TWeight, double>(ref w), offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load256<TWeight>(ref TWeight w, nuint offset)
        where TWeight : unmanaged =>
        typeof(TWeight) == typeof(float)
            ? Vector256.WidenLower(Vector128.LoadUnsafe(ref Unsafe.As<TWeight, float>(ref w), offset).ToVector256Unsafe())
            : Vector256.LoadUnsafe(ref Unsafe.As<TWeight, double>(ref w), offset);
}
