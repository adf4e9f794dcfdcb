using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThreeML.Ogip;

/// <summary>The sweep of <see cref="PanelFoldKernel"/> for two spectra at once (<see cref="PanelFoldKernel.FoldPair"/>):
/// each weight is loaded once and multiplied into both, with the rows split even/odd exactly as in the single sweep.</summary>
internal sealed partial class PanelFoldKernel
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FoldPanelPairs<TWeight>(TWeight[] weights, ReadOnlySpan<double> photons1, ReadOnlySpan<double> photons2, Span<double> rates1, Span<double> rates2, Span<double> tails)
        where TWeight : unmanaged
    {
        ref var p0 = ref MemoryMarshal.GetReference(photons1);
        ref var q0 = ref MemoryMarshal.GetReference(photons2);
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(weights);
        var tail1 = tails[.._panelWidth];
        var tail2 = tails[_panelWidth..];
        for (var p = 0; p < _firstRow.Length; p++)
        {
            ref var w = ref Unsafe.Add(ref w0, _offset[p]);
            ref var r = ref PanelTarget(rates1, tail1, p);
            ref var s = ref PanelTarget(rates2, tail2, p);
            if (Vector512.IsHardwareAccelerated)
            {
                var a0 = Vector512<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                var b0 = a0;
                var b1 = a0;
                var b2 = a0;
                var b3 = a0;
                // Even and odd rows in separate accumulators, as in FoldPanels.
                var c0 = a0;
                var c1 = a0;
                var c2 = a0;
                var c3 = a0;
                var d0 = a0;
                var d1 = a0;
                var d2 = a0;
                var d3 = a0;
                var j = _firstRow[p];
                for (; j + 1 < _endRow[p]; j += 2)
                {
                    var x = Vector512.Create(Unsafe.Add(ref p0, j));
                    var y = Vector512.Create(Unsafe.Add(ref q0, j));
                    var x1 = Vector512.Create(Unsafe.Add(ref p0, j + 1));
                    var y1 = Vector512.Create(Unsafe.Add(ref q0, j + 1));
                    var w0v = Load512(ref w, 0);
                    var w1v = Load512(ref w, 8);
                    var w2v = Load512(ref w, 16);
                    var w3v = Load512(ref w, 24);
                    var v0 = Load512(ref w, 32);
                    var v1 = Load512(ref w, 40);
                    var v2 = Load512(ref w, 48);
                    var v3 = Load512(ref w, 56);
                    a0 = Vector512.FusedMultiplyAdd(w0v, x, a0);
                    a1 = Vector512.FusedMultiplyAdd(w1v, x, a1);
                    a2 = Vector512.FusedMultiplyAdd(w2v, x, a2);
                    a3 = Vector512.FusedMultiplyAdd(w3v, x, a3);
                    b0 = Vector512.FusedMultiplyAdd(w0v, y, b0);
                    b1 = Vector512.FusedMultiplyAdd(w1v, y, b1);
                    b2 = Vector512.FusedMultiplyAdd(w2v, y, b2);
                    b3 = Vector512.FusedMultiplyAdd(w3v, y, b3);
                    c0 = Vector512.FusedMultiplyAdd(v0, x1, c0);
                    c1 = Vector512.FusedMultiplyAdd(v1, x1, c1);
                    c2 = Vector512.FusedMultiplyAdd(v2, x1, c2);
                    c3 = Vector512.FusedMultiplyAdd(v3, x1, c3);
                    d0 = Vector512.FusedMultiplyAdd(v0, y1, d0);
                    d1 = Vector512.FusedMultiplyAdd(v1, y1, d1);
                    d2 = Vector512.FusedMultiplyAdd(v2, y1, d2);
                    d3 = Vector512.FusedMultiplyAdd(v3, y1, d3);
                    w = ref Unsafe.Add(ref w, 64);
                }

                a0 += c0;
                a1 += c1;
                a2 += c2;
                a3 += c3;
                b0 += d0;
                b1 += d1;
                b2 += d2;
                b3 += d3;
                for (; j < _endRow[p]; j++)
                {
                    var x = Vector512.Create(Unsafe.Add(ref p0, j));
                    var y = Vector512.Create(Unsafe.Add(ref q0, j));
                    var w0v = Load512(ref w, 0);
                    var w1v = Load512(ref w, 8);
                    var w2v = Load512(ref w, 16);
                    var w3v = Load512(ref w, 24);
                    a0 = Vector512.FusedMultiplyAdd(w0v, x, a0);
                    a1 = Vector512.FusedMultiplyAdd(w1v, x, a1);
                    a2 = Vector512.FusedMultiplyAdd(w2v, x, a2);
                    a3 = Vector512.FusedMultiplyAdd(w3v, x, a3);
                    b0 = Vector512.FusedMultiplyAdd(w0v, y, b0);
                    b1 = Vector512.FusedMultiplyAdd(w1v, y, b1);
                    b2 = Vector512.FusedMultiplyAdd(w2v, y, b2);
                    b3 = Vector512.FusedMultiplyAdd(w3v, y, b3);
                    w = ref Unsafe.Add(ref w, 32);
                }

                a0.StoreUnsafe(ref r, 0);
                a1.StoreUnsafe(ref r, 8);
                a2.StoreUnsafe(ref r, 16);
                a3.StoreUnsafe(ref r, 24);
                b0.StoreUnsafe(ref s, 0);
                b1.StoreUnsafe(ref s, 8);
                b2.StoreUnsafe(ref s, 16);
                b3.StoreUnsafe(ref s, 24);
            }
            else
            {
                var a0 = Vector256<double>.Zero;
                var a1 = a0;
                var a2 = a0;
                var a3 = a0;
                var b0 = a0;
                var b1 = a0;
                var b2 = a0;
                var b3 = a0;
                for (var j = _firstRow[p]; j < _endRow[p]; j++)
                {
                    var x = Vector256.Create(Unsafe.Add(ref p0, j));
                    var y = Vector256.Create(Unsafe.Add(ref q0, j));
                    var w0v = Load256(ref w, 0);
                    var w1v = Load256(ref w, 4);
                    var w2v = Load256(ref w, 8);
                    var w3v = Load256(ref w, 12);
                    a0 = Vector256.FusedMultiplyAdd(w0v, x, a0);
                    a1 = Vector256.FusedMultiplyAdd(w1v, x, a1);
                    a2 = Vector256.FusedMultiplyAdd(w2v, x, a2);
                    a3 = Vector256.FusedMultiplyAdd(w3v, x, a3);
                    b0 = Vector256.FusedMultiplyAdd(w0v, y, b0);
                    b1 = Vector256.FusedMultiplyAdd(w1v, y, b1);
                    b2 = Vector256.FusedMultiplyAdd(w2v, y, b2);
                    b3 = Vector256.FusedMultiplyAdd(w3v, y, b3);
                    w = ref Unsafe.Add(ref w, 16);
                }

                a0.StoreUnsafe(ref r, 0);
                a1.StoreUnsafe(ref r, 4);
                a2.StoreUnsafe(ref r, 8);
                a3.StoreUnsafe(ref r, 12);
                b0.StoreUnsafe(ref s, 0);
                b1.StoreUnsafe(ref s, 4);
                b2.StoreUnsafe(ref s, 8);
                b3.StoreUnsafe(ref s, 12);
            }
        }

        CopyTail(tail1, rates1);
        CopyTail(tail2, rates2);
    }
}
