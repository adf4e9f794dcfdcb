namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Means and scaled covariances of point sets stored row-major.</summary>
internal static class PointStatistics
{
    /// <summary>Mean of the rows selected by <paramref name="include"/> (all rows when null).</summary>
    public static double[] Mean(ReadOnlySpan<double> points, int n, int d, ReadOnlySpan<bool> include = default)
    {
        var mean = new double[d];
        var count = 0;
        for (var k = 0; k < n; k++)
        {
            if (!include.IsEmpty && !include[k])
            {
                continue;
            }

            count++;
            for (var i = 0; i < d; i++)
            {
                mean[i] += points[(k * d) + i];
            }
        }

        for (var i = 0; i < d; i++)
        {
            mean[i] /= count;
        }

        return mean;
    }

    /// <summary>
    /// Sample covariance of the selected rows about <paramref name="centres"/> (one centre row per point),
    /// multiplied by (d + 2).
    /// </summary>
    /// <remarks>
    /// Points uniform in an ellipsoid with matrix C have covariance C/(d + 2) (nestle/UltraNest
    /// <c>bounding_ellipsoid</c>), so the factor turns the sample covariance into the ellipsoid's matrix.
    /// </remarks>
    public static double[] ScaledCovariance(ReadOnlySpan<double> points, ReadOnlySpan<double> centres, int n, int d, ReadOnlySpan<bool> include = default)
    {
        var cov = new double[d * d];
        var count = 0;
        Span<double> delta = stackalloc double[d];
        for (var k = 0; k < n; k++)
        {
            if (!include.IsEmpty && !include[k])
            {
                continue;
            }

            count++;
            for (var i = 0; i < d; i++)
            {
                delta[i] = points[(k * d) + i] - centres[(k * d) + i];
            }

            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    cov[(i * d) + j] += delta[i] * delta[j];
                }
            }
        }

        var scale = (d + 2.0) / Math.Max(count - 1, 1);
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                cov[(i * d) + j] *= scale;
                cov[(j * d) + i] = cov[(i * d) + j];
            }
        }

        return cov;
    }

    /// <summary>Repeats <paramref name="centre"/> once per point, for <see cref="ScaledCovariance"/>.</summary>
    public static double[] Tile(double[] centre, int n)
    {
        var d = centre.Length;
        var tiled = new double[n * d];
        for (var k = 0; k < n; k++)
        {
            centre.CopyTo(tiled, k * d);
        }

        return tiled;
    }
}
