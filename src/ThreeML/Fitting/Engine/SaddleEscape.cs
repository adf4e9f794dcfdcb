using MathNet.Numerics.LinearAlgebra;

namespace ThreeML.Fitting;

/// <summary>Tells a minimum from a saddle by the eigenvalues of the Hessian, and leaves a saddle along its direction of negative curvature.</summary>
/// <remarks>
/// <para>
/// A variable-metric iteration stops wherever the gradient vanishes, minima and saddles alike, and a
/// metric forced positive definite (Minuit's MnPosDef) then reports a small EDM at a saddle. Wood's
/// function from its standard start is the classic case: the gradient vanishes at f ≈ 7.88 where the
/// Hessian has eigenvalues of both signs. Here the Hessian is scaled to unit diagonal and
/// decomposed; an eigenvalue below −10⁻⁶ of the largest marks a direction along which the function
/// falls. The function is searched along that eigenvector in both senses, starting where the
/// quadratic model predicts a fall of one error definition; the lowest point found becomes a new
/// start for the iterations. A saddle that no such search can leave is reported, never called a
/// minimum.
/// </para>
/// </remarks>
internal static class SaddleEscape
{
    private const double NegativeEigenvalue = -1e-6;

    /// <summary>What the test of the Hessian found.</summary>
    public enum Verdict
    {
        /// <summary>No direction of negative curvature: a minimum.</summary>
        Minimum,

        /// <summary>A direction of negative curvature was found and the point moved down along it.</summary>
        Escaped,

        /// <summary>A direction of clearly negative curvature exists, but no lower point was found (or escaping was not allowed).</summary>
        Saddle,

        /// <summary>The lowest eigenvalue is negative but within 10⁻³ of the largest in size and no lower point was found: the
        /// function is flat along a combination of parameters (e.g. a temperature whose normalization sits at zero).</summary>
        Degenerate,
    }

    /// <summary>Tests <paramref name="hessian"/> (internal coordinates, at <paramref name="u"/>) and escapes a saddle when allowed.</summary>
    public static Verdict Try(InternalObjective f, double[,] hessian, double[] u, ref double fu, double[] trial, bool allowEscape)
    {
        int n = u.Length;

        // A parameter at a bound has zero slope in its internal coordinate, so its row holds finite-difference noise;
        // leave it out. A remaining coordinate with no curvature at all is a flat direction by itself.
        var kept = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (!AtLimit(f, u, i))
            {
                kept.Add(i);
            }
        }

        if (kept.Count == 0)
        {
            return Verdict.Minimum;
        }

        // Flat: over one initial step the function changes by less than 10⁻¹² errordef (badly scaled problems such as
        // Brown's have diagonals 10¹² apart and are not flat).
        bool flatCoordinate = kept.Any(i =>
        {
            double step = f.Problem.Parameters[f.FreeIndex(i)].Step;
            return !(0.5 * Math.Abs(hessian[i, i]) * step * step > 1e-12 * f.ErrorDefinition);
        });
        if (flatCoordinate)
        {
            return Verdict.Degenerate;
        }

        int m = kept.Count;
        var scale = new double[m];
        for (int a = 0; a < m; a++)
        {
            scale[a] = 1 / Math.Sqrt(Math.Abs(hessian[kept[a], kept[a]]));
        }

        Matrix<double> scaled = Matrix<double>.Build.Dense(m, m, (a, b) =>
            double.IsFinite(hessian[kept[a], kept[b]]) ? hessian[kept[a], kept[b]] * scale[a] * scale[b] : 0);
        var evd = scaled.Evd(Symmetricity.Symmetric);
        double[] values = [.. evd.EigenValues.Select(c => c.Real)];
        int lowest = 0;
        double largest = 0;
        for (int i = 0; i < m; i++)
        {
            largest = Math.Max(largest, Math.Abs(values[i]));
            if (values[i] < values[lowest])
            {
                lowest = i;
            }
        }

        if (!(values[lowest] < NegativeEigenvalue * largest))
        {
            return Verdict.Minimum;
        }

        Verdict stuck = values[lowest] > -1e-3 * largest ? Verdict.Degenerate : Verdict.Saddle;
        if (!allowEscape)
        {
            return stuck;
        }

        // In scaled coordinates a unit vector along the eigenvector changes f by ½ λ t²; start where that is one errordef.
        double t = Math.Sqrt(2 * f.ErrorDefinition / -values[lowest]);
        var step = new double[n];
        var start = (double[])u.Clone();
        double fStart = fu;
        double bestF = fu;
        double[]? best = null;
        foreach (double sense in (ReadOnlySpan<double>)[1.0, -1.0])
        {
            var point = (double[])start.Clone();
            double fPoint = fStart;
            Array.Clear(step);
            for (int a = 0; a < m; a++)
            {
                step[kept[a]] = sense * t * evd.EigenVectors[a, lowest] * scale[a];
            }

            if (NegativeCurvatureSearch.Search(f, point, step, double.PositiveInfinity, ref fPoint, trial) && fPoint < bestF)
            {
                bestF = fPoint;
                best = point;
            }
        }

        if (best is null)
        {
            return stuck;
        }

        best.CopyTo(u, 0);
        fu = bestF;
        return Verdict.Escaped;
    }

    private static bool AtLimit(InternalObjective f, double[] u, int k)
    {
        BoundTransform transform = f.Transform(k);
        return transform.IsBounded &&
            transform.DistanceToBound(transform.ToExternal(u[k])) <= ResultAssembler.AtLimitSteps * f.Problem.Parameters[f.FreeIndex(k)].Step;
    }
}
