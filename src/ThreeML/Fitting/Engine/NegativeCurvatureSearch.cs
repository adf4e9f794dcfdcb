namespace ThreeML.Fitting;

/// <summary>The seed's escape from regions of negative curvature: a line search along each coordinate whose second derivative is not positive, until every one is.</summary>
/// <remarks>
/// <para>
/// A variable-metric iteration needs a positive-definite starting metric. Where a diagonal second
/// derivative g₂ is negative or zero there is no sensible Newton step along that coordinate, and
/// replacing g₂ by an arbitrary positive number lets the first step be dominated by the other
/// coordinates, which can drag the fit into a distant, worse valley (the tutorial model from
/// astromodels' defaults on 3ML's <c>ogip_powerlaw.rsp</c> did exactly that: the power law was
/// switched off before its flux had been raised).
/// </para>
/// <para>
/// Minuit2's seed generator handles this case before its first variable-metric step (its
/// <c>NegativeG2LineSearch</c>): for each coordinate with g₂ ≤ 0 it searches downhill along that
/// coordinate alone, moves to the lowest point found, recomputes the gradient, and repeats while any
/// g₂ ≤ 0, at most 2n times. This class follows that idea with one gradient per round: every coordinate
/// found curving down is searched from the round's gradient, and the gradient (with g₂) is recomputed once
/// the round has moved, which is what decides the next round. Its line searches are ours. The first round's
/// tries 1, 4 and 16 steps while the function keeps falling, accepts any decrease, and ends with one
/// parabolic refinement through the last three points when they bracket a minimum. The short reach is
/// deliberate: on the tutorial model a search allowed to run on lets the power-law index slide towards
/// the "power law switched off" valley before the flux has moved, so every coordinate first moves a little.
/// </para>
/// <para>
/// A coordinate still curving down in a later round (each after a fresh gradient) is one whose valley lies
/// far away: there the search extrapolates along parabolas with a reach that roughly triples per evaluation,
/// up to 1000 steps, and refines once the valley is bracketed (<see cref="ExtrapolatingLineSearch"/>). The
/// GBM Band fit from astromodels' default K = 10⁻⁴ needs 50 steps in K: four short rounds (153 calls) once,
/// two with this search, and with one gradient per round the whole fit takes 217 calls (Minuit: 237).
/// </para>
/// </remarks>
internal static class NegativeCurvatureSearch
{
    private const double Growth = 4;

    // At most 16 steps per search: a search that goes further tends to slide into the valleys of a fading component
    // (the tutorial power law switched off by a large index) before the other coordinates have moved; the rounds and
    // the variable-metric iterations take it further where the function keeps falling.
    private const int MaxTrials = 3;

    /// <summary>The farthest a later round's search may go, in steps (Minuit2's line search stops at 1000 too).</summary>
    private const double MaxExtrapolation = 1000;

