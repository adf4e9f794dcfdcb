using MathNet.Numerics.LinearAlgebra;

namespace ThreeML.Fitting;

/// <summary>Small dense symmetric-matrix kernels used by the minimizers (n is the number of free parameters).</summary>
internal static class SymmetricMatrix
{
    /// <summary>½ gᵀ V g: the expected objective decrease to the minimum of the local quadratic model.</summary>
    public static double Edm(ReadOnlySpan<double> g, double[,] v)
    {
        double sum = 0;
        for (int i = 0; i < g.Length; i++)
        {
            double row = 0;
            for (int j = 0; j < g.Length; j++)
            {
                row += v[i, j] * g[j];
            }

            sum += g[i] * row;
        }

        return 0.5 * sum;
    }

    /// <summary>d = −V g.</summary>
    public static void NewtonStep(double[,] v, ReadOnlySpan<double> g, Span<double> d)
    {
        for (int i = 0; i < g.Length; i++)
        {
            double row = 0;
            for (int j = 0; j < g.Length; j++)
            {
                row += v[i, j] * g[j];
            }

            d[i] = -row;
        }
    }

    /// <summary>The diagonal metric 1/g₂ used to start and to restart the variable-metric iterations.</summary>
    public static void SetDiagonalInverse(double[,] v, ReadOnlySpan<double> g2, ReadOnlySpan<double> steps, double errorDefinition)
    {
        int n = g2.Length;
        Array.Clear(v);
        for (int i = 0; i < n; i++)
        {
            // Where the curvature is negative or lost in noise, assume the objective changes by
            // errordef over a few gradient steps instead of trusting its sign.
            double fallback = 100 * steps[i] * steps[i] / (2 * errorDefinition);
            v[i, i] = g2[i] > 0 && double.IsFinite(1 / g2[i]) ? 1 / g2[i] : fallback;
        }
    }

    /// <summary>BFGS update of the inverse Hessian V with step s and gradient change y (requires sᵀy &gt; 0).</summary>
    /// <remarks>V⁺ = V + (sᵀy + yᵀVy) ssᵀ/(sᵀy)² − (Vy sᵀ + s yᵀV)/(sᵀy) (Nocedal &amp; Wright, eq. 6.17).</remarks>
    public static void BfgsUpdate(double[,] v, ReadOnlySpan<double> s, ReadOnlySpan<double> y, double sy, Span<double> vy)
    {
        int n = s.Length;
        double yvy = 0;
        for (int i = 0; i < n; i++)
        {
            double row = 0;
            for (int j = 0; j < n; j++)
            {
                row += v[i, j] * y[j];
            }

            vy[i] = row;
            yvy += y[i] * row;
        }

        double a = (sy + yvy) / (sy * sy);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                v[i, j] += (a * s[i] * s[j]) - (((vy[i] * s[j]) + (s[i] * vy[j])) / sy);
            }
        }
    }

    /// <summary>Inverts a symmetric matrix by Cholesky factorisation; returns <see langword="false"/> if it is not positive definite.</summary>
    public static bool TryInvertPositiveDefinite(double[,] a, out double[,] inverse)
    {
        int n = a.GetLength(0);
        var l = new double[n, n];
        inverse = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            double diag = a[j, j];
            for (int k = 0; k < j; k++)
            {
                diag -= l[j, k] * l[j, k];
            }

            if (!(diag > 0) || !double.IsFinite(diag))
            {
                return false;
            }

            l[j, j] = Math.Sqrt(diag);
            for (int i = j + 1; i < n; i++)
            {
                double sum = a[i, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = sum / l[j, j];
            }
        }

        // Column c of A⁻¹ solves L Lᵀ x = e_c.
        var z = new double[n];
        for (int c = 0; c < n; c++)
        {
            for (int i = 0; i < n; i++)
            {
                double sum = i == c ? 1 : 0;
                for (int k = 0; k < i; k++)
                {
                    sum -= l[i, k] * z[k];
                }

                z[i] = sum / l[i, i];
            }

            for (int i = n - 1; i >= 0; i--)
            {
                double sum = z[i];
                for (int k = i + 1; k < n; k++)
                {
                    sum -= l[k, i] * inverse[k, c];
                }

                inverse[i, c] = sum / l[i, i];
            }
        }

        return true;
    }

    /// <summary>Inverts a Hessian, forcing it positive definite first if needed, as Minuit's MnPosDef does.</summary>
    /// <remarks>
    /// The matrix is scaled to unit diagonal, its eigenvalues found (Math.NET), and the diagonal raised
    /// so that the smallest eigenvalue becomes 10⁻³ of the largest. The shifted matrix is only an
    /// approximation that lets the minimization continue; callers report it.
    /// </remarks>
    public static double[,] InvertForcingPositiveDefinite(double[,] h, out bool wasPositiveDefinite)
    {
        if (TryInvertPositiveDefinite(h, out double[,] inverse))
        {
            wasPositiveDefinite = true;
            return inverse;
        }

        wasPositiveDefinite = false;
        int n = h.GetLength(0);
        var scale = new double[n];
        for (int i = 0; i < n; i++)
        {
            double d = Math.Abs(h[i, i]);
            scale[i] = d > 0 && double.IsFinite(d) ? 1 / Math.Sqrt(d) : 1;
        }

        Matrix<double> scaled = Matrix<double>.Build.Dense(n, n, (i, j) => double.IsFinite(h[i, j]) ? h[i, j] * scale[i] * scale[j] : 0);
        Vector<double> eigen = scaled.Evd(Symmetricity.Symmetric).EigenValues.Map(c => c.Real);
        double max = Math.Max(eigen.Maximum(), 1e-3);
        double shift = (1e-3 * max) - eigen.Minimum();
        var fixedH = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                fixedH[i, j] = (scaled[i, j] + (i == j ? shift : 0)) / (scale[i] * scale[j]);
            }
        }

        return TryInvertPositiveDefinite(fixedH, out inverse) ? inverse : Diagonal(scale);
    }

    /// <summary>Correlation matrix of a covariance; rows of zero variance stay zero.</summary>
    public static double[,] Correlation(double[,] covariance)
    {
        int n = covariance.GetLength(0);
        var r = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double d = Math.Sqrt(covariance[i, i] * covariance[j, j]);
                r[i, j] = d > 0 ? covariance[i, j] / d : 0;
            }
        }

        return r;
    }

    private static double[,] Diagonal(ReadOnlySpan<double> scale)
    {
        var m = new double[scale.Length, scale.Length];
        for (int i = 0; i < scale.Length; i++)
        {
            m[i, i] = scale[i] * scale[i];
        }

        return m;
    }
}
