using System.Globalization;

namespace ThreeML.Fitting;

/// <summary>Finds where the profiled objective rises by Δ on one side of the best fit.</summary>
/// <remarks>
/// Root-finds u(t) = √(F_prof(t) − F_min) = √Δ, which is linear in t for a quadratic objective, so the
/// secant step from the best fit is exact there (one inner fit, plus one to confirm). Secant steps
/// are kept inside the bracket once one exists, falling back to bisection; before a bracket exists
/// an outward step at most quadruples the distance from the best fit, and a secant that points back
/// is replaced by doubling it. The first trial is the parabolic estimate
/// σ·√(Δ/errordef). A bound reached with F_prof − F_min &lt; Δ ends the search "at limit".
/// </remarks>
internal static class CrossingSearch
{
    public static ProfileCrossing Find(ProfileEvaluator evaluator, MinimizationProblem problem, int index, int side, double delta, ProfileOptions options)
    {
        int callsBefore = evaluator.Calls;
        FitParameterSpec spec = problem.Parameters[index];
        double best = evaluator.BestValueOf(index);
        double? bound = side > 0 ? spec.Upper : spec.Lower;
        double rootDelta = Math.Sqrt(delta);
        double tPrev = best, uPrev = 0;
        double t = best + (side * evaluator.Sigma(index) * Math.Sqrt(delta / problem.ErrorDefinition));
        double inside = best, outside = double.NaN;
        string? reason = null;
        int[] fixedIndex = [index];
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            bool atBound = bound is double b && side * (t - b) >= 0;
            if (atBound)
            {
                t = bound!.Value;
            }

            MinimizationResult fit = evaluator.Minimize(fixedIndex, [t], evaluator.Predict(index, t));
            if (evaluator.BetterMinimum is not null)
            {
                return Crossing(evaluator, callsBefore, best, t, false, false, Format("a lower minimum ({0:R}) was found at {1} = {2:R}; refit from it", evaluator.BetterMinimum.MinimumValue, spec.Name, t));
            }

            reason = fit.IsValid ? null : Format("the inner fit at {0} = {1:R} did not converge: {2}", spec.Name, t, fit.Reason);
            double rise = fit.MinimumValue - evaluator.MinimumValue;
            if (Math.Abs(rise - delta) <= options.Tolerance * delta)
            {
                return Crossing(evaluator, callsBefore, best, t, reason is null, false, reason);
            }

            if (atBound && rise < delta)
            {
                return Crossing(evaluator, callsBefore, best, t, false, true, Format("{0} reached its bound {1:R} before the objective rose by {2:R}", spec.Name, t, delta));
            }

            if (rise < delta)
            {
                inside = t;
            }
            else
            {
                outside = t;
            }

            double u = Math.Sqrt(Math.Max(rise, 0));
            double next = t + ((rootDelta - u) * (t - tPrev) / (u - uPrev));
            bool bracketed = !double.IsNaN(outside);
            if (bracketed && !(side * (next - inside) > 0 && side * (outside - next) > 0))
            {
                next = 0.5 * (inside + outside);
            }
            else if (!bracketed && !(side * (next - t) > 0))
            {
                next = best + (2 * (t - best));
            }
            else if (!bracketed)
            {
                next = side * (next - best) > 4 * side * (t - best) ? best + (4 * (t - best)) : next;
            }

            if (Math.Abs(next - t) <= 1e-10 * (Math.Abs(t) + evaluator.Sigma(index)))
            {
                return Crossing(evaluator, callsBefore, best, t, false, false, Format("the search for the crossing stalled with a rise of {0:R} instead of {1:R}", rise, delta));
            }

            tPrev = t;
            uPrev = u;
            t = next;
        }

        return Crossing(evaluator, callsBefore, best, t, false, false, reason ?? Format("no crossing within {0} iterations", options.MaxIterations));
    }

    private static ProfileCrossing Crossing(ProfileEvaluator evaluator, int callsBefore, double best, double t, bool valid, bool atLimit, string? reason) =>
        new(t - best, t, valid, atLimit, evaluator.Calls - callsBefore, reason);

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
