namespace ThreeML.TimeSeries;

/// <summary>Maximum-likelihood fit of a model linear in its coefficients to Poisson data: minimises
/// C(a) = eᵀa − Σ_j w_j ln(x_jᵀa), the Cash statistic of binned counts (w = counts, x = expected counts per unit
/// coefficient, e = Σ x) and the unbinned extended likelihood of events (w = 1, x = basis at the event, e = the
/// exposure-weighted basis integral).</summary>
/// <remarks>C is convex in a (a linear term minus logarithms of linear functions), so a damped Newton iteration with
/// the analytic Hessian H = Σ w_j x_j x_jᵀ / (x_jᵀa)² reaches the unique optimum in a few steps; the covariance is
/// H⁻¹ at the optimum (3ML inverts a numerical Hessian of the same function).</remarks>
internal static class PoissonPolynomialFit
{
    private const int MaxIterations = 200;

    /// <summary>Fits; rows of <paramref name="x"/> are length p = <paramref name="e"/>.Length, flattened.</summary>
    /// <returns>The coefficients, their covariance, C at the optimum, and whether the fit converged.</returns>
    public static (double[] Coefficients, double[,] Covariance, double Cash, bool Converged) Fit(
        ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> e)
    {
        var p = e.Length;
        var totalWeight = 0.0;
        foreach (var v in w)
        {
            totalWeight += v;
        }

        var a = new double[p];
        if (totalWeight <= 0 || !(e[0] > 0))
        {
            // No counts: the zero polynomial, as 3ML returns for an empty channel.
            return (a, new double[p, p], 0.0, true);
        }

        a[0] = totalWeight / e[0];
        Span<double> g = stackalloc double[p];
        Span<double> h = stackalloc double[p * p];
        Span<double> step = stackalloc double[p];
        Span<double> trial = stackalloc double[p];
        var cash = Cash(x, w, e, a);
        var converged = false;
        for (var it = 0; it < MaxIterations; it++)
        {
            GradientAndHessian(x, w, e, a, g, h);
            g.CopyTo(step);
            if (!CholeskySolve(h, step, p))
            {
                break;
            }

            var decrement = TimePolynomial.Dot(g, step);
            if (decrement < 1e-12 * Math.Max(1.0, Math.Abs(cash)))
            {
                converged = true;
                break;
            }

            var t = 1.0;
            var accepted = false;
            for (var half = 0; half < 60; half++, t *= 0.5)
            {
                for (var k = 0; k < p; k++)
                {
                    trial[k] = a[k] - (t * step[k]);
                }

                var c = Cash(x, w, e, trial);
                if (c <= cash - (1e-4 * t * decrement))
                {
                    trial.CopyTo(a);
                    cash = c;
                    accepted = true;
                    break;
                }
            }

            if (!accepted)
            {
                converged = decrement < 1e-6 * Math.Max(1.0, Math.Abs(cash));
                break;
            }
        }

        GradientAndHessian(x, w, e, a, g, h);
        return (a, Invert(h, p), cash, converged);
    }

    /// <summary>C(a); +∞ where a row with weight has a non-positive model.</summary>
    public static double Cash(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> e, ReadOnlySpan<double> a)
    {
        var p = e.Length;
        var c = TimePolynomial.Dot(e, a);
        for (var j = 0; j < w.Length; j++)
        {
            if (w[j] == 0)
            {
                continue;
            }

            var m = TimePolynomial.Dot(x.Slice(j * p, p), a);
            if (!(m > 0))
            {
                return double.PositiveInfinity;
            }

            c -= w[j] * Math.Log(m);
        }

        return c;
    }

    private static void GradientAndHessian(ReadOnlySpan<double> x, ReadOnlySpan<double> w, ReadOnlySpan<double> e, ReadOnlySpan<double> a, Span<double> g, Span<double> h)
    {
        var p = e.Length;
        e.CopyTo(g);
        h.Clear();
        for (var j = 0; j < w.Length; j++)
        {
            if (w[j] == 0)
            {
                continue;
            }

            var row = x.Slice(j * p, p);
            var m = TimePolynomial.Dot(row, a);
            var r = w[j] / m;
            var q = r / m;
            for (var k = 0; k < p; k++)
            {
                g[k] -= r * row[k];
                for (var l = 0; l <= k; l++)
                {
                    h[(k * p) + l] += q * row[k] * row[l];
                }
            }
        }

        for (var k = 0; k < p; k++)
        {
            for (var l = k + 1; l < p; l++)
            {
                h[(k * p) + l] = h[(l * p) + k];
            }
        }
    }

    /// <summary>Solves H s = b in place (b becomes s) by Cholesky; false when H is not positive definite.</summary>
    private static bool CholeskySolve(ReadOnlySpan<double> h, Span<double> b, int p)
    {
        Span<double> l = stackalloc double[p * p];
        if (!Cholesky(h, l, p))
        {
            return false;
        }

        for (var i = 0; i < p; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[(i * p) + k] * b[k];
            }

            b[i] = s / l[(i * p) + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < p; k++)
            {
                s -= l[(k * p) + i] * b[k];
            }

            b[i] = s / l[(i * p) + i];
        }

        return true;
    }

    private static bool Cholesky(ReadOnlySpan<double> h, Span<double> l, int p)
    {
        l.Clear();
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = h[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[(i * p) + k] * l[(j * p) + k];
                }

                if (i == j)
                {
                    if (!(s > 0))
                    {
                        return false;
                    }

                    l[(i * p) + i] = Math.Sqrt(s);
                }
                else
                {
                    l[(i * p) + j] = s / l[(j * p) + j];
                }
            }
        }

        return true;
    }

    private static double[,] Invert(ReadOnlySpan<double> h, int p)
    {
        var inverse = new double[p, p];
        Span<double> column = stackalloc double[p];
        for (var c = 0; c < p; c++)
        {
            column.Clear();
            column[c] = 1.0;
            if (!CholeskySolve(h, column, p))
            {
                // A singular Hessian has no covariance: NaN travels with the result, as 3ML's CannotComputeCovariance.
                for (var i = 0; i < p; i++)
                {
                    for (var j = 0; j < p; j++)
                    {
                        inverse[i, j] = double.NaN;
                    }
                }

                return inverse;
            }

            for (var r = 0; r < p; r++)
            {
                inverse[r, c] = column[r];
            }
        }

        return inverse;
    }
}
