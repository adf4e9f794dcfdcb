using System.Globalization;

namespace ThreeML.Fitting;

/// <summary>Finds where the profiled objective rises by Δ on one side of the best fit, and verifies it.</summary>
/// <remarks>
/// <para>
/// Root-finds u(t) = √(F_prof(t) − F_min) = √Δ, which is linear in t for a quadratic objective, so the
/// secant step from the best fit is exact there. Secant steps are kept inside the bracket once one
/// exists, falling back to bisection; before a bracket exists an outward step at most quadruples the
/// distance from the best fit, and a secant that points back is replaced by doubling it. The first
/// trial is the parabolic estimate σ·√(Δ/errordef).
/// </para>
/// <para>
/// A candidate (ΔF within the search tolerance of Δ, within the verification tolerance when the search
/// stalled or its bracket shrank below 10⁻³σ, or a bound) is then verified by
/// an independent constrained refit (<see cref="ProfileEvaluator.Verify"/>). It is reported only when
/// the lower of the two rises is within <see cref="ProfileOptions.VerificationTolerance"/> of Δ;
/// otherwise the verified value replaces the search's, the bracket is updated and the search goes on
/// with every trial refitted twice. A bound is reported only when the verified rise there is below Δ.
/// </para>
/// </remarks>
internal static class CrossingSearch
{
    public static ProfileCrossing Find(ProfileEvaluator evaluator, MinimizationProblem problem, int index, int side, double delta, ProfileOptions options)
    {
        int callsBefore = evaluator.Calls;
        int valleysBefore = evaluator.LowerValleys;
        FitParameterSpec spec = problem.Parameters[index];
        double best = evaluator.BestValueOf(index);
        double? bound = side > 0 ? spec.Upper : spec.Lower;
        double rootDelta = Math.Sqrt(delta);
        double tPrev = best, uPrev = 0;
        double t = best + (side * evaluator.Sigma(index) * Math.Sqrt(delta / problem.ErrorDefinition));
        double inside = best, outside = double.NaN;
        bool outsideVerified = false;
        IReadOnlyList<double>? insideFit = null;
        double closest = double.NaN, closestRise = double.NaN;
        bool closestVerified = false;
        var plateau = new double[PlateauSteps];
        Array.Fill(plateau, double.NaN);
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            bool atBound = bound is double b && side * (t - b) >= 0;
            if (atBound)
            {
                t = bound!.Value;
            }

            double rise = evaluator.Rise(index, t, insideFit, out bool alreadyVerified, out IReadOnlyList<double> at);
            if (evaluator.BetterMinimum is not null)
            {
                return BetterMinimum(evaluator, callsBefore, best, t, spec.Name);
            }

            double u = Math.Sqrt(Math.Max(rise, 0));
            double next = t + ((rootDelta - u) * (t - tPrev) / (u - uPrev));
            bool stalled = Math.Abs(next - t) <= 1e-10 * (Math.Abs(t) + evaluator.Sigma(index)) || double.IsNaN(next);
            bool near = Math.Abs(rise - delta) <= options.VerificationTolerance;
            bool narrow = !double.IsNaN(outside) && Math.Abs(outside - inside) <= 1e-3 * evaluator.Sigma(index);
            if (Math.Abs(rise - delta) <= options.Tolerance * delta || (atBound && rise < delta) || (near && (stalled || narrow)))
            {
                double verified = alreadyVerified ? rise : Math.Min(rise, evaluator.Verify(index, t));
                if (evaluator.BetterMinimum is not null)
                {
                    return BetterMinimum(evaluator, callsBefore, best, t, spec.Name);
                }

                // A multimodal likelihood's profile may follow a valley no local refit reaches: check the crossing globally.
                if (Math.Abs(verified - delta) <= options.VerificationTolerance && evaluator.Multimodal)
                {
                    verified = Math.Min(verified, evaluator.GlobalRise(index, t, verified));
                    if (evaluator.BetterMinimum is not null)
                    {
                        return BetterMinimum(evaluator, callsBefore, best, t, spec.Name);
                    }
                }

                if (Math.Abs(verified - delta) <= options.VerificationTolerance)
                {
                    return Crossing(evaluator, callsBefore, best, t, ProfileCrossingStatus.Verified, verified, null);
                }

                if (atBound && verified < delta)
                {
                    string which = side > 0 ? "upper" : "lower";
                    return Crossing(evaluator, callsBefore, best, t, ProfileCrossingStatus.AtParameterBound, verified, Format("{0} reached its {1} bound {2:R} where the objective had risen by only {3:G4} of {4:G4}; the interval is open on this side", spec.Name, which, t, verified, delta));
                }

                // The search's fits were too high (or too low): continue from the verified value, refitting every trial twice.
                evaluator.Careful = true;
                alreadyVerified = true;
                rise = verified;
                u = Math.Sqrt(Math.Max(rise, 0));
                next = t + ((rootDelta - u) * (t - tPrev) / (u - uPrev));
            }

            // Outward steps (each up to four times further) that keep rising by the same amount below Δ: a plateau.
            if (double.IsNaN(outside) && rise < delta && iteration >= PlateauSteps)
            {
                plateau[iteration % PlateauSteps] = rise;
                if (plateau.Max() - plateau.Min() <= options.VerificationTolerance && !double.IsNaN(plateau.Min()) && alreadyVerified)
                {
                    return Crossing(evaluator, callsBefore, best, t, ProfileCrossingStatus.Unconstrained, rise, Format("the profile of {0} levels off at a rise of {1:G4}, below {2:G4}, out to {3:R}: the data do not limit it on this side at this level", spec.Name, rise, delta, t));
                }
            }
            else
            {
                Array.Fill(plateau, double.NaN);
            }

            if (double.IsNaN(closestRise) || Math.Abs(rise - delta) < Math.Abs(closestRise - delta))
            {
                (closest, closestRise, closestVerified) = (t, rise, alreadyVerified);
            }

            if (rise < delta)
            {
                inside = t;
                insideFit = at;
            }
            else
            {
                outside = t;
                outsideVerified = alreadyVerified;
            }

            // A fit below the target proves the profile is below it there; one above may just be an inner fit that stuck
            // high. A bracket that has shrunk without a crossing is a jump: recheck its outer end with refits from the best fit.
            if (narrow && !outsideVerified)
            {
                evaluator.Careful = true;
                t = outside;
                outside = double.NaN;
                continue;
            }

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

            if (bracketed && Math.Abs(outside - inside) <= 1e-12 * (Math.Abs(t) + evaluator.Sigma(index)))
            {
                return Crossing(evaluator, callsBefore, best, closest, ProfileCrossingStatus.NotEstablished, closestRise, Format("the profile of {0} jumps across the target between {1:R} and {2:R} (a discontinuity or a fit that fails there); the closest rise was {3:G4} instead of {4:G4}{5}", spec.Name, inside, outside, closestRise, delta, Valleys(evaluator, valleysBefore)));
            }

            tPrev = t;
            uPrev = u;
            t = next;
        }

