using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>An affine map between unit-cube coordinates u and whitened coordinates t.</summary>
/// <remarks>
/// With the scaled covariance C = V Λ Vᵀ, t = Λ^(-1/2) Vᵀ (u − c) and u = c + V Λ^(1/2) t, so |t|² is
/// the squared Mahalanobis distance (u − c)ᵀ C⁻¹ (u − c). Eigenvalues are floored at 1e-10 of the largest, the same
/// safeguard as UltraNest's <c>make_eigvals_positive</c>, so collinear live points still give a frame.
/// </remarks>
internal sealed class AffineFrame
{
    private readonly int d;
    private readonly double[] axes;   // row-major d×d: u_i = c_i + Σ_j axes[i,j] t_j
    private readonly double[] whiten; // row-major d×d: t_j = Σ_i whiten[j,i] (u_i − c_i)

    private AffineFrame(double[] centre, double[] axes, double[] whiten)
    {
        d = centre.Length;
        Centre = centre;
        this.axes = axes;
        this.whiten = whiten;
    }

    /// <summary>Centre c; mutable so the bounding ellipsoid can follow the live points between rebuilds.</summary>
    public double[] Centre { get; }

    public static AffineFrame FromCovariance(double[] centre, double[] covariance)
    {
        var d = centre.Length;
        var evd = Matrix<double>.Build.DenseOfRowMajor(d, d, covariance).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Real().ToArray();
        var vectors = evd.EigenVectors;
        var floor = Math.Max(values.Max() * 1e-10, 1e-300);
        var axes = new double[d * d];
        var whiten = new double[d * d];
        for (var k = 0; k < d; k++)
        {
            var lambda = Math.Max(values[k], floor);
            var s = Math.Sqrt(lambda);
            for (var i = 0; i < d; i++)
            {
                axes[(i * d) + k] = vectors[i, k] * s;
                whiten[(k * d) + i] = vectors[i, k] / s;
            }
        }

        return new AffineFrame((double[])centre.Clone(), axes, whiten);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ToWhite(ReadOnlySpan<double> u, Span<double> t)
    {
        for (var j = 0; j < d; j++)
        {
            var row = whiten.AsSpan(j * d, d);
            var sum = 0.0;
            for (var i = 0; i < d; i++)
            {
                sum += row[i] * (u[i] - Centre[i]);
            }

            t[j] = sum;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ToCube(ReadOnlySpan<double> t, Span<double> u)
    {
        for (var i = 0; i < d; i++)
        {
            var row = axes.AsSpan(i * d, d);
            var sum = Centre[i];
            for (var j = 0; j < d; j++)
            {
                sum += row[j] * t[j];
            }

            u[i] = sum;
        }
    }

    /// <summary>Squared Mahalanobis distance of u from the centre.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double DistanceSquared(ReadOnlySpan<double> u)
    {
        var total = 0.0;
        for (var j = 0; j < d; j++)
        {
            var row = whiten.AsSpan(j * d, d);
            var sum = 0.0;
            for (var i = 0; i < d; i++)
            {
                sum += row[i] * (u[i] - Centre[i]);
            }

            total += sum * sum;
        }

        return total;
    }
}
