namespace ThreeML.Fitting;

/// <summary>The seed's line search along a coordinate of negative curvature: parabolic extrapolation with a growing reach,
/// then parabolic refinement once the minimum along the line is bracketed.</summary>
/// <remarks>
/// <para>
/// After the first step (α = 1) every next trial comes from a parabola: the one through f(0), the slope at 0 and f(1)
/// at first, then the one through the lowest point and its two nearest neighbours. While the lowest point is the
/// farthest one tried (the function still falls), the trial is the parabola's vertex where it has one beyond that
/// point, and it may go at most max(5, 2 α_best) further than it, so the reach roughly triples per evaluation
/// (Minuit2's <c>MnLineSearch</c> grows its reach the same way); without a vertex it takes that whole reach. Once a trial
/// rises above the lowest point, the minimum is bracketed and the next trials are the vertices of the bracketing
/// parabolas; where one side of the bracket is a wall (values orders of magnitude higher) the vertex lands on the short
/// side of the lowest point, and the trial goes a quarter into the long side instead. The search stops when a trial
/// falls within 5 % (of the step, or of the trial's distance when larger) of a point already tried, when the reach
/// reaches <c>maxAlpha</c> or after <see cref="MaxEvaluations"/> evaluations, and moves to the lowest point found.
/// </para>
/// <para>
/// A coordinate whose second derivative is negative gives no scale of its own; Minuit's first step is the gradient's
/// step, often far shorter than the distance to the valley floor (the normalization of a GBM Band fit from
/// astromodels' default K = 10⁻⁴ moves 850 such steps). Extrapolating from the parabolas gets there in a few
/// evaluations where a fixed growth factor either stops short or overshoots into a steep wall.
/// </para>
/// </remarks>
internal static class ExtrapolatingLineSearch
{
    private const int MaxEvaluations = 12;
    private const double Tolerance = 0.05;
    private const double FirstReach = 5;
    private const double WallShare = 0.25;

    /// <summary>Searches from <paramref name="u"/> along <paramref name="step"/>, where the directional slope is <paramref name="slope"/> (negative).</summary>
    /// <param name="f">The objective in internal coordinates.</param>
    /// <param name="u">The point; replaced by the lowest point found.</param>
    /// <param name="step">The first step (direction and length).</param>
    /// <param name="slope">The derivative of f along the step at α = 0 (f per unit α), or 0 if unknown.</param>
    /// <param name="maxAlpha">The largest multiple of the step allowed.</param>
    /// <param name="fu">The value at <paramref name="u"/>; replaced with the value at the new point.</param>
    /// <param name="trial">Scratch space of the dimension.</param>
    /// <returns>Whether <paramref name="u"/> moved.</returns>
    public static bool Search(InternalObjective f, double[] u, ReadOnlySpan<double> step, double slope, double maxAlpha, ref double fu, double[] trial)
    {
        Span<double> xs = stackalloc double[MaxEvaluations + 1];
        Span<double> fs = stackalloc double[MaxEvaluations + 1];
        int count = 0;
        xs[count] = 0;
        fs[count++] = fu;
        double bestX = 0, bestF = fu;
        double alpha = Math.Min(1, maxAlpha);
        for (int evaluation = 0; evaluation < MaxEvaluations && alpha > 0; evaluation++)
        {
            double fa = At(f, u, step, alpha, trial);
            if (!double.IsFinite(fa))
            {
                fa = double.PositiveInfinity;
            }

            Insert(xs, fs, ref count, alpha, fa);
            if (fa < bestF)
            {
                bestF = fa;
                bestX = alpha;
            }

            alpha = Next(xs[..count], fs[..count], bestX, slope, maxAlpha);
        }

        if (bestX == 0)
        {
            return false;
        }

        for (int k = 0; k < u.Length; k++)
        {
            u[k] += bestX * step[k];
        }

        fu = bestF;
        return true;
    }

    /// <summary>The next trial, or 0 to stop.</summary>
    private static double Next(ReadOnlySpan<double> xs, ReadOnlySpan<double> fs, double bestX, double slope, double maxAlpha)
    {
        int best = xs.IndexOf(bestX);
        bool falling = best == xs.Length - 1;
        double reach = Math.Max(FirstReach, 2 * bestX);
        double vertex;
        if (xs.Length == 2)
        {
            // f(0), the slope at 0 and f(1).
            double curvature = fs[1] - fs[0] - (slope * xs[1]);
            vertex = slope < 0 && curvature > 0 && double.IsFinite(fs[1]) ? -slope * xs[1] * xs[1] / (2 * curvature) : double.NaN;
        }
        else
        {
            int mid = Math.Clamp(best, 1, xs.Length - 2);
            vertex = Vertex(xs[mid - 1], fs[mid - 1], xs[mid], fs[mid], xs[mid + 1], fs[mid + 1]);
        }

        double next;
        if (falling)
        {
            next = double.IsNaN(vertex) || vertex <= bestX ? bestX + reach : Math.Min(vertex, bestX + reach);
            next = Math.Min(next, maxAlpha);
        }
        else
        {
            // Bracketed: the vertex must lie between the best point's neighbours.
            double lower = best > 0 ? xs[best - 1] : 0, upper = xs[best + 1];
            if (double.IsNaN(vertex) || vertex <= lower || vertex >= upper)
            {
                // No usable parabola (a wall of non-finite or steep values): halve towards the best point from the far side.
                next = 0.5 * (bestX + upper);
            }
            else
            {
                // A wall on one side (values rising by orders of magnitude, as a normalization overshoots) drags the
                // parabola's vertex to the short side of the best point, and the bracket would barely shrink: when the
                // vertex lands on a side less than half as long as the other, step a quarter into the long side instead.
                double below = bestX - lower, above = upper - bestX;
                next = vertex;
                if (vertex < bestX && above > 2 * below)
                {
                    next = bestX + (WallShare * above);
                }
                else if (vertex > bestX && below > 2 * above)
                {
                    next = bestX - (WallShare * below);
                }
            }
        }

        double tolerance = Tolerance * Math.Max(1, Math.Abs(next));
        foreach (double x in xs)
        {
            if (Math.Abs(x - next) < tolerance)
            {
                return 0;
            }
        }

        return next;
    }

    private static void Insert(Span<double> xs, Span<double> fs, ref int count, double x, double fx)
    {
        int at = count;
        while (at > 0 && xs[at - 1] > x)
        {
            xs[at] = xs[at - 1];
            fs[at] = fs[at - 1];
            at--;
        }

        xs[at] = x;
        fs[at] = fx;
        count++;
    }

    private static double At(InternalObjective f, double[] u, ReadOnlySpan<double> step, double alpha, double[] trial)
    {
        for (int k = 0; k < u.Length; k++)
        {
            trial[k] = u[k] + (alpha * step[k]);
        }

        return f.Evaluate(trial);
    }

    /// <summary>The abscissa of the vertex of the parabola through three points, or NaN where they are collinear, concave or not finite.</summary>
    private static double Vertex(double x0, double y0, double x1, double y1, double x2, double y2)
    {
        double d01 = (y1 - y0) / (x1 - x0);
        double d12 = (y2 - y1) / (x2 - x1);
        double curvature = (d12 - d01) / (x2 - x0);
        return curvature > 0 && double.IsFinite(curvature) ? (0.5 * (x0 + x1)) - (d01 / (2 * curvature)) : double.NaN;
    }
}
