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

        /// <summary>A direction of negative curvature exists, but no lower point was found (or escaping was not allowed).</summary>
        Saddle,
    }

    /// <summary>Tests <paramref name="hessian"/> (internal coordinates, at <paramref name="u"/>) and escapes a saddle when allowed.</summary>
    public static Verdict Try(InternalObjective f, double[,] hessian, double[] u, ref double fu, double[] trial, bool allowEscape)
    {
        int n = u.Length;
        var scale = new double[n];
        for (int i = 0; i < n; i++)
        {
            double d = Math.Abs(hessian[i, i]);
            scale[i] = d > 0 && double.IsFinite(d) ? 1 / Math.Sqrt(d) : 1;
        }

        Matrix<double> scaled = Matrix<double>.Build.Dense(n, n, (i, j) => double.IsFinite(hessian[i, j]) ? hessian[i, j] * scale[i] * scale[j] : 0);
        var evd = scaled.Evd(Symmetricity.Symmetric);
        double[] values = [.. evd.EigenValues.Select(c => c.Real)];
        int lowest = 0;
        double largest = 0;
        for (int i = 0; i < n; i++)
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

        if (!allowEscape)
        {
            return Verdict.Saddle;
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
            for (int i = 0; i < n; i++)
            {
                step[i] = sense * t * evd.EigenVectors[i, lowest] * scale[i];
            }

            if (NegativeCurvatureSearch.Search(f, point, step, double.PositiveInfinity, ref fPoint, trial) && fPoint < bestF)
            {
                bestF = fPoint;
                best = point;
            }
        }

        if (best is null)
        {
            return Verdict.Saddle;
        }

        best.CopyTo(u, 0);
        fu = bestF;
        return Verdict.Escaped;
    }
}
