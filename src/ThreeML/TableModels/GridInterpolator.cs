using System.Numerics.Tensors;

namespace ThreeML.TableModels;

/// <summary>Multilinear interpolation of tabulated spectra on a rectangular parameter grid.</summary>
/// <remarks>Along each parameter the bracketing grid values g_i ≤ v ≤ g_(i+1) give the weight
/// w = (c(v) − c(g_i)) / (c(g_(i+1)) − c(g_i)), c the identity or ln per METHOD; the 2^d corner spectra are summed with
/// the products of the weights, as XSPEC's table models do. Values outside the grid are clamped to its ends (no
/// extrapolation).</remarks>
internal sealed class GridInterpolator
{
    private readonly TableModelData _data;
    private readonly int[] _strides;
    private readonly int[] _lower;
    private readonly double[] _weight;

    public GridInterpolator(TableModelData data)
    {
        _data = data;
        var d = data.InterpolatedCount;
        _strides = new int[d];
        _lower = new int[d];
        _weight = new double[d];
        var stride = 1;
        for (var i = d - 1; i >= 0; i--)
        {
            _strides[i] = stride;
            stride *= data.Parameters[i].Values.Count;
        }
    }

    /// <summary>Writes the interpolated spectrum for the given parameter values (interpolated ones first, then the
    /// additional ones, which multiply their own interpolated spectra and add).</summary>
    public void Interpolate(ReadOnlySpan<double> values, Span<double> destination)
    {
        var n = _data.BinCount;
        var d = _data.InterpolatedCount;
        for (var i = 0; i < d; i++)
        {
            Locate(_data.Parameters[i], values[i], out _lower[i], out _weight[i]);
        }

        destination[..n].Clear();
        Accumulate(_data.Spectra, 1.0, destination);
        for (var j = 0; j < _data.Added.Length; j++)
        {
            Accumulate(_data.Added[j], values[d + j], destination);
        }
    }

    private void Accumulate(double[] spectra, double scale, Span<double> destination)
    {
        var n = _data.BinCount;
        var d = _data.InterpolatedCount;
        for (var corner = 0; corner < 1 << d; corner++)
        {
            var w = scale;
            var index = 0;
            for (var i = 0; i < d && w != 0; i++)
            {
                var upper = (corner >> i & 1) == 1;
                w *= upper ? _weight[i] : 1 - _weight[i];
                index += (_lower[i] + (upper ? 1 : 0)) * _strides[i];
            }

            if (w != 0)
            {
                TensorPrimitives.MultiplyAdd(spectra.AsSpan(index * n, n), w, destination[..n], destination[..n]);
            }
        }
    }

    private static void Locate(TableParameter p, double value, out int lower, out double weight)
    {
        var g = p.Values;
        if (g.Count == 1 || !(value > g[0]))
        {
            lower = 0;
            weight = 0;
            return;
        }

        if (value >= g[^1])
        {
            lower = g.Count - 2;
            weight = 1;
            return;
        }

        var lo = 0;
        var hi = g.Count - 1;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >> 1;
            if (g[mid] <= value) { lo = mid; } else { hi = mid; }
        }

        lower = lo;
        weight = p.Method == TableInterpolation.Logarithmic
            ? Math.Log(value / g[lo]) / Math.Log(g[lo + 1] / g[lo])
            : (value - g[lo]) / (g[lo + 1] - g[lo]);
    }
}
