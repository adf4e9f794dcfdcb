namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>Deterministic 2-means clustering of a set of points (Lloyd's iterations from the two mutually distant points).</summary>
internal static class TwoMeans
{
    private const int Iterations = 20;

    /// <summary>Splits the rows into two clusters, or returns null when one cluster would be empty.</summary>
    /// <remarks>The seeds are the point farthest from the mean and the point farthest from that one, so the result is a function of the points alone.</remarks>
    public static (int[] Left, int[] Right)? Split(ReadOnlySpan<double> points, int[] rows, int d)
    {
        var mean = new double[d];
        foreach (var r in rows)
        {
            for (var i = 0; i < d; i++)
            {
                mean[i] += points[(r * d) + i] / rows.Length;
            }
        }

        var a = Farthest(points, rows, d, mean);
        var b = Farthest(points, rows, d, points.Slice(a * d, d));
        var ca = points.Slice(a * d, d).ToArray();
        var cb = points.Slice(b * d, d).ToArray();
        var inA = new bool[rows.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = false;
            for (var k = 0; k < rows.Length; k++)
            {
                var x = points.Slice(rows[k] * d, d);
                var closerToA = Distance2(x, ca) <= Distance2(x, cb);
                changed |= closerToA != inA[k] || iteration == 0;
                inA[k] = closerToA;
            }

            if (!changed)
            {
                break;
            }

            Centroid(points, rows, d, inA, true, ca);
            Centroid(points, rows, d, inA, false, cb);
        }

        var left = rows.Where((_, k) => inA[k]).ToArray();
        var right = rows.Where((_, k) => !inA[k]).ToArray();
        return left.Length == 0 || right.Length == 0 ? null : (left, right);
    }

    private static int Farthest(ReadOnlySpan<double> points, int[] rows, int d, ReadOnlySpan<double> from)
    {
        var best = rows[0];
        var bestDistance = -1.0;
        foreach (var r in rows)
        {
            var distance = Distance2(points.Slice(r * d, d), from);
            if (distance > bestDistance)
            {
                bestDistance = distance;
                best = r;
            }
        }

        return best;
    }

    private static void Centroid(ReadOnlySpan<double> points, int[] rows, int d, bool[] inA, bool side, double[] centre)
    {
        Array.Clear(centre);
        var count = 0;
        for (var k = 0; k < rows.Length; k++)
        {
            if (inA[k] != side)
            {
                continue;
            }

            count++;
            for (var i = 0; i < d; i++)
            {
                centre[i] += points[(rows[k] * d) + i];
            }
        }

        for (var i = 0; i < d; i++)
        {
            centre[i] /= Math.Max(1, count);
        }
    }

    private static double Distance2(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (x[i] - y[i]) * (x[i] - y[i]);
        }

        return sum;
    }
}
