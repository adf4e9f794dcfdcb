using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThreeML.Ogip;

/// <summary>A response matrix laid out for a register-blocked fold: the channels are cut into panels of four SIMD
/// vectors (32 channels with AVX-512, 16 with AVX2); for each panel only the energy bins that reach it are stored, as
/// dense rows of the panel's width.</summary>
/// <remarks>
/// <para>A fold then keeps a panel's four accumulators in registers and sweeps its energy rows with one broadcast and
/// four fused multiply-adds per row, with no data-dependent branch inside the sweep. The fold of a detector response
/// is bound by reading the matrix, so the weights are stored as <see cref="float"/> whenever every one of them is
/// exactly a float (always so for OGIP files, whose MATRIX column is 32-bit): half the bytes, the same products, since
/// widening a float to a double is exact and the sums stay in double precision.</para>
/// <para>Implementation note (2-core AMD EPYC, AVX-512, GBM BGO 140×128 DRM): 1.02 µs for the per-channel dot
/// products this replaced, 0.59 µs with double weights, 0.47 µs with float weights, 0.38 µs with even and odd rows in
/// separate accumulators; folding two spectra through the same matrix in one sweep (<see cref="FoldPair"/>) takes
/// 0.48 µs.</para>
/// </remarks>
internal sealed class PanelFoldKernel
{
    private readonly int _channelCount;
    private readonly int _panelWidth;
    private readonly int[] _firstRow;
    private readonly int[] _endRow;
    private readonly int[] _offset;
    private readonly float[]? _singles;
    private readonly double[]? _doubles;

    /// <summary>Lays out the matrix given by energy-bin runs (first channel and contiguous weights per bin).</summary>
    public PanelFoldKernel(int channelCount, int energyBinCount, Func<int, int> firstChannel, Func<int, ReadOnlySpan<double>> run)
    {
        _channelCount = channelCount;
        _panelWidth = 4 * (Vector512.IsHardwareAccelerated ? Vector512<double>.Count : Vector256<double>.Count);
        var panels = (channelCount + _panelWidth - 1) / _panelWidth;
        _firstRow = new int[panels];
        _endRow = new int[panels];
        _offset = new int[panels + 1];
        Array.Fill(_firstRow, int.MaxValue);
        var exactSingles = true;
        for (var j = 0; j < energyBinCount; j++)
        {
            var weights = run(j);
            var first = firstChannel(j);
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] != 0)
                {
                    var p = (first + i) / _panelWidth;
                    _firstRow[p] = Math.Min(_firstRow[p], j);
                    _endRow[p] = Math.Max(_endRow[p], j + 1);
                    exactSingles &= (double)(float)weights[i] == weights[i];
                }
            }
        }

        for (var p = 0; p < panels; p++)
        {
            _firstRow[p] = Math.Min(_firstRow[p], _endRow[p]);
            _offset[p + 1] = _offset[p] + ((_endRow[p] - _firstRow[p]) * _panelWidth);
        }

        var dense = new double[_offset[panels]];
        for (var j = 0; j < energyBinCount; j++)
        {
            var weights = run(j);
            var first = firstChannel(j);
            for (var i = 0; i < weights.Length; i++)
            {
                var c = first + i;
                var p = c / _panelWidth;
                if (weights[i] != 0)
                {
                    dense[_offset[p] + ((j - _firstRow[p]) * _panelWidth) + (c - (p * _panelWidth))] = weights[i];
                }
            }
        }

        if (exactSingles)
        {
            _singles = Array.ConvertAll(dense, w => (float)w);
        }
        else
        {
            _doubles = dense;
        }
    }

    /// <summary>Whether the weights are stored in single precision (every weight is exactly a float).</summary>
    public bool StoresSingles => _singles is not null;

    /// <summary>The number of stored weights, zeros of the panels included.</summary>
    public int StoredWeightCount => _offset[^1];

    /// <summary>rates[c] = Σⱼ R[j, c]·photons[j].</summary>
    public void Fold(ReadOnlySpan<double> photons, Span<double> rates)
    {
        Span<double> tail = stackalloc double[_panelWidth];
        if (_singles is not null)
        {
            FoldPanels(_singles, photons, rates, tail);
        }
        else
        {
            FoldPanels(_doubles!, photons, rates, tail);
        }
    }

    /// <summary>Folds two photon spectra through the matrix in one sweep, reading it once.</summary>
    public void FoldPair(ReadOnlySpan<double> photons1, ReadOnlySpan<double> photons2, Span<double> rates1, Span<double> rates2)
    {
        Span<double> tails = stackalloc double[2 * _panelWidth];
        if (_singles is not null)
        {
            FoldPanelPairs(_singles, photons1, photons2, rates1, rates2, tails);
        }
        else
        {
            FoldPanelPairs(_doubles!, photons1, photons2, rates1, rates2, tails);
        }
    }

    // A full panel writes its sums straight into the rates; the last, partial one goes through a panel-wide buffer.
    private ref double PanelTarget(Span<double> rates, Span<double> tail, int panel) =>
        ref (panel + 1) * _panelWidth <= _channelCount
            ? ref MemoryMarshal.GetReference(rates.Slice(panel * _panelWidth))
            : ref MemoryMarshal.GetReference(tail);

    private void CopyTail(Span<double> tail, Span<double> rates)
    {
        var full = _channelCount / _panelWidth * _panelWidth;
        tail[..(_channelCount - full)].CopyTo(rates[full..]);
    }

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
