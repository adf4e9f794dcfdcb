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

    // The same matrix by channel: for channel c the energy bins [_columnFirst[c], _columnFirst[c] + length) with their
    // weights contiguous in _columnWeights from _columnOffset[c]. Folding then is one dot product per channel, which
    // keeps the running sum in a register instead of loading and storing the rates for every energy bin.
    private readonly int[] _columnFirst;
    private readonly int[] _columnOffset;
    private readonly double[] _columnWeights;

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

        (_columnFirst, _columnOffset, _columnWeights) = Transpose();
    }

    public int ChannelCount { get; }

    public int EnergyBinCount => _first.Length;

    /// <summary>The number of stored weights (a measure of sparsity).</summary>
    public int StoredWeightCount => _weights.Length;

    public int FirstChannel(int energyBin) => _first[energyBin];

    public ReadOnlySpan<double> Run(int energyBin) => _weights.AsSpan(_offset[energyBin], _offset[energyBin + 1] - _offset[energyBin]);

    /// <summary>rates[c] = Σⱼ R[j, c]·photons[j]: one vectorised dot product per channel over its contiguous energy bins.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Fold(ReadOnlySpan<double> photons, Span<double> rates)
    {
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(_columnWeights);
        ref var p0 = ref MemoryMarshal.GetReference(photons);
        for (var c = 0; c < _columnFirst.Length; c++)
        {
            var start = _columnOffset[c];
            var length = _columnOffset[c + 1] - start;
            ref var w = ref Unsafe.Add(ref w0, start);
            ref var p = ref Unsafe.Add(ref p0, _columnFirst[c]);
            var i = 0;
            var sum = 0.0;
            if (Vector512.IsHardwareAccelerated && length >= Vector512<double>.Count)
            {
                // Two independent accumulators hide the FMA latency on the long runs of dense responses.
                var acc0 = Vector512<double>.Zero;
                var acc1 = Vector512<double>.Zero;
                for (; i <= length - (2 * Vector512<double>.Count); i += 2 * Vector512<double>.Count)
                {
                    acc0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref w, (nuint)i), Vector512.LoadUnsafe(ref p, (nuint)i), acc0);
                    acc1 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref w, (nuint)(i + Vector512<double>.Count)), Vector512.LoadUnsafe(ref p, (nuint)(i + Vector512<double>.Count)), acc1);
                }

                for (; i <= length - Vector512<double>.Count; i += Vector512<double>.Count)
                {
                    acc0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref w, (nuint)i), Vector512.LoadUnsafe(ref p, (nuint)i), acc0);
                }

                sum = Vector512.Sum(acc0 + acc1);
            }
            else if (Vector256.IsHardwareAccelerated && length >= Vector256<double>.Count)
            {
                var acc = Vector256<double>.Zero;
                for (; i <= length - Vector256<double>.Count; i += Vector256<double>.Count)
                {
                    acc = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref w, (nuint)i), Vector256.LoadUnsafe(ref p, (nuint)i), acc);
                }

                sum = Vector256.Sum(acc);
            }

            for (; i < length; i++)
            {
                sum = Math.FusedMultiplyAdd(Unsafe.Add(ref w, i), Unsafe.Add(ref p, i), sum);
            }

            rates[c] = sum;
        }
    }

    private (int[] First, int[] Offset, double[] Weights) Transpose()
    {
        var lo = new int[ChannelCount];
        var hi = new int[ChannelCount];
        Array.Fill(lo, int.MaxValue);
        Array.Fill(hi, -1);
        for (var j = 0; j < _first.Length; j++)
        {
            var run = Run(j);
            for (var i = 0; i < run.Length; i++)
            {
                if (run[i] != 0)
                {
                    var c = _first[j] + i;
                    lo[c] = Math.Min(lo[c], j);
                    hi[c] = Math.Max(hi[c], j);
                }
            }
        }

        var first = new int[ChannelCount];
        var offset = new int[ChannelCount + 1];
        for (var c = 0; c < ChannelCount; c++)
        {
            first[c] = hi[c] >= 0 ? lo[c] : 0;
            offset[c + 1] = offset[c] + (hi[c] >= 0 ? hi[c] - lo[c] + 1 : 0);
        }

        var weights = new double[offset[ChannelCount]];
        for (var j = 0; j < _first.Length; j++)
        {
            var run = Run(j);
            for (var i = 0; i < run.Length; i++)
            {
                var c = _first[j] + i;
                if (run[i] != 0)
                {
                    weights[offset[c] + j - first[c]] = run[i];
                }
            }
        }

        return (first, offset, weights);
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
