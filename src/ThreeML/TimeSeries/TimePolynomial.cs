namespace ThreeML.TimeSeries;

/// <summary>A background rate polynomial r(t) = Σ a_k (t/s)^k, counts per live second, with the covariance of its
/// coefficients (3ML's <c>Polynomial</c>).</summary>
/// <remarks>The coefficients multiply powers of the scaled time u = t / <see cref="TimeScale"/> so the normal
/// matrix stays well conditioned up to order 4; t is s relative to the trigger. The covariance is the inverse of the
/// Hessian of the Poisson log-likelihood at the best fit, as 3ML computes it. Instances are immutable.</remarks>
public sealed class TimePolynomial
{
    private readonly double[] _coefficients;
    private readonly double[,] _covariance;

    /// <summary>Creates a polynomial.</summary>
    /// <param name="coefficients">a_0..a_n, counts/s, for powers of t/<paramref name="timeScale"/>.</param>
    /// <param name="covariance">(n+1)×(n+1) covariance of the coefficients, or null for none (zero).</param>
    /// <param name="timeScale">s, positive.</param>
    /// <exception cref="ArgumentException">No coefficient, the covariance has the wrong shape, or the scale is not positive.</exception>
    public TimePolynomial(double[] coefficients, double[,]? covariance, double timeScale)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        var n = coefficients.Length;
        if (n is 0 or > 5 || (covariance is not null && (covariance.GetLength(0) != n || covariance.GetLength(1) != n)))
        {
            throw new ArgumentException($"A background polynomial has 1..5 coefficients and an n×n covariance; got {n} coefficients.", nameof(coefficients));
        }

        if (!(timeScale > 0) || !double.IsFinite(timeScale))
        {
            throw new ArgumentException($"The time scale must be positive; got {timeScale}.", nameof(timeScale));
        }

        _coefficients = (double[])coefficients.Clone();
        _covariance = covariance is null ? new double[n, n] : (double[,])covariance.Clone();
        TimeScale = timeScale;
    }

    /// <summary>The polynomial order (number of coefficients − 1).</summary>
    public int Order => _coefficients.Length - 1;

    /// <summary>The time unit of the coefficients, s.</summary>
    public double TimeScale { get; }

    /// <summary>The coefficients a_k, counts/s, for powers of t/<see cref="TimeScale"/>.</summary>
    public ReadOnlySpan<double> Coefficients => _coefficients;

    /// <summary>The covariance of the coefficients (a copy).</summary>
    public double[,] Covariance => (double[,])_covariance.Clone();

    /// <summary>The rate at time t (s relative to the trigger), counts per live second.</summary>
    public double Evaluate(double t)
    {
        var u = t / TimeScale;
        var r = 0.0;
        for (var k = _coefficients.Length - 1; k >= 0; k--)
        {
            r = (r * u) + _coefficients[k];
        }

        return r;
    }

    /// <summary>∫ r dt from <paramref name="start"/> to <paramref name="stop"/>, counts (per live fraction 1).</summary>
    public double Integral(double start, double stop)
    {
        Span<double> basis = stackalloc double[_coefficients.Length];
        BasisIntegrals(start, stop, 1.0, basis);
        return Dot(basis, _coefficients);
    }

    /// <summary>The 1σ error of <see cref="Integral"/> from the coefficient covariance, counts.</summary>
    public double IntegralError(double start, double stop)
    {
        Span<double> basis = stackalloc double[_coefficients.Length];
        BasisIntegrals(start, stop, 1.0, basis);
        return Math.Sqrt(Variance(basis));
    }

    /// <summary>Adds weight × ∫ (t/s)^k dt over [start, stop] to <paramref name="basis"/>[k].</summary>
    internal void BasisIntegrals(double start, double stop, double weight, Span<double> basis) =>
        AddBasisIntegrals(start, stop, TimeScale, weight, basis);

    internal static void AddBasisIntegrals(double start, double stop, double scale, double weight, Span<double> basis)
    {
        var u1 = start / scale;
        var u2 = stop / scale;
        var p1 = u1;
        var p2 = u2;
        for (var k = 0; k < basis.Length; k++)
        {
            basis[k] += weight * scale * (p2 - p1) / (k + 1);
            p1 *= u1;
            p2 *= u2;
        }
    }

    /// <summary>cᵀ Σ c for a vector of basis weights.</summary>
    internal double Variance(ReadOnlySpan<double> c)
    {
        var v = 0.0;
        for (var i = 0; i < c.Length; i++)
        {
            for (var j = 0; j < c.Length; j++)
            {
                v += c[i] * _covariance[i, j] * c[j];
            }
        }

        return Math.Max(v, 0.0);
    }

    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
