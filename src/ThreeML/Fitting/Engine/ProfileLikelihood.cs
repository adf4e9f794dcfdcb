using System.Globalization;

namespace ThreeML.Fitting;

/// <summary>Profile-likelihood (MINOS-like) asymmetric errors and profile scans.</summary>
/// <remarks>
/// <para>
/// The profile of parameter i at value t is the objective minimised over all other free parameters
/// with i held at t. An error at objective rise Δ is where the profile crosses F_min + Δ (Δ = 0.5 for 1σ
/// of −ln L; see <see cref="ConfidenceLevels.DeltaObjectiveFor"/> for other levels). Each inner fit
/// starts from the best fit shifted along the covariance (the conditional mean), which is exact for
/// Gaussian likelihoods. This is what Minuit's MINOS computes and what 3ML's generic error engine
/// approximates with <c>brentq</c>.
/// </para>
/// <para>
/// If an inner fit finds an objective value below the best fit's minimum, the search stops and the
/// lower fit is returned in <c>BetterMinimum</c> rather than silently continuing. A bound reached
/// before the crossing is reported with <see cref="ProfileCrossing.AtLimit"/>.
/// </para>
/// <para>
/// Every reported crossing is verified by an independent constrained refit from the best fit
/// (<see cref="ProfileOptions.VerificationMinimizer"/>) and reported only when ΔF there is within
/// <see cref="ProfileOptions.VerificationTolerance"/> of Δ; otherwise the search refines. Scan points are
/// refitted the same way and keep the lower value (<see cref="ProfileScan1D.CorrectedPoints"/>).
/// </para>
/// </remarks>
public static class ProfileLikelihood
{
    /// <summary>Computes the asymmetric errors of one parameter.</summary>
    /// <param name="problem">The problem that <paramref name="best"/> minimised.</param>
    /// <param name="best">The best fit; its covariance (if any) seeds the search.</param>
    /// <param name="parameterIndex">The free parameter whose errors are wanted.</param>
    /// <param name="deltaObjective">The objective rise that defines the errors; <see langword="null"/> for 1σ, the problem's error definition (0.5 for −ln L, 1 for χ²). Use <see cref="ConfidenceLevels.DeltaObjectiveFor"/> for other levels.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked before every evaluation.</param>
    /// <returns>The lower and upper crossings and diagnostics.</returns>
    /// <exception cref="ArgumentException">The index is not a free parameter, Δ is not positive, or the best fit does not match the problem.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static AsymmetricError Compute(MinimizationProblem problem, MinimizationResult best, int parameterIndex, double? deltaObjective = null, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        double delta = deltaObjective ?? problem.ErrorDefinition;
        ValidateCommon(problem, best, delta);
        ValidateFree(problem, parameterIndex, nameof(parameterIndex));
        return Search(problem, best, parameterIndex, delta, options ?? ProfileOptions.Default, cancellationToken, []);
    }

    /// <summary>Computes the asymmetric errors of every free parameter, sharing the valleys each search finds with the others.</summary>
    /// <param name="problem">The problem that <paramref name="best"/> minimised.</param>
    /// <param name="best">The best fit.</param>
    /// <param name="deltaObjective">The objective rise that defines the errors; <see langword="null"/> for 1σ (the problem's error definition).</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked before every evaluation.</param>
    /// <returns>One entry per free parameter, in the problem's order.</returns>
    /// <remarks>A multimodal likelihood's profiles follow valleys that only a global constrained fit finds (a faint blackbody
    /// beside a power law: 74, 460 and 2,000 keV blackbodies take over one another along the power law's index). Each valley
    /// found while profiling one parameter becomes a start of the refits of all the others; a crossing verified before a
    /// valley was found is refitted from it, and its side searched again when the valley lies below the target there.</remarks>
    /// <exception cref="ArgumentException">Δ is not positive, or the best fit does not match the problem.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<AsymmetricError> ComputeAll(MinimizationProblem problem, MinimizationResult best, double? deltaObjective = null, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        double delta = deltaObjective ?? problem.ErrorDefinition;
        ValidateCommon(problem, best, delta);
        options ??= ProfileOptions.Default;
        int[] free = [.. Enumerable.Range(0, problem.Parameters.Count).Where(i => !problem.Parameters[i].Fixed)];
        var branches = new List<IReadOnlyList<double>>();
        var errors = new AsymmetricError[free.Length];
        var known = new int[free.Length];
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            bool searched = false;
            for (int k = 0; k < free.Length; k++)
            {
                if (errors[k] is null || !Holds(problem, best, errors[k], branches, known[k], delta, options, cancellationToken))
                {
                    errors[k] = Search(problem, best, free[k], delta, options, cancellationToken, branches);
                    searched = true;
                    if (errors[k].BetterMinimum is not null)
                    {
                        return [.. errors.Select((e, j) => e ?? NotSearched(problem, best, free[j], delta))];
                    }
                }

                known[k] = branches.Count;
            }

            if (!searched)
            {
                break;
            }
        }

        return errors;
    }

    // Valleys keep turning up only on pathological problems; three passes bound the work.
    private const int MaxPasses = 3;

    // Whether every verified side of an error still stands against the valleys found after it was searched.
    private static bool Holds(MinimizationProblem problem, MinimizationResult best, AsymmetricError error, List<IReadOnlyList<double>> branches, int known, double delta, ProfileOptions options, CancellationToken cancellationToken)
    {
        var evaluator = new ProfileEvaluator(problem, best, options, cancellationToken);
        foreach (ProfileCrossing side in new[] { error.Lower, error.Upper })
        {
            for (int b = known; b < branches.Count && side.Status == ProfileCrossingStatus.Verified; b++)
            {
                if (evaluator.RiseFrom(branches[b], error.ParameterIndex, side.Value) < delta - options.VerificationTolerance)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static AsymmetricError NotSearched(MinimizationProblem problem, MinimizationResult best, int index, double delta)
    {
        var side = new ProfileCrossing(double.NaN, double.NaN, false, false, 0, "not searched: a lower minimum was found while profiling another parameter") { Status = ProfileCrossingStatus.BetterMinimumFound };
        return new AsymmetricError(problem.Parameters[index].Name, index, best.BestFit[index], delta, side, side, null);
    }

    private static AsymmetricError Search(MinimizationProblem problem, MinimizationResult best, int parameterIndex, double delta, ProfileOptions options, CancellationToken cancellationToken, List<IReadOnlyList<double>> branches)
    {
        var evaluator = new ProfileEvaluator(problem, best, options, cancellationToken, branches);
        ProfileCrossing lower = CrossingSearch.Find(evaluator, problem, parameterIndex, -1, delta, options);
        ProfileCrossing upper = evaluator.BetterMinimum is null
            ? CrossingSearch.Find(evaluator, problem, parameterIndex, +1, delta, options)
            : new ProfileCrossing(double.NaN, double.NaN, false, false, 0, "not searched: a lower minimum was found on the other side") { Status = ProfileCrossingStatus.BetterMinimumFound };
        return new AsymmetricError(problem.Parameters[parameterIndex].Name, parameterIndex, best.BestFit[parameterIndex], delta, lower, upper, evaluator.BetterMinimum);
    }

    /// <summary>Profiles one parameter over a grid of values.</summary>
    /// <param name="problem">The problem that <paramref name="best"/> minimised.</param>
    /// <param name="best">The best fit.</param>
    /// <param name="parameterIndex">The free parameter to scan.</param>
    /// <param name="values">The values to hold it at, each within its bounds; inner fits warm-start from the previous value's fit.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked before every evaluation.</param>
    /// <returns>The profiled objective at each value.</returns>
    /// <exception cref="ArgumentException">The index is not a free parameter, or a value is outside the parameter's bounds.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ProfileScan1D Profile1D(MinimizationProblem problem, MinimizationResult best, int parameterIndex, IReadOnlyList<double> values, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateCommon(problem, best, 1);
        ValidateFree(problem, parameterIndex, nameof(parameterIndex));
        ValidateGrid(problem, parameterIndex, values, nameof(values));
        var evaluator = new ProfileEvaluator(problem, best, options ?? ProfileOptions.Default, cancellationToken);
        var objective = new double[values.Count];
        var valid = new bool[values.Count];
        IReadOnlyList<double>? previous = null;
        int corrections = 0;
        for (int a = 0; a < values.Count; a++)
        {
            MinimizationResult fit = evaluator.Minimize([parameterIndex], [values[a]], previous ?? evaluator.Predict(parameterIndex, values[a]));
            (fit, bool corrected) = Verified(evaluator, fit, [parameterIndex], [values[a]]);
            corrections += corrected ? 1 : 0;
            objective[a] = fit.MinimumValue;
            valid[a] = fit.IsValid;
            previous = fit.IsValid ? fit.BestFit : null;
        }

        return new ProfileScan1D(parameterIndex, values.ToArray(), objective, valid, evaluator.BetterMinimum, evaluator.Calls) { CorrectedPoints = corrections };
    }

    /// <summary>Profiles two parameters over a grid, e.g. for confidence contours.</summary>
    /// <param name="problem">The problem that <paramref name="best"/> minimised.</param>
    /// <param name="best">The best fit.</param>
    /// <param name="firstIndex">The free parameter along the first axis.</param>
    /// <param name="secondIndex">The free parameter along the second axis, different from the first.</param>
    /// <param name="firstValues">Values of the first parameter, within its bounds.</param>
    /// <param name="secondValues">Values of the second parameter, within its bounds.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Checked before every evaluation.</param>
    /// <returns>The profiled objective on the grid.</returns>
    /// <exception cref="ArgumentException">An index is not a free parameter, the indices are equal, or a value is outside its bounds.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ProfileScan2D Profile2D(MinimizationProblem problem, MinimizationResult best, int firstIndex, int secondIndex, IReadOnlyList<double> firstValues, IReadOnlyList<double> secondValues, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ValidateCommon(problem, best, 1);
        ValidateFree(problem, firstIndex, nameof(firstIndex));
        ValidateFree(problem, secondIndex, nameof(secondIndex));
        if (firstIndex == secondIndex)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A 2-D profile needs two different parameters; both indices are {firstIndex}."), nameof(secondIndex));
        }

        ValidateGrid(problem, firstIndex, firstValues, nameof(firstValues));
        ValidateGrid(problem, secondIndex, secondValues, nameof(secondValues));
        var evaluator = new ProfileEvaluator(problem, best, options ?? ProfileOptions.Default, cancellationToken);
        var objective = new double[firstValues.Count, secondValues.Count];
        var valid = new bool[firstValues.Count, secondValues.Count];
        IReadOnlyList<double>? previous = null;
        int corrections = 0;
        for (int a = 0; a < firstValues.Count; a++)
        {
            // Snake through the grid so every inner fit warm-starts from a neighbour.
            for (int step = 0; step < secondValues.Count; step++)
            {
                int b = a % 2 == 0 ? step : secondValues.Count - 1 - step;
                MinimizationResult fit = evaluator.Minimize([firstIndex, secondIndex], [firstValues[a], secondValues[b]], previous ?? best.BestFit);
                (fit, bool corrected) = Verified(evaluator, fit, [firstIndex, secondIndex], [firstValues[a], secondValues[b]]);
                corrections += corrected ? 1 : 0;
                objective[a, b] = fit.MinimumValue;
                valid[a, b] = fit.IsValid;
                previous = fit.IsValid ? fit.BestFit : null;
            }
        }

        return new ProfileScan2D(firstIndex, secondIndex, firstValues.ToArray(), secondValues.ToArray(), objective, valid, evaluator.BetterMinimum, evaluator.Calls) { CorrectedPoints = corrections };
    }

    // Every grid point is also refitted independently from the best fit (and, on a multimodal likelihood, checked globally
    // as a crossing is); the lower fit is the better estimate of the profile, and a point counts as corrected when the
    // warm-started fit was too high by more than the verification tolerance.
    private static (MinimizationResult Fit, bool Corrected) Verified(ProfileEvaluator evaluator, MinimizationResult fit, ReadOnlySpan<int> indices, ReadOnlySpan<double> values)
    {
        MinimizationResult check = evaluator.VerifyFit(indices, values);
        if (evaluator.Multimodal)
        {
            MinimizationResult global = evaluator.GlobalFit(indices, values, Math.Min(check.MinimumValue, fit.MinimumValue));
            check = global.MinimumValue < check.MinimumValue ? global : check;
        }

        bool lower = check.MinimumValue < fit.MinimumValue || !double.IsFinite(fit.MinimumValue);
        bool corrected = lower && !(fit.MinimumValue - check.MinimumValue <= evaluator.VerificationTolerance);
        return (lower ? check : fit, corrected);
    }

    private static void ValidateCommon(MinimizationProblem problem, MinimizationResult best, double deltaObjective)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(best);
        if (!(deltaObjective > 0) || !double.IsFinite(deltaObjective))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"deltaObjective={deltaObjective} must be a positive finite number (0.5 for 1 sigma of -log L)."), nameof(deltaObjective));
        }
    }

    private static void ValidateFree(MinimizationProblem problem, int index, string argument)
    {
        if (index < 0 || index >= problem.Parameters.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Parameter index {index} is outside 0..{problem.Parameters.Count - 1}."), argument);
        }

        if (problem.Parameters[index].Fixed)
        {
            throw new ArgumentException($"Parameter '{problem.Parameters[index].Name}' is fixed; only free parameters can be profiled.", argument);
        }
    }

    private static void ValidateGrid(MinimizationProblem problem, int index, IReadOnlyList<double> values, string argument)
    {
        ArgumentNullException.ThrowIfNull(values, argument);
        FitParameterSpec spec = problem.Parameters[index];
        foreach (double v in values)
        {
            if (!double.IsFinite(v) || spec.Lower is double a && v < a || spec.Upper is double b && v > b)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Profile value {v} of parameter '{spec.Name}' is outside its bounds [{spec.Lower?.ToString("R", CultureInfo.InvariantCulture) ?? "-inf"}, {spec.Upper?.ToString("R", CultureInfo.InvariantCulture) ?? "+inf"}]."), argument);
            }
        }
    }
}
