using System.Numerics.Tensors;

namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>First and second moments of any subset of a fixed point set, from per-point products computed once.</summary>
/// <remarks>
/// Each point x_k stores δ = x_k − c (c the mean of all points) and the lower triangle of δδᵀ in one row, so a
/// subset's sums are vector additions of its rows; the subset's mean is c + Σδ/m and its covariance
/// (Σδδᵀ − ΣδΣδᵀ/m)/(m − 1). Centring on the overall mean keeps the subtraction free of cancellation. The
/// leave-out bootstrap fits one ellipsoid per round to a different subset of the same points, which this makes
/// O(n·d²/8) vector work per round instead of a scalar O(n·d²) pass.
/// </remarks>
internal sealed class PointMoments
{
    private int d;
    private int width;
    private double[] centre = [];
    private double[] rows = [];
    private double[] sums = [];
    private double[] form = [];

    /// <summary>An empty instance, to be filled by <see cref="Load"/>.</summary>
    public PointMoments()
    {
    }

    public PointMoments(ReadOnlySpan<double> points, int n, int d) => Load(points, n, d);

    /// <summary>Stores the per-point products of n points in d dimensions (row-major), reusing the arrays when they are large enough.</summary>
    public void Load(ReadOnlySpan<double> points, int n, int d)
    {
        this.d = d;
        width = d + (d * (d + 1) / 2);
        centre = centre.Length == d ? centre : new double[d];
        PointStatistics.Mean(points, n, d, default, centre);
        rows = rows.Length >= n * width ? rows : new double[n * width];
        sums = sums.Length == width ? sums : new double[width];
        form = form.Length == width ? form : new double[width];
        for (var k = 0; k < n; k++)
        {
            var row = rows.AsSpan(k * width, width);
            for (var i = 0; i < d; i++)
            {
                row[i] = points[(k * d) + i] - centre[i];
            }

            var m = d;
            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j <= i; j++)
                {
                    row[m++] = row[i] * row[j];
                }
            }
        }
    }

    /// <summary>Mean and covariance × (d + 2) (see <see cref="PointStatistics.ScaledCovariance(ReadOnlySpan{double}, ReadOnlySpan{double}, int, int, ReadOnlySpan{bool})"/>) of the <paramref name="count"/> points with <paramref name="include"/> set.</summary>
    public void MeanAndScaledCovariance(ReadOnlySpan<bool> include, int count, Span<double> mean, Span<double> covariance)
    {
        Array.Clear(sums);
        for (var k = 0; k < include.Length; k++)
        {
            if (include[k])
            {
                TensorPrimitives.Add(sums, rows.AsSpan(k * width, width), sums);
            }
        }

        for (var i = 0; i < d; i++)
        {
            mean[i] = centre[i] + (sums[i] / count);
        }

        var scale = (d + 2.0) / Math.Max(count - 1, 1);
        var m = d;
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var c = (sums[m++] - (sums[i] * sums[j] / count)) * scale;
                covariance[(i * d) + j] = c;
                covariance[(j * d) + i] = c;
            }
        }
    }

    /// <summary>
    /// Prepares <see cref="QuadraticForm"/> for the ellipsoid of centre <paramref name="mean"/> and lower Cholesky
    /// factor <paramref name="factor"/> (of the matrix C): afterwards QuadraticForm(k) = (x_k − mean)ᵀ C⁻¹ (x_k − mean).
    /// </summary>
    /// <remarks>
    /// With δ_k = x_k − c, μ = mean − c and A = C⁻¹: (δ_k − μ)ᵀA(δ_k − μ) = Σ_{i≥j} a'_ij δ_iδ_j − 2(Aμ)·δ_k + μᵀAμ, where
    /// a'_ij is A_ij doubled off the diagonal. The first two terms are one dot product with point k's stored row.
    /// </remarks>
    public void PrepareQuadraticForm(ReadOnlySpan<double> mean, ReadOnlySpan<double> factor)
    {
        Span<double> inverse = d <= 16 ? stackalloc double[d * d] : new double[d * d];
        Span<double> column = d <= 16 ? stackalloc double[d] : new double[d];
        for (var j = 0; j < d; j++)
        {
            // Column j of C⁻¹ = L⁻ᵀ L⁻¹ e_j by forward then back substitution.
            for (var i = 0; i < d; i++)
            {
                var v = i == j ? 1.0 : 0.0;
                for (var k = 0; k < i; k++)
                {
                    v -= factor[(i * d) + k] * column[k];
                }

                column[i] = v / factor[(i * d) + i];
            }

            for (var i = d - 1; i >= 0; i--)
            {
                var v = column[i];
                for (var k = i + 1; k < d; k++)
                {
                    v -= factor[(k * d) + i] * column[k];
                }

                column[i] = v / factor[(i * d) + i];
            }

            for (var i = 0; i < d; i++)
            {
                inverse[(i * d) + j] = column[i];
            }
        }

        Span<double> mu = d <= 16 ? stackalloc double[d] : new double[d];
        for (var i = 0; i < d; i++)
        {
            mu[i] = mean[i] - centre[i];
        }

        offset = 0;
        for (var i = 0; i < d; i++)
        {
            var aMu = 0.0;
            for (var k = 0; k < d; k++)
            {
                aMu += inverse[(i * d) + k] * mu[k];
            }

            form[i] = -2 * aMu;
            offset += mu[i] * aMu;
        }

        var m = d;
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                form[m++] = i == j ? inverse[(i * d) + i] : inverse[(i * d) + j] + inverse[(j * d) + i];
            }
        }
    }

    /// <summary>(x_k − mean)ᵀ C⁻¹ (x_k − mean) for the ellipsoid given to <see cref="PrepareQuadraticForm"/>.</summary>
    public double QuadraticForm(int k) => TensorPrimitives.Dot(form, rows.AsSpan(k * width, width)) + offset;

    private double offset;
}
