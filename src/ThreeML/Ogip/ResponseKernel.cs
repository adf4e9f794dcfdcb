using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ThreeML.Ogip;

/// <summary>A response matrix compiled for folding: per true-energy bin, the first channel and one contiguous run of
/// weights, all runs stored back to back in one array.</summary>
/// <remarks>
/// This is the OGIP F_CHAN/N_CHAN/MATRIX layout with each energy bin's groups merged into a single run and the
/// leading/trailing zeros trimmed, so a fold is one fused multiply-add sweep per energy bin. Bounds are validated once
/// at construction; <see cref="Fold"/> trusts them.
/// </remarks>
internal sealed class ResponseKernel
{
    private readonly int[] _first;
    private readonly int[] _offset; // length EnergyBinCount + 1; run j is [_offset[j], _offset[j+1])
    private readonly double[] _weights;

    public ResponseKernel(int channelCount, int[] first, int[] offset, double[] weights)
    {
        ChannelCount = channelCount;
        _first = first;
        _offset = offset;
        _weights = weights;
        for (var j = 0; j < first.Length; j++)
        {
            var length = offset[j + 1] - offset[j];
            if (length < 0 || first[j] < 0 || first[j] + length > channelCount)
            {
                throw new ArgumentException($"Energy bin {j}: run [{first[j]}, {first[j] + length}) lies outside the {channelCount} channels.");
            }
        }
    }

    public int ChannelCount { get; }

    public int EnergyBinCount => _first.Length;

    /// <summary>The number of stored weights (a measure of sparsity).</summary>
    public int StoredWeightCount => _weights.Length;

    public int FirstChannel(int energyBin) => _first[energyBin];

    public ReadOnlySpan<double> Run(int energyBin) => _weights.AsSpan(_offset[energyBin], _offset[energyBin + 1] - _offset[energyBin]);

    /// <summary>rates[c] = Σⱼ R[j, c]·photons[j], vectorised.</summary>
    public void Fold(ReadOnlySpan<double> photons, Span<double> rates)
    {
        rates.Clear();
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var r0 = ref MemoryMarshal.GetReference(rates);
        for (var j = 0; j < _first.Length; j++)
        {
            var p = photons[j];
            if (p == 0)
            {
                continue;
            }

            var start = _offset[j];
            var length = _offset[j + 1] - start;
            ref var w = ref Unsafe.Add(ref w0, start);
            ref var r = ref Unsafe.Add(ref r0, _first[j]);
            var i = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                var pv = Vector512.Create(p);
                for (; i <= length - Vector512<double>.Count; i += Vector512<double>.Count)
                {
                    var acc = Vector512.LoadUnsafe(ref r, (nuint)i);
                    Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref w, (nuint)i), pv, acc).StoreUnsafe(ref r, (nuint)i);
                }
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                var pv = Vector256.Create(p);
                for (; i <= length - Vector256<double>.Count; i += Vector256<double>.Count)
                {
                    var acc = Vector256.LoadUnsafe(ref r, (nuint)i);
                    Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref w, (nuint)i), pv, acc).StoreUnsafe(ref r, (nuint)i);
                }
            }

            for (; i < length; i++)
            {
                Unsafe.Add(ref r, i) = Math.FusedMultiplyAdd(Unsafe.Add(ref w, i), p, Unsafe.Add(ref r, i));
            }
        }
    }

    /// <summary>The plain scalar fold the vector path is tested against.</summary>
    public void FoldScalar(ReadOnlySpan<double> photons, Span<double> rates)
    {
        rates.Clear();
        for (var j = 0; j < _first.Length; j++)
        {
            var run = Run(j);
            var first = _first[j];
            for (var i = 0; i < run.Length; i++)
            {
                rates[first + i] += run[i] * photons[j];
            }
        }
    }
}
