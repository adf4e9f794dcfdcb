using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThreeML.Responses;

/// <summary>The sweeps of <see cref="ColumnFoldKernel"/>: one spectrum or two, Vector512 (8-channel columns) or Vector256
/// (4-channel columns), weights as float or double. Rows are dealt to four accumulators in turn and the accumulators
/// summed as (a0 + a1) + (a2 + a3) in both sweeps, so a paired fold gives each spectrum's single fold bit for bit.</summary>
internal sealed partial class ColumnFoldKernel
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FoldColumns<TWeight>(TWeight[] weights, ReadOnlySpan<double> photons, Span<double> rates, Span<double> tail)
        where TWeight : unmanaged
    {
        ref var p0 = ref MemoryMarshal.GetReference(photons);
        var firstColumn = 0;
        var endColumn = _firstRow.Length;
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(weights);
        for (var c = firstColumn; c < endColumn; c++)
        {
            ref var w = ref Unsafe.Add(ref w0, _offset[c]);
            ref var r = ref MemoryMarshal.GetReference(IsPartial(c) ? tail : rates.Slice(c * _width));
            if (Vector512.IsHardwareAccelerated)
            {
                var j = _firstRow[c];
                var end = _endRow[c];
                var a0 = Vector512<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                for (; j + 4 <= end; j += 4)
                {
                    var v0 = Load512(ref w, 0);
                    var v1 = Load512(ref w, 8);
                    var v2 = Load512(ref w, 16);
                    var v3 = Load512(ref w, 24);
                    a0 = Vector512.FusedMultiplyAdd(v0, Vector512.Create(Unsafe.Add(ref p0, j + 0)), a0);
                    a1 = Vector512.FusedMultiplyAdd(v1, Vector512.Create(Unsafe.Add(ref p0, j + 1)), a1);
                    a2 = Vector512.FusedMultiplyAdd(v2, Vector512.Create(Unsafe.Add(ref p0, j + 2)), a2);
                    a3 = Vector512.FusedMultiplyAdd(v3, Vector512.Create(Unsafe.Add(ref p0, j + 3)), a3);
                    w = ref Unsafe.Add(ref w, 32);
                }

                // The last one to three rows go to the first accumulators, as in the other sweep.
                for (var k = 0; j < end; j++, k++)
                {
                    var wk = Load512(ref w, 0);
                    var xa = Vector512.Create(Unsafe.Add(ref p0, j));
                    if (k == 0)
                    {
                        a0 = Vector512.FusedMultiplyAdd(wk, xa, a0);
                    }
                    else if (k == 1)
                    {
                        a1 = Vector512.FusedMultiplyAdd(wk, xa, a1);
                    }
                    else if (k == 2)
                    {
                        a2 = Vector512.FusedMultiplyAdd(wk, xa, a2);
                    }
                    w = ref Unsafe.Add(ref w, 8);
                }

                ((a0 + a1) + (a2 + a3)).StoreUnsafe(ref r);
            }
            else
            {
                var j = _firstRow[c];
                var end = _endRow[c];
                var a0 = Vector256<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                for (; j + 4 <= end; j += 4)
                {
                    var v0 = Load256(ref w, 0);
                    var v1 = Load256(ref w, 4);
                    var v2 = Load256(ref w, 8);
                    var v3 = Load256(ref w, 12);
                    a0 = Vector256.FusedMultiplyAdd(v0, Vector256.Create(Unsafe.Add(ref p0, j + 0)), a0);
                    a1 = Vector256.FusedMultiplyAdd(v1, Vector256.Create(Unsafe.Add(ref p0, j + 1)), a1);
                    a2 = Vector256.FusedMultiplyAdd(v2, Vector256.Create(Unsafe.Add(ref p0, j + 2)), a2);
                    a3 = Vector256.FusedMultiplyAdd(v3, Vector256.Create(Unsafe.Add(ref p0, j + 3)), a3);
                    w = ref Unsafe.Add(ref w, 16);
                }

                // The last one to three rows go to the first accumulators, as in the other sweep.
                for (var k = 0; j < end; j++, k++)
                {
                    var wk = Load256(ref w, 0);
                    var xa = Vector256.Create(Unsafe.Add(ref p0, j));
                    if (k == 0)
                    {
                        a0 = Vector256.FusedMultiplyAdd(wk, xa, a0);
                    }
                    else if (k == 1)
                    {
                        a1 = Vector256.FusedMultiplyAdd(wk, xa, a1);
                    }
                    else if (k == 2)
                    {
                        a2 = Vector256.FusedMultiplyAdd(wk, xa, a2);
                    }
                    w = ref Unsafe.Add(ref w, 4);
                }

                ((a0 + a1) + (a2 + a3)).StoreUnsafe(ref r);
            }
        }

        if (endColumn > firstColumn && IsPartial(endColumn - 1))
        {
            CopyTail(tail, rates);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FoldColumnPairs<TWeight>(TWeight[] weights, ReadOnlySpan<double> photons1, ReadOnlySpan<double> photons2, Span<double> rates1, Span<double> rates2, Span<double> tails, int firstColumn, int endColumn)
        where TWeight : unmanaged
    {
        ref var p0 = ref MemoryMarshal.GetReference(photons1);
        ref var q0 = ref MemoryMarshal.GetReference(photons2);
        var tail1 = tails[.._width];
        var tail2 = tails[_width..];
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(weights);
        for (var c = firstColumn; c < endColumn; c++)
        {
            ref var w = ref Unsafe.Add(ref w0, _offset[c]);
            ref var r = ref MemoryMarshal.GetReference(IsPartial(c) ? tail1 : rates1.Slice(c * _width));
            ref var s = ref MemoryMarshal.GetReference(IsPartial(c) ? tail2 : rates2.Slice(c * _width));
            if (Vector512.IsHardwareAccelerated)
            {
                var j = _firstRow[c];
                var end = _endRow[c];
                var a0 = Vector512<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                var b0 = Vector512<double>.Zero;
                var b1 = b0;
                var b2 = b0;
                var b3 = b0;
                for (; j + 4 <= end; j += 4)
                {
                    var v0 = Load512(ref w, 0);
                    var v1 = Load512(ref w, 8);
                    var v2 = Load512(ref w, 16);
                    var v3 = Load512(ref w, 24);
                    a0 = Vector512.FusedMultiplyAdd(v0, Vector512.Create(Unsafe.Add(ref p0, j + 0)), a0);
                    b0 = Vector512.FusedMultiplyAdd(v0, Vector512.Create(Unsafe.Add(ref q0, j + 0)), b0);
                    a1 = Vector512.FusedMultiplyAdd(v1, Vector512.Create(Unsafe.Add(ref p0, j + 1)), a1);
                    b1 = Vector512.FusedMultiplyAdd(v1, Vector512.Create(Unsafe.Add(ref q0, j + 1)), b1);
                    a2 = Vector512.FusedMultiplyAdd(v2, Vector512.Create(Unsafe.Add(ref p0, j + 2)), a2);
                    b2 = Vector512.FusedMultiplyAdd(v2, Vector512.Create(Unsafe.Add(ref q0, j + 2)), b2);
                    a3 = Vector512.FusedMultiplyAdd(v3, Vector512.Create(Unsafe.Add(ref p0, j + 3)), a3);
                    b3 = Vector512.FusedMultiplyAdd(v3, Vector512.Create(Unsafe.Add(ref q0, j + 3)), b3);
                    w = ref Unsafe.Add(ref w, 32);
                }

                // The last one to three rows go to the first accumulators, as in the other sweep.
                for (var k = 0; j < end; j++, k++)
                {
                    var wk = Load512(ref w, 0);
                    var xa = Vector512.Create(Unsafe.Add(ref p0, j));
                    var xb = Vector512.Create(Unsafe.Add(ref q0, j));
                    if (k == 0)
                    {
                        a0 = Vector512.FusedMultiplyAdd(wk, xa, a0);
                        b0 = Vector512.FusedMultiplyAdd(wk, xb, b0);
                    }
                    else if (k == 1)
                    {
                        a1 = Vector512.FusedMultiplyAdd(wk, xa, a1);
                        b1 = Vector512.FusedMultiplyAdd(wk, xb, b1);
                    }
                    else if (k == 2)
                    {
                        a2 = Vector512.FusedMultiplyAdd(wk, xa, a2);
                        b2 = Vector512.FusedMultiplyAdd(wk, xb, b2);
                    }
                    w = ref Unsafe.Add(ref w, 8);
                }

                ((a0 + a1) + (a2 + a3)).StoreUnsafe(ref r);
                ((b0 + b1) + (b2 + b3)).StoreUnsafe(ref s);
            }
            else
            {
                var j = _firstRow[c];
                var end = _endRow[c];
                var a0 = Vector256<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                var b0 = Vector256<double>.Zero;
                var b1 = b0;
                var b2 = b0;
                var b3 = b0;
                for (; j + 4 <= end; j += 4)
                {
                    var v0 = Load256(ref w, 0);
                    var v1 = Load256(ref w, 4);
                    var v2 = Load256(ref w, 8);
                    var v3 = Load256(ref w, 12);
                    a0 = Vector256.FusedMultiplyAdd(v0, Vector256.Create(Unsafe.Add(ref p0, j + 0)), a0);
                    b0 = Vector256.FusedMultiplyAdd(v0, Vector256.Create(Unsafe.Add(ref q0, j + 0)), b0);
                    a1 = Vector256.FusedMultiplyAdd(v1, Vector256.Create(Unsafe.Add(ref p0, j + 1)), a1);
                    b1 = Vector256.FusedMultiplyAdd(v1, Vector256.Create(Unsafe.Add(ref q0, j + 1)), b1);
                    a2 = Vector256.FusedMultiplyAdd(v2, Vector256.Create(Unsafe.Add(ref p0, j + 2)), a2);
                    b2 = Vector256.FusedMultiplyAdd(v2, Vector256.Create(Unsafe.Add(ref q0, j + 2)), b2);
                    a3 = Vector256.FusedMultiplyAdd(v3, Vector256.Create(Unsafe.Add(ref p0, j + 3)), a3);
                    b3 = Vector256.FusedMultiplyAdd(v3, Vector256.Create(Unsafe.Add(ref q0, j + 3)), b3);
                    w = ref Unsafe.Add(ref w, 16);
                }

                // The last one to three rows go to the first accumulators, as in the other sweep.
                for (var k = 0; j < end; j++, k++)
                {
                    var wk = Load256(ref w, 0);
                    var xa = Vector256.Create(Unsafe.Add(ref p0, j));
                    var xb = Vector256.Create(Unsafe.Add(ref q0, j));
                    if (k == 0)
                    {
                        a0 = Vector256.FusedMultiplyAdd(wk, xa, a0);
                        b0 = Vector256.FusedMultiplyAdd(wk, xb, b0);
                    }
                    else if (k == 1)
                    {
                        a1 = Vector256.FusedMultiplyAdd(wk, xa, a1);
                        b1 = Vector256.FusedMultiplyAdd(wk, xb, b1);
                    }
                    else if (k == 2)
                    {
                        a2 = Vector256.FusedMultiplyAdd(wk, xa, a2);
                        b2 = Vector256.FusedMultiplyAdd(wk, xb, b2);
                    }
                    w = ref Unsafe.Add(ref w, 4);
                }

                ((a0 + a1) + (a2 + a3)).StoreUnsafe(ref r);
                ((b0 + b1) + (b2 + b3)).StoreUnsafe(ref s);
            }
        }

        if (endColumn > firstColumn && IsPartial(endColumn - 1))
        {
            CopyTail(tail1, rates1);
            CopyTail(tail2, rates2);
        }
    }
}