    /// <summary>Runs the searches from <paramref name="u"/>, updating <paramref name="u"/>, <paramref name="fu"/>, <paramref name="g"/> and <paramref name="g2"/> in place.</summary>
    /// <returns><see langword="false"/> if the objective was not finite next to a point reached.</returns>
    public static bool Run(InternalObjective f, NumericalGradient gradient, ReadOnlySpan<double> initialSteps, double[] u, ref double fu, double[] g, double[] g2, double[] trial, int cycles, int callLimit)
    {
        int n = u.Length;
        var step = new double[n];
        for (int round = 0; round < 2 * n && f.Calls < callLimit; round++)
        {
            bool any = false;
            bool movedInRound = false;
            for (int k = 0; k < n && f.Calls < callLimit; k++)
            {
                if (g2[k] > 0)
                {
                    continue;
                }

                any = true;
                double h = Math.Max(Math.Abs(gradient.Steps[k]), Math.Abs(initialSteps[k]));
                double direction = g[k] > 0 ? -1 : 1;
                double limit = f.Transform(k).IsBounded && h <= 1 ? Math.PI : double.PositiveInfinity;
                Array.Clear(step);
                step[k] = direction * h;
                bool moved = round == 0
                    ? Search(f, u, step, limit, ref fu, trial)
                    : ExtrapolatingLineSearch.Search(f, u, step, g[k] * step[k], Math.Min(MaxExtrapolation, limit / h), ref fu, trial);
                movedInRound |= moved;
            }

            if (!any)
            {
                break;
            }

            if (movedInRound && !gradient.Compute(f, u, fu, cycles, g, g2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Searches from <paramref name="u"/> along <paramref name="step"/>, growing the step while the function falls; moves <paramref name="u"/> to the lowest value found.</summary>
    /// <param name="f">The objective in internal coordinates.</param>
    /// <param name="u">The point; replaced by the lowest point found.</param>
    /// <param name="step">The first step (direction and length).</param>
    /// <param name="limit">The largest multiple of the step's largest component allowed.</param>
    /// <param name="fu">The value at <paramref name="u"/>; replaced with the value at the new point.</param>
    /// <param name="trial">Scratch space of the dimension.</param>
    /// <returns>Whether <paramref name="u"/> moved.</returns>
    public static bool Search(InternalObjective f, double[] u, ReadOnlySpan<double> step, double limit, ref double fu, double[] trial)
    {
        double stepSize = 0;
        foreach (double s in step)
        {
            stepSize = Math.Max(stepSize, Math.Abs(s));
        }

        double bestAlpha = 0, bestF = fu;

        // (a0, f0), (a1, f1), (a2, f2): the last three points along the line, for the parabola.
        double a0 = 0, f0 = fu, a1 = double.NaN, f1 = double.NaN;
        double alpha = 1;
        for (int t = 0; t < MaxTrials; t++)
        {
            if (alpha * stepSize > limit)
            {
                break;
            }

            double fa = At(f, u, step, alpha, trial);
            if (!(fa < bestF))
            {
                // Past the minimum along the line (or into a non-finite region): refine once if the
                // last three points bracket it, then stop.
                if (double.IsFinite(fa) && !double.IsNaN(a1))
                {
                    double vertex = ParabolaVertex(a0, f0, a1, f1, alpha, fa);
                    if (vertex > a0 && vertex < alpha && vertex != a1)
                    {
                        double fv = At(f, u, step, vertex, trial);
                        if (fv < bestF)
                        {
                            bestF = fv;
                            bestAlpha = vertex;
                        }
                    }
                }

                break;
            }

            bestF = fa;
            bestAlpha = alpha;
            a0 = double.IsNaN(a1) ? a0 : a1;
            f0 = double.IsNaN(a1) ? f0 : f1;
            a1 = alpha;
            f1 = fa;
            alpha *= Growth;
        }

        if (bestAlpha == 0)
        {
            return false;
        }

        for (int k = 0; k < u.Length; k++)
        {
            u[k] += bestAlpha * step[k];
        }

        fu = bestF;
        return true;
    }

    private static double At(InternalObjective f, double[] u, ReadOnlySpan<double> step, double alpha, double[] trial)
    {
        for (int k = 0; k < u.Length; k++)
        {
            trial[k] = u[k] + (alpha * step[k]);
        }

        return f.Evaluate(trial);
    }

    /// <summary>The abscissa of the vertex of the parabola through three points, or NaN where they are collinear or concave.</summary>
    private static double ParabolaVertex(double x0, double y0, double x1, double y1, double x2, double y2)
    {
        double d01 = (y1 - y0) / (x1 - x0);
        double d12 = (y2 - y1) / (x2 - x1);
        double curvature = (d12 - d01) / (x2 - x0);
        if (!(curvature > 0))
        {
            return double.NaN;
        }

        return (0.5 * (x0 + x1)) - (d01 / (2 * curvature));
    }
}
