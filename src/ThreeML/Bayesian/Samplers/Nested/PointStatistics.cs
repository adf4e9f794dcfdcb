namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Means and scaled covariances of point sets stored row-major.</summary>
internal static class PointStatistics
{
    /// <summary>Mean of the rows selected by <paramref name="include"/> (all rows when null).</summary>
    public static double[] Mean(ReadOnlySpan<double> points, int n, int d, ReadOnlySpan<bool> include = default)
    {
        var mean = new double[d];
        Mean(points, n, d, include, mean);
        return mean;
    }

    /// <summary>As <see cref="Mean(ReadOnlySpan{double}, int, int, ReadOnlySpan{bool})"/>, into <paramref name="mean"/> (d values) without allocating.</summary>
    public static void Mean(ReadOnlySpan<double> points, int n, int d, ReadOnlySpan<bool> include, Span<double> mean)
    {
        mean[..d].Clear();
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
    }

    /// <summary>Sample covariance of the selected rows about one <paramref name="centre"/>, multiplied by (d + 2).</summary>
    /// <remarks>
    /// Points uniform in an ellipsoid with matrix C have covariance C/(d + 2) (nestle/UltraNest
    /// <c>bounding_ellipsoid</c>), so the factor turns the sample covariance into the ellipsoid's matrix.
    /// </remarks>
    public static double[] ScaledCovariance(ReadOnlySpan<double> points, ReadOnlySpan<double> centre, int n, int d, ReadOnlySpan<bool> include = default) =>
        ScaledCovariance(points, centre, false, n, d, include);

    /// <summary>As <see cref="ScaledCovariance(ReadOnlySpan{double}, ReadOnlySpan{double}, int, int, ReadOnlySpan{bool})"/>, into <paramref name="cov"/> (d×d) without allocating.</summary>
    public static void ScaledCovariance(ReadOnlySpan<double> points, ReadOnlySpan<double> centre, int n, int d, ReadOnlySpan<bool> include, Span<double> cov) =>
        ScaledCovariance(points, centre, false, n, d, include, cov);

    /// <summary>As <see cref="ScaledCovariance(ReadOnlySpan{double}, ReadOnlySpan{double}, int, int, ReadOnlySpan{bool})"/>, each row about its own centre row (cluster co-centring).</summary>
    public static double[] ScaledCovarianceAboutRows(ReadOnlySpan<double> points, ReadOnlySpan<double> centres, int n, int d) =>
        ScaledCovariance(points, centres, true, n, d, default);

    private static double[] ScaledCovariance(ReadOnlySpan<double> points, ReadOnlySpan<double> centres, bool perRow, int n, int d, ReadOnlySpan<bool> include)
    {
        var cov = new double[d * d];
        ScaledCovariance(points, centres, perRow, n, d, include, cov);
        return cov;
    }

    private static void ScaledCovariance(ReadOnlySpan<double> points, ReadOnlySpan<double> centres, bool perRow, int n, int d, ReadOnlySpan<bool> include, Span<double> cov)
    {
        cov[..(d * d)].Clear();
        var count = 0;
        Span<double> delta = stackalloc double[d];
        for (var k = 0; k < n; k++)
        {
            if (!include.IsEmpty && !include[k])
            {
                continue;
            }

            count++;
            var centre = perRow ? centres.Slice(k * d, d) : centres;
            for (var i = 0; i < d; i++)
            {
                delta[i] = points[(k * d) + i] - centre[i];
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
    }

    /// <summary>In-place lower Cholesky factor of a symmetric d×d matrix, with diagonal jitter when it is not positive definite.</summary>
    /// <remarks>Cheaper than an eigen-decomposition for the many small ellipsoids fitted in the bootstrap rounds.</remarks>
    public static void CholeskyInPlace(Span<double> a, int d)
    {
        Span<double> original = d <= 32 ? stackalloc double[d * d] : new double[d * d];
        a[..(d * d)].CopyTo(original);
        var trace = 0.0;
        for (var i = 0; i < d; i++)
        {
            trace += a[(i * d) + i];
        }

        var jitter = 0.0;
        for (var attempt = 0; attempt < 60; attempt++)
        {
            original.CopyTo(a);
            if (TryCholesky(a, d, jitter))
            {
                return;
            }

            jitter = jitter == 0 ? Math.Max(1e-12 * Math.Abs(trace) / d, 1e-300) : jitter * 10;
        }

        throw new InvalidOperationException("Live points are degenerate: their covariance has no Cholesky factor.");
    }

    /// <summary>|L⁻¹ x|², the squared Mahalanobis length of x for the factor from <see cref="CholeskyInPlace"/>.</summary>
    public static double MahalanobisSquared(ReadOnlySpan<double> factor, ReadOnlySpan<double> x, Span<double> work, int d)
    {
        var sum = 0.0;
        for (var i = 0; i < d; i++)
        {
            var v = x[i];
            for (var j = 0; j < i; j++)
            {
                v -= factor[(i * d) + j] * work[j];
            }

            work[i] = v / factor[(i * d) + i];
            sum += work[i] * work[i];
        }

        return sum;
    }

    private static bool TryCholesky(Span<double> a, int d, double jitter)
    {
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[(i * d) + j] + (i == j ? jitter : 0);
                for (var k = 0; k < j; k++)
                {
                    sum -= a[(i * d) + k] * a[(j * d) + k];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        return false;
                    }

                    a[(i * d) + i] = Math.Sqrt(sum);
                }
                else
                {
                    a[(i * d) + j] = sum / a[(j * d) + j];
                }
            }
        }

        return true;
    }
}
