using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>An ellipsoid {x : |L⁻¹(x − c)| ≤ r} in the unit cube's coordinates, with exact volume, membership and uniform draws.</summary>
/// <remarks>
/// L is the lower Cholesky factor of the points' covariance scaled by d + 2 (the covariance of a uniform
/// ellipsoid), r the largest Mahalanobis length of the enclosed points times the enlargement per dimension.
/// The volume is V = V_d r^d det L with V_d = π^(d/2)/Γ(d/2 + 1), the unit ball's volume.
/// </remarks>
internal sealed class BoundingEllipsoid
{
    private readonly int d;
    private readonly double[] centre;
    private readonly double[] factor;
    private readonly double radius;
    private readonly double radiusSquared;

    private BoundingEllipsoid(int d, double[] centre, double[] factor, double radius)
    {
        this.d = d;
        this.centre = centre;
        this.factor = factor;
        this.radius = radius;
        radiusSquared = radius * radius;
        var logDet = 0.0;
        for (var i = 0; i < d; i++)
        {
            logDet += Math.Log(factor[(i * d) + i]);
        }

        LogVolume = LogUnitBallVolume(d) + (d * Math.Log(radius)) + logDet;
    }

    /// <summary>Gets ln V of the ellipsoid (unit-cube units).</summary>
    public double LogVolume { get; }

    /// <summary>Fits the ellipsoid that encloses the points (row-major, d columns) listed by <paramref name="rows"/>, enlarged by <paramref name="enlargePerDimension"/> along each axis.</summary>
    public static BoundingEllipsoid Fit(ReadOnlySpan<double> points, ReadOnlySpan<int> rows, int d, double enlargePerDimension)
    {
        var count = rows.Length;
        var subset = new double[count * d];
        for (var k = 0; k < count; k++)
        {
            points.Slice(rows[k] * d, d).CopyTo(subset.AsSpan(k * d, d));
        }

        var centre = PointStatistics.Mean(subset, count, d);
        var factor = PointStatistics.ScaledCovariance(subset, centre, count, d);
        PointStatistics.CholeskyInPlace(factor, d);
        Span<double> delta = stackalloc double[d];
        Span<double> work = stackalloc double[d];
        var largest = 0.0;
        for (var k = 0; k < count; k++)
        {
            for (var i = 0; i < d; i++)
            {
                delta[i] = subset[(k * d) + i] - centre[i];
            }

            largest = Math.Max(largest, PointStatistics.MahalanobisSquared(factor, delta, work, d));
        }

        return new BoundingEllipsoid(d, centre, factor, Math.Sqrt(Math.Max(largest, 1e-300)) * enlargePerDimension);
    }

    /// <summary>Whether <paramref name="x"/> lies inside; <paramref name="work"/> holds d scratch values.</summary>
    public bool Contains(ReadOnlySpan<double> x, Span<double> work)
    {
        var sum = 0.0;
        for (var i = 0; i < d; i++)
        {
            var v = x[i] - centre[i];
            for (var j = 0; j < i; j++)
            {
                v -= factor[(i * d) + j] * work[j];
            }

            work[i] = v / factor[(i * d) + i];
            sum += work[i] * work[i];
            if (sum > radiusSquared)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a draw uniform in the ellipsoid to <paramref name="x"/>; <paramref name="work"/> holds d scratch values.</summary>
    public void Sample(ref RandomStream rng, Span<double> x, Span<double> work)
    {
        rng.NextInUnitBall(work);
        for (var i = 0; i < d; i++)
        {
            var v = 0.0;
            for (var j = 0; j <= i; j++)
            {
                v += factor[(i * d) + j] * work[j];
            }

            x[i] = centre[i] + (radius * v);
        }
    }

    /// <summary>ln of the volume of the d-dimensional unit ball, ln(π^(d/2)/Γ(d/2 + 1)).</summary>
    /// <remarks>Γ(d/2 + 1) by its recurrence from Γ(1) = 1 or Γ(3/2) = √π/2, exact for the integer and half-integer arguments used.</remarks>
    internal static double LogUnitBallVolume(int d)
    {
        var logGamma = d % 2 == 0 ? 0.0 : Math.Log(0.5 * Math.Sqrt(Math.PI));
        for (var a = d % 2 == 0 ? 2.0 : 2.5; a <= (0.5 * d) + 1; a++)
        {
            logGamma += Math.Log(a - 1);
        }

        return (0.5 * d * Math.Log(Math.PI)) - logGamma;
    }
}
