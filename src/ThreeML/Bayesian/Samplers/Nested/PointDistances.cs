using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Squared Euclidean distances between whitened points, vectorised across points stored column-wise.</summary>
/// <remarks>
/// Points are kept transposed (coordinate i of all n points contiguous), so one vector operation handles
/// <see cref="Vector{T}.Count"/> points. Each lane sums (x_i − y_i)² over i = 0 … d − 1 in the same order as
/// the scalar reference (<see cref="DistanceSquared"/>), without fused multiply-adds, so both give the same bits,
/// and (a − b)² = (b − a)² exactly, so the distance from a to b is the distance from b to a. Distances are computed
/// one row at a time where they are used: an n×n matrix (1.3 MB for 400 live points) does not stay in cache.
/// </remarks>
internal static class PointDistances
{
    /// <summary>Writes the transpose of <paramref name="rows"/> (n rows of d) into <paramref name="columns"/> (d rows of n).</summary>
    public static void Transpose(ReadOnlySpan<double> rows, int n, int d, Span<double> columns)
    {
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < d; i++)
            {
                columns[(i * n) + k] = rows[(k * d) + i];
            }
        }
    }

    /// <summary>Fills <paramref name="row"/> (n values) with the squared distances from <paramref name="point"/> to the n points stored column-wise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(ReadOnlySpan<double> columns, int n, ReadOnlySpan<double> point, Span<double> row) => Row(columns, n, 0, point, row);

    /// <summary>As <see cref="Row(ReadOnlySpan{double}, int, ReadOnlySpan{double}, Span{double})"/> for points <paramref name="first"/> … n − 1 only (entries before <paramref name="first"/> are left untouched).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Row(ReadOnlySpan<double> columns, int n, int first, ReadOnlySpan<double> point, Span<double> row)
    {
        var length = n - first;
        row.Slice(first, length).Clear();
        for (var i = 0; i < point.Length; i++)
        {
            AddSquaredDifferences(columns.Slice((i * n) + first, length), point[i], row.Slice(first, length));
        }
    }

    /// <summary>Whether any of the n points (columns) lies within squared distance <paramref name="radiusSquared"/> of <paramref name="point"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AnyWithin(ReadOnlySpan<double> columns, int n, ReadOnlySpan<double> point, double radiusSquared) =>
        CountWithin(columns, n, point, radiusSquared, stopAtFirst: true) > 0;

    /// <summary>How many of the n points (columns) lie within squared distance <paramref name="radiusSquared"/> of <paramref name="point"/>; with <paramref name="stopAtFirst"/>, 0 or a positive count once one is found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWithin(ReadOnlySpan<double> columns, int n, ReadOnlySpan<double> point, double radiusSquared, bool stopAtFirst)
    {
        var d = point.Length;
        var count = 0;
        var k = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var width = Vector<double>.Count;
            var limit = new Vector<double>(radiusSquared);
            ref var origin = ref MemoryMarshal.GetReference(columns);
            for (; k <= n - width; k += width)
            {
                var sum = Vector<double>.Zero;
                for (var i = 0; i < d; i++)
                {
                    var x = Vector.LoadUnsafe(ref origin, (nuint)((i * n) + k)) - new Vector<double>(point[i]);
                    sum += x * x;
                }

                var inside = Vector.LessThanOrEqual(sum, limit);
                if (inside != Vector<long>.Zero)
                {
                    if (stopAtFirst)
                    {
                        return 1;
                    }

                    count -= (int)Vector.Sum(inside);
                }
            }
        }

        for (; k < n; k++)
        {
            var s = 0.0;
            for (var i = 0; i < d; i++)
            {
                var x = columns[(i * n) + k] - point[i];
                s += x * x;
            }

            if (s <= radiusSquared)
            {
                if (stopAtFirst)
                {
                    return 1;
                }

                count++;
            }
        }

        return count;
    }

    /// <summary>Scalar reference: squared distance between column <paramref name="k"/> and <paramref name="point"/>.</summary>
    public static double DistanceSquared(ReadOnlySpan<double> columns, int n, int k, ReadOnlySpan<double> point)
    {
        var s = 0.0;
        for (var i = 0; i < point.Length; i++)
        {
            var x = columns[(i * n) + k] - point[i];
            s += x * x;
        }

        return s;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddSquaredDifferences(ReadOnlySpan<double> column, double value, Span<double> accumulator)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var v = new Vector<double>(value);
            for (; k <= column.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                var x = new Vector<double>(column[k..]) - v;
                (new Vector<double>(accumulator[k..]) + (x * x)).CopyTo(accumulator[k..]);
            }
        }

        for (; k < column.Length; k++)
        {
            var x = column[k] - value;
            accumulator[k] += x * x;
        }
    }
}