        if (closestVerified && Math.Abs(closestRise - delta) <= options.VerificationTolerance)
        {
            return Crossing(evaluator, callsBefore, best, closest, ProfileCrossingStatus.Verified, closestRise, null);
        }

        return Crossing(evaluator, callsBefore, best, closest, ProfileCrossingStatus.NotEstablished, closestRise, Format("no verified crossing of {0} within {1} trials; the closest, at {2:R}, rose by {3:G4} instead of {4:G4}{5}", spec.Name, options.MaxIterations, closest, closestRise, delta, Valleys(evaluator, valleysBefore)));
    }

    // Outward trials whose rises must agree within the verification tolerance to call the profile level.
    private const int PlateauSteps = 4;

    // Why a multimodal profile could not be pinned down, appended to the reason of a side that was not established.
    private static string Valleys(ProfileEvaluator evaluator, int before) => evaluator.LowerValleys > before
        ? Format("; global checks found a lower valley {0} times on this side: the profile is multimodal here (refits from different valleys end at different heights)", evaluator.LowerValleys - before)
        : string.Empty;

    private static ProfileCrossing BetterMinimum(ProfileEvaluator evaluator, int callsBefore, double best, double t, string name) =>
        Crossing(evaluator, callsBefore, best, t, ProfileCrossingStatus.BetterMinimumFound, double.NaN, Format("a lower minimum ({0:R}) was found with {1} = {2:R}; refit from it", evaluator.BetterMinimum!.MinimumValue, name, t));

    private static ProfileCrossing Crossing(ProfileEvaluator evaluator, int callsBefore, double best, double t, ProfileCrossingStatus status, double verifiedRise, string? reason) =>
        new(t - best, t, status == ProfileCrossingStatus.Verified, status == ProfileCrossingStatus.AtParameterBound, evaluator.Calls - callsBefore, reason)
        {
            Status = status,
            VerifiedRise = verifiedRise,
        };

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
