using Astromodels;

namespace ThreeML.Fitting;

/// <summary>Profile-likelihood errors and contours of a <see cref="JointLikelihood"/> fit.</summary>
public sealed partial class JointLikelihood
{
    /// <summary>Asymmetric errors from the profile likelihood (MINOS-like) at any confidence level, in external units.</summary>
    /// <param name="confidenceLevel">Probability content of the interval for one parameter (0.6827 = 1σ, Δ(−ln L) = 0.5).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>Negative and positive errors by parameter path, each side with its status, its verified Δ(−ln L) and, when not verified, the reason.</returns>
    /// <remarks>Each crossing is searched with the other parameters re-minimised and then verified by an independent
    /// constrained refit from the best fit; a side is reported only when that refit's Δ(−ln L) is within 0.01 of the
    /// target, otherwise the search refines. A side that runs into a parameter bound names the bound; one that cannot
    /// be established says why (see <see cref="ProfileError.Reason"/>).</remarks>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    public IReadOnlyDictionary<string, ProfileError> GetErrors(double confidenceLevel = 0.6826894921370859, CancellationToken cancellationToken = default)
    {
        var problem = _problem ?? throw new InvalidOperationException("No fit has been made yet: call Fit first.");
        var best = _best!;
        var delta = ConfidenceLevels.DeltaObjectiveFor(confidenceLevel, 1, problem.ErrorDefinition);
        var free = _evaluator.FreeParameters;
        var result = new Dictionary<string, ProfileError>(StringComparer.Ordinal);
        var errors = ProfileLikelihood.ComputeAll(problem, best, delta, cancellationToken: cancellationToken);
        for (var i = 0; i < free.Count; i++)
        {
            var error = errors[i];
            var x = free[i].ToPhysical(best.BestFit[i]);
            result[free[i].Path] = new ProfileError(Offset(free[i], error.Lower, x), Offset(free[i], error.Upper, x), error.IsValid)
            {
                LowerStatus = error.Lower.Status,
                UpperStatus = error.Upper.Status,
                LowerRise = error.Lower.VerifiedRise,
                UpperRise = error.Upper.VerifiedRise,
                LowerReason = SideReason(free[i], error.Lower, -1, delta),
                UpperReason = SideReason(free[i], error.Upper, +1, delta),
            };
        }

        RestoreBestFit();
        return result;
    }

    private static double Offset(Parameter p, ProfileCrossing crossing, double best) =>
        crossing.Status is ProfileCrossingStatus.Verified or ProfileCrossingStatus.AtParameterBound ? p.ToPhysical(crossing.Value) - best : double.NaN;

    // Reasons in the user's terms: the bound in external units, the parameter by its path.
    private static string? SideReason(Parameter p, ProfileCrossing crossing, int side, double delta) => crossing.Status switch
    {
        ProfileCrossingStatus.Verified => null,
        ProfileCrossingStatus.AtParameterBound => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{p.Path} reaches its {(side > 0 ? "upper" : "lower")} bound {Parameter.FormatBound(side > 0 ? p.MaxValue : p.MinValue)} before -ln L rises by {delta:G4} (it rose by {crossing.VerifiedRise:G3} there): the interval is open {(side > 0 ? "above" : "below")}; widen the bound or quote a limit"),
        ProfileCrossingStatus.Unconstrained => $"{p.Path}: {crossing.Reason} (internal units); quote a limit on the other side or fix it",
        ProfileCrossingStatus.BetterMinimumFound => $"{p.Path}: {crossing.Reason} (internal units); the fit was not at the global minimum",
        _ => $"{p.Path}: {crossing.Reason} (internal units)",
    };

    /// <summary>The profile of −ln L along one parameter (the other free parameters re-minimised at each point), as
    /// 3ML's <c>get_contours</c> with one parameter; values are physical, the scan is made in the scaled space.</summary>
    /// <param name="path">The parameter path.</param>
    /// <param name="min">Lowest value scanned (external units, within the bounds).</param>
    /// <param name="max">Highest value scanned.</param>
    /// <param name="steps">Number of grid points (at least 2).</param>
    /// <returns>The grid values and −ln L at each.</returns>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    /// <exception cref="ArgumentException">Unknown path or a range outside the bounds.</exception>
    public (double[] Values, double[] MinusLogLikelihood) GetContours(string path, double min, double max, int steps)
    {
        var (problem, best, index) = Prepare(path, min, max, steps);
        var values = Grid(min, max, steps);
        var scan = ProfileLikelihood.Profile1D(problem, best, index, [.. values.Select(_evaluator.FreeParameters[index].ToScaled)]);
        RestoreBestFit();
        return (values, [.. scan.Objective]);
    }

    /// <summary>The profile of −ln L on a grid of two parameters (3ML's <c>get_contours</c> with two parameters).</summary>
    /// <returns>The two grids and −ln L at [i, j].</returns>
    /// <exception cref="InvalidOperationException">No fit has been made.</exception>
    /// <exception cref="ArgumentException">Unknown path, the same parameter twice, or a range outside the bounds.</exception>
    public (double[] First, double[] Second, double[,] MinusLogLikelihood) GetContours(string path1, double min1, double max1, int steps1, string path2, double min2, double max2, int steps2)
    {
        var (problem, best, i) = Prepare(path1, min1, max1, steps1);
        var (_, _, j) = Prepare(path2, min2, max2, steps2);
        if (i == j)
        {
            throw new ArgumentException($"The two contour parameters are the same ('{path1}').", nameof(path2));
        }

        var first = Grid(min1, max1, steps1);
        var second = Grid(min2, max2, steps2);
        var free = _evaluator.FreeParameters;
        var scan = ProfileLikelihood.Profile2D(problem, best, i, j, [.. first.Select(free[i].ToScaled)], [.. second.Select(free[j].ToScaled)]);
        RestoreBestFit();
        return (first, second, scan.Objective);
    }

    private (MinimizationProblem Problem, MinimizationResult Best, int Index) Prepare(string path, double min, double max, int steps)
    {
        var problem = _problem ?? throw new InvalidOperationException("No fit has been made yet: call Fit first.");
        var index = _evaluator.FreeParameterPaths.ToList().IndexOf(path);
        if (index < 0)
        {
            throw new ArgumentException($"'{path}' is not a free parameter of the fit.{Astromodels.Text.NameSuggester.DidYouMean(path, _evaluator.FreeParameterPaths)}", nameof(path));
        }

        var p = _evaluator.FreeParameters[index];
        if (!(min < max) || !p.IsWithinBounds(min) || !p.IsWithinBounds(max) || steps < 2)
        {
            throw new ArgumentException($"The contour range of '{path}' must be {steps} ≥ 2 points in [{min}, {max}] with min < max inside the bounds [{Parameter.FormatBound(p.MinValue)}, {Parameter.FormatBound(p.MaxValue)}].", nameof(min));
        }

        return (problem, _best!, index);
    }

    private static double[] Grid(double min, double max, int steps) =>
        [.. Enumerable.Range(0, steps).Select(k => min + (max - min) * k / (steps - 1))];
}
