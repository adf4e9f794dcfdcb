using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThreeML.Responses;

/// <summary>A response matrix laid out for a register-resident fold: the channels are cut into columns one SIMD vector
/// wide (8 channels with AVX-512, 4 with AVX2), and each column stores only the energy rows from its first to its last
/// non-zero weight, as dense rows of the column's width.</summary>
/// <remarks>
/// <para>A fold sweeps a column's rows with one weight load, one broadcast and one fused multiply-add per row and
/// spectrum, in four accumulators (rows taken in turn) so the multiply-adds do not wait on each other's latency; no
/// data-dependent branch. Narrow columns follow a redistribution matrix's staircase of non-zeros closely: the GBM BGO
/// demo response (9,022 non-zeros) stores 10,152 weights here against 11,968 in 32-channel panels, and the fold is
/// bound by its multiply-adds (one 8-lane FMA per cycle on AMD Zen 4), so stored weights are time.</para>
/// <para>Weights are stored as <see cref="float"/> whenever every one of them is exactly a float (always so for OGIP
/// files, whose MATRIX column is 32-bit): widening is exact and the sums stay in double precision.</para>
/// <para>A fold may be limited to a range of columns (<see cref="FoldPair(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double}, Span{double}, int, int)"/>):
/// channels a likelihood does not use cost nothing.</para>
/// </remarks>
internal sealed partial class ColumnFoldKernel
{
    private readonly int _channelCount;
    private readonly int _width;
    private readonly int[] _firstRow;
    private readonly int[] _endRow;
    private readonly int[] _offset;
    private readonly float[]? _singles;
    private readonly double[]? _doubles;

    /// <summary>Lays out the matrix given by energy-bin runs (first channel and contiguous weights per bin).</summary>
    public ColumnFoldKernel(int channelCount, int energyBinCount, Func<int, int> firstChannel, Func<int, ReadOnlySpan<double>> run)
    {
        _channelCount = channelCount;
        _width = Vector512.IsHardwareAccelerated ? Vector512<double>.Count : Vector256<double>.Count;
        var columns = (channelCount + _width - 1) / _width;
        _firstRow = new int[columns];
        _endRow = new int[columns];
        _offset = new int[columns + 1];
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
                    var p = (first + i) / _width;
                    _firstRow[p] = Math.Min(_firstRow[p], j);
                    _endRow[p] = Math.Max(_endRow[p], j + 1);
                    exactSingles &= (double)(float)weights[i] == weights[i];
                }
            }
        }

        for (var p = 0; p < columns; p++)
        {
            _firstRow[p] = Math.Min(_firstRow[p], _endRow[p]);
            _offset[p + 1] = _offset[p] + ((_endRow[p] - _firstRow[p]) * _width);
        }

        // Filled in the precision it is kept in (no double copy of a float matrix on the way).
        if (exactSingles)
        {
            _singles = new float[_offset[columns]];
            Scatter(_singles, energyBinCount, firstChannel, run, static w => (float)w);
        }
        else
        {
            _doubles = new double[_offset[columns]];
            Scatter(_doubles, energyBinCount, firstChannel, run, static w => w);
        }
    }

    /// <summary>Writes every non-zero weight into its column's slot of <paramref name="store"/>.</summary>
    private void Scatter<T>(T[] store, int energyBinCount, Func<int, int> firstChannel, Func<int, ReadOnlySpan<double>> run, Func<double, T> convert)
    {
        for (var j = 0; j < energyBinCount; j++)
        {
            var weights = run(j);
            var first = firstChannel(j);
            for (var i = 0; i < weights.Length; i++)
            {
                var c = first + i;
                var p = c / _width;
                if (weights[i] != 0)
                {
                    store[_offset[p] + ((j - _firstRow[p]) * _width) + (c - (p * _width))] = convert(weights[i]);
                }
            }
        }
    }

    /// <summary>Whether the weights are stored in single precision (every weight is exactly a float).</summary>
    public bool StoresSingles => _singles is not null;

    /// <summary>The number of stored weights, zeros inside the columns included.</summary>
    public int StoredWeightCount => _offset[^1];

    /// <summary>The number of channels of one column (the SIMD width).</summary>
    public int ColumnWidth => _width;

    /// <summary>rates[c] = Σⱼ R[j, c]·photons[j].</summary>
    public void Fold(ReadOnlySpan<double> photons, Span<double> rates)
    {
        Span<double> tail = stackalloc double[Vector512<double>.Count];
        if (_singles is not null)
        {
            FoldColumns(_singles, photons, rates, tail);
        }
        else
        {
            FoldColumns(_doubles!, photons, rates, tail);
        }
    }

    /// <summary>Folds two photon spectra through the matrix in one sweep, reading it once.</summary>
    public void FoldPair(ReadOnlySpan<double> photons1, ReadOnlySpan<double> photons2, Span<double> rates1, Span<double> rates2) =>
        FoldPair(photons1, photons2, rates1, rates2, 0, _channelCount);

    /// <summary>Folds two photon spectra in one sweep, only for the columns that hold channels in
    /// [<paramref name="firstChannel"/>, <paramref name="endChannel"/>); other rates are left as they were.</summary>
    public void FoldPair(ReadOnlySpan<double> photons1, ReadOnlySpan<double> photons2, Span<double> rates1, Span<double> rates2, int firstChannel, int endChannel)
    {
        Span<double> tails = stackalloc double[2 * Vector512<double>.Count];
        var firstColumn = firstChannel / _width;
        var endColumn = endChannel <= firstChannel ? firstColumn : ((endChannel + _width - 1) / _width);
        if (_singles is not null)
        {
            FoldColumnPairs(_singles, photons1, photons2, rates1, rates2, tails, firstColumn, endColumn);
        }
        else
        {
            FoldColumnPairs(_doubles!, photons1, photons2, rates1, rates2, tails, firstColumn, endColumn);
        }
    }

    // A full column writes its sums straight into the rates; the last, partial one goes through a buffer.
    private bool IsPartial(int column) => (column + 1) * _width > _channelCount;

    private void CopyTail(Span<double> tail, Span<double> rates)
    {
        var full = _channelCount / _width * _width;
        tail[..(_channelCount - full)].CopyTo(rates[full..]);
    }

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
