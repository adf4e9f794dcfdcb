namespace ThreeML.Fitting;

/// <summary>A backtracking line search with parabolic interpolation and a single extrapolation.</summary>
/// <remarks>
/// Tries the full quasi-Newton step first (usually accepted near a minimum, so one evaluation per
/// iteration). The sufficient-decrease test is Armijo's with c = 10⁻⁴ (Nocedal &amp; Wright,
/// <i>Numerical Optimization</i>, §3.1). On failure it steps to the minimum of the parabola through
/// f(0), f'(0) and the last trial, kept within [0.1, 0.5] of the previous step. When the full step
/// is accepted but the parabola says the minimum lies beyond twice that far, one extrapolated trial is
/// made, which recovers quickly from an initial metric that is far too small.
/// </remarks>
internal static class LineSearch
{
    private const double Armijo = 1e-4;
    private const double MaxExtrapolation = 10;
    private const int MaxTrials = 30;
    private const int MaxExtrapolations = 4;

    /// <summary>Searches along <paramref name="d"/> from <paramref name="u"/>.</summary>
    /// <returns>The accepted step length, or 0 if no acceptable point was found; <paramref name="trial"/> then holds the last point tried.</returns>
    public static double Search(InternalObjective f, ReadOnlySpan<double> u, ReadOnlySpan<double> d, double f0, double slope, Span<double> trial, out double fTrial)
    {
        double alpha = 1;
        for (int n = 0; n < MaxTrials; n++)
        {
            Step(u, d, alpha, trial);
            double fa = f.Evaluate(trial);
            if (double.IsFinite(fa) && fa <= f0 + (Armijo * alpha * slope))
            {
                fTrial = fa;
                return n == 0 ? Extrapolate(f, u, d, f0, slope, fa, trial, ref fTrial) : alpha;
            }

            double curvature = (fa - f0 - (slope * alpha)) / (alpha * alpha);
            double next = double.IsFinite(fa) && curvature > 0 ? -slope / (2 * curvature) : 0.1 * alpha;
            alpha = Math.Clamp(next, 0.1 * alpha, 0.5 * alpha);
            if (alpha < 1e-15)
            {
                break;
            }
        }

        fTrial = double.NaN;
        return 0;
    }

    private static double Extrapolate(InternalObjective f, ReadOnlySpan<double> u, ReadOnlySpan<double> d, double f0, double slope, double f1, Span<double> trial, ref double fTrial)
    {
        // Parabola through f(0), f'(0) and the accepted point; while it predicts a minimum well beyond the
        // last accepted step and the function keeps falling there, go on (a too-small metric is then
        // corrected in a few evaluations instead of many iterations).
        double accepted = 1, fAccepted = f1;
        for (int k = 0; k < MaxExtrapolations; k++)
        {
            double curvature = (fAccepted - f0 - (slope * accepted)) / (accepted * accepted);
            double predicted = curvature > 0 ? -slope / (2 * curvature) : MaxExtrapolation * accepted;
            if (predicted <= 2 * accepted)
            {
                break;
            }

            double alpha = Math.Min(predicted, MaxExtrapolation * accepted);
            Step(u, d, alpha, trial);
            double fa = f.Evaluate(trial);
            if (!(double.IsFinite(fa) && fa < fAccepted))
            {
                break;
            }

            accepted = alpha;
            fAccepted = fa;
        }

        fTrial = fAccepted;
        Step(u, d, accepted, trial);
        return accepted;
    }

    private static void Step(ReadOnlySpan<double> u, ReadOnlySpan<double> d, double alpha, Span<double> trial)
    {
        for (int k = 0; k < u.Length; k++)
        {
            trial[k] = u[k] + (alpha * d[k]);
        }
    }
}
