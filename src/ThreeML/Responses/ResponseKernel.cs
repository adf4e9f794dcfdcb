using System.Runtime.Intrinsics;

namespace ThreeML.Responses;

/// <summary>A response matrix compiled for folding: per true-energy bin, the first channel and one contiguous run of
/// weights, all runs stored back to back in one array.</summary>
/// <remarks>
/// This is the OGIP F_CHAN/N_CHAN/MATRIX layout with each energy bin's groups merged into a single run and the
/// leading/trailing zeros trimmed; it serves element access and the scalar reference fold. The vectorised fold uses
/// the same weights laid out by channel columns (<see cref="ColumnFoldKernel"/>). Bounds are validated once at
/// construction; <see cref="Fold"/> trusts them.
/// </remarks>
internal sealed class ResponseKernel
{
    private readonly int[] _first;
    private readonly int[] _offset; // length EnergyBinCount + 1; run j is [_offset[j], _offset[j+1])
    private readonly double[] _weights;

    // The same matrix laid out for the vectorised fold.
    private readonly ColumnFoldKernel? _columns;

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

        _columns = Vector256.IsHardwareAccelerated ? new ColumnFoldKernel(channelCount, first.Length, FirstChannel, Run) : null;
    }

    public int ChannelCount { get; }

    public int EnergyBinCount => _first.Length;

    /// <summary>The number of stored weights (a measure of sparsity).</summary>
    public int StoredWeightCount => _weights.Length;

    /// <summary>The number of weights the vectorised fold reads (zeros inside its columns included).</summary>
    public int FoldWeightCount => _columns?.StoredWeightCount ?? _weights.Length;

    public int FirstChannel(int energyBin) => _first[energyBin];

    /// <summary>Whether the other kernel stores exactly the same runs (and so lays out the same fold).</summary>
    public bool HasSameMatrix(ResponseKernel other) =>
        ChannelCount == other.ChannelCount && _first.AsSpan().SequenceEqual(other._first) &&
        _offset.AsSpan().SequenceEqual(other._offset) && _weights.AsSpan().SequenceEqual(other._weights);

    public ReadOnlySpan<double> Run(int energyBin) => _weights.AsSpan(_offset[energyBin], _offset[energyBin + 1] - _offset[energyBin]);

    /// <summary>rates[c] = Σⱼ R[j, c]·photons[j], vectorised (<see cref="ColumnFoldKernel"/>) where the hardware allows.</summary>
    public void Fold(ReadOnlySpan<double> photons, Span<double> rates)
    {
        if (_columns is null)
        {
            FoldScalar(photons, rates);
            return;
        }

        _columns.Fold(photons, rates);
    }

    /// <summary>Folds two photon spectra in one sweep over the matrix.</summary>
    public void FoldPair(ReadOnlySpan<double> photons1, ReadOnlySpan<double> photons2, Span<double> rates1, Span<double> rates2)
    {
        if (_columns is null)
        {
            FoldScalar(photons1, rates1);
            FoldScalar(photons2, rates2);
            return;
        }

        _columns.FoldPair(photons1, photons2, rates1, rates2);
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
