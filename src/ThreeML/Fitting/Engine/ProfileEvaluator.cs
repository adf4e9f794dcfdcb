namespace ThreeML.Fitting;

/// <summary>Minimises the objective with some parameters held at trial values and watches for a better minimum.</summary>
/// <remarks>
/// Inner fits start from the best fit, with each free parameter's step set to its error from the
/// best fit, so the first gradient of each inner fit is already well scaled. A fit that ends more than
/// 10 EDM goals below the best fit's minimum is kept as <see cref="BetterMinimum"/>.
/// <see cref="Verify"/> is the independent check: a fresh constrained fit from the best fit with the
/// problem's own steps and the verification minimizer. Any fit at a value is an upper bound on the
/// profile there, so the lower of the two is kept; once a verification has found the search's fits
/// too high, every later trial is also refitted from the best fit (<see cref="Careful"/>).
/// When the global search found more than one minimum, or a parameter of its best fit sits at a bound (a component switched
/// off, so that valleys with the component on compete), the likelihood is treated as multimodal: its profile may follow
/// another valley anywhere, so a verified crossing is also checked by a global constrained fit and by refits along every
/// other parameter's search box (<see cref="GlobalRise"/>); the lowest becomes one more start of every later refit (a branch).
/// </remarks>
internal sealed partial class ProfileEvaluator
{
    private readonly MinimizationProblem _problem;
    private readonly MinimizationResult _best;
    private readonly FitParameterSpec[] _specs;
    private readonly IMinimizer _minimizer;
    private readonly IMinimizer _verifier;
    private readonly double _threshold;
    private readonly CancellationToken _cancellationToken;
    private readonly List<IReadOnlyList<double>> _branches;

    public ProfileEvaluator(MinimizationProblem problem, MinimizationResult best, ProfileOptions options, CancellationToken cancellationToken, List<IReadOnlyList<double>>? branches = null)
    {
        if (best.BestFit.Count != problem.Parameters.Count)
        {
            throw new ArgumentException($"The best fit has {best.BestFit.Count} values but the problem has {problem.Parameters.Count} parameters; pass the result of minimising this problem.", nameof(best));
        }

        _problem = problem;
        _best = best;
        _minimizer = options.InnerMinimizer;
        _verifier = options.Verifier;
        VerificationTolerance = options.VerificationTolerance;
        _cancellationToken = cancellationToken;
        _branches = branches ?? [];
        _threshold = 10 * (double.IsFinite(best.EdmGoal) && best.EdmGoal > 0 ? best.EdmGoal : 2e-4 * problem.ErrorDefinition);
        Multimodal = best.LocalMinima.Count > 1 || (best.LocalMinima.Count > 0 && best.ParametersAtLimit.Count > 0);
        _specs = new FitParameterSpec[problem.Parameters.Count];
        for (int j = 0; j < _specs.Length; j++)
        {
            FitParameterSpec spec = problem.Parameters[j];
            double error = best.Errors[j];
            double step = !spec.Fixed && error > 0 && double.IsFinite(error) && !best.ParametersAtLimit.Contains(spec.Name) ? error : spec.Step;
            _specs[j] = spec with { Start = Inside(spec, best.BestFit[j], spec.Start), Step = step };
        }
    }

    public int Calls { get; private set; }

    public double VerificationTolerance { get; }

    public MinimizationResult? BetterMinimum { get; private set; }

    /// <summary>Gets how many global checks found a valley below the one the search followed.</summary>
    public int LowerValleys { get; private set; }

    /// <summary>Gets whether the best fit's global search found other minima near it, so that verified crossings are also checked globally.</summary>
    public bool Multimodal { get; }

    public double MinimumValue => _best.MinimumValue;

    public double BestValueOf(int index) => _best.BestFit[index];

    /// <summary>Gets or sets a value indicating whether every trial is also refitted from the best fit (set once the search's fits proved too high).</summary>
    public bool Careful { get; set; }

    /// <summary>The profiled rise ΔF at one value: the fit from the conditional mean, and, when that failed, looks wrong against the parabola, or <see cref="Careful"/> is set, also the independent refit (<see cref="Verify"/>) and a fit warm-started from <paramref name="warm"/> (the last fit below the target, which follows its valley across a jump); the lowest wins.</summary>
    public double Rise(int index, double value, IReadOnlyList<double>? warm, out bool verified, out IReadOnlyList<double> at)
    {
        MinimizationResult fit = Minimize([index], [value], Predict(index, value));
        double rise = RiseOf(fit);
        at = fit.BestFit;
        double z = (value - BestValueOf(index)) / Sigma(index);
        double parabola = _problem.ErrorDefinition * z * z;
        bool looksWrong = !fit.IsValid || !double.IsFinite(rise) || rise > 2 * parabola + (0.1 * _problem.ErrorDefinition) || rise < 0.25 * parabola;
        verified = Careful || looksWrong;
        if (!verified)
        {
            return rise;
        }

        var candidates = new List<MinimizationResult> { VerifyFit([index], [value]) };
        if (warm is not null)
        {
            candidates.Add(Minimize([index], [value], warm));
        }

        foreach (MinimizationResult other in candidates)
        {
            if (RiseOf(other) < rise)
            {
                (rise, at) = (RiseOf(other), other.BestFit);
            }
        }

        return rise;
    }

    private double RiseOf(MinimizationResult fit) => double.IsFinite(fit.MinimumValue) ? fit.MinimumValue - MinimumValue : double.PositiveInfinity;

    /// <summary>An independent constrained refit at one value: from the best fit, with the problem's own steps and the verification minimizer; returns its rise ΔF (+∞ when the objective was not finite).</summary>
    public double Verify(int index, double value)
    {
        MinimizationResult fit = VerifyFit([index], [value]);
        return double.IsFinite(fit.MinimumValue) ? fit.MinimumValue - MinimumValue : double.PositiveInfinity;
    }

    /// <summary>The independent constrained refit with <paramref name="fixedIndices"/> held at <paramref name="fixedValues"/>,
    /// started from the best fit with the problem's own steps, and also from every other local minimum of a global search
    /// that lies within <see cref="OtherMinimaWindow"/> errordefs of the best and from the fit's own start; the lowest wins.</summary>
    /// <remarks>The profile of a multimodal likelihood follows whichever valley is lowest at each value: with a faint
    /// blackbody added to a power law, the power law's normalization is profiled along the 74 keV blackbody's valley near
    /// the best fit but along the 460 keV one further out. A refit from the best fit alone follows only the first.</remarks>
    public MinimizationResult VerifyFit(ReadOnlySpan<int> fixedIndices, ReadOnlySpan<double> fixedValues)
    {
        MinimizationResult lowest = ConstrainedFit(_best.BestFit, fixedIndices, fixedValues);
        IEnumerable<IReadOnlyList<double>> others = _best.LocalMinima
            .Where(m => m.Value < MinimumValue + (OtherMinimaWindow * _problem.ErrorDefinition))
            .Select(m => m.Point)
            .Append([.. _problem.Parameters.Select(p => p.Start)])
            .Concat(_branches);
        foreach (IReadOnlyList<double> other in others)
        {
            if (!SamePoint(other, _best.BestFit))
            {
                MinimizationResult fit = ConstrainedFit(other, fixedIndices, fixedValues);
                if (fit.MinimumValue < lowest.MinimumValue)
                {
                    lowest = fit;
                }
            }
        }

        return lowest;
    }

    /// <summary>How far above the best a known local minimum may lie and still start a verification refit, in errordefs (a
    /// 3σ two-parameter contour lies 5.9 errordefs up).</summary>
    private const double OtherMinimaWindow = 10;

    /// <summary>The rise ΔF of one constrained refit started from <paramref name="from"/> (a branch found after a crossing was verified).</summary>
    public double RiseFrom(IReadOnlyList<double> from, int index, double value) => RiseOf(ConstrainedFit(from, [index], [value]));

    private MinimizationResult ConstrainedFit(IReadOnlyList<double> from, ReadOnlySpan<int> fixedIndices, ReadOnlySpan<double> fixedValues)
    {
        var start = new double[_specs.Length];
        for (int j = 0; j < start.Length; j++)
        {
            FitParameterSpec spec = _problem.Parameters[j];
            start[j] = Inside(spec, from[j], spec.Start);
        }

        MinimizationProblem constrained = _problem.WithStart(start);
        for (int k = 0; k < fixedIndices.Length; k++)
        {
            constrained = constrained.WithFixed(fixedIndices[k], fixedValues[k]);
        }

        MinimizationResult fit = _verifier.Minimize(constrained, _cancellationToken);
        Calls += fit.FunctionCalls;
        Watch(fit);
        return fit;
    }

    private static bool SamePoint(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        for (int j = 0; j < a.Count; j++)
        {
            if (a[j] != b[j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The scale of the first trial step: the parabolic error, or the user's step where that is missing or squeezed by a bound.</summary>
    public double Sigma(int index)
    {
        double error = _best.Errors[index];
        FitParameterSpec spec = _problem.Parameters[index];
        bool squeezed = _best.ParametersAtLimit.Contains(spec.Name);
        return error > 0 && double.IsFinite(error) && !squeezed ? error : spec.Step;
    }

    /// <summary>The conditional mean of the other parameters given parameter <paramref name="index"/> = <paramref name="value"/>, from the best-fit covariance.</summary>
    public double[] Predict(int index, double value)
    {
        var start = new double[_specs.Length];
        double[,]? c = _best.Covariance;
        for (int j = 0; j < start.Length; j++)
        {
            double shift = c is not null && c[index, index] > 0 ? c[j, index] / c[index, index] * (value - _best.BestFit[index]) : 0;
            start[j] = _best.BestFit[j] + shift;
        }

        return start;
    }

    /// <summary>Minimises with <paramref name="fixedIndices"/> held at <paramref name="fixedValues"/>, starting the others at <paramref name="start"/> where it is inside their bounds.</summary>
    public MinimizationResult Minimize(ReadOnlySpan<int> fixedIndices, ReadOnlySpan<double> fixedValues, IReadOnlyList<double> start)
    {
        var specs = new FitParameterSpec[_specs.Length];
        for (int j = 0; j < specs.Length; j++)
        {
            specs[j] = _specs[j] with { Start = Inside(_specs[j], start[j], _specs[j].Start) };
        }

        for (int k = 0; k < fixedIndices.Length; k++)
        {
            specs[fixedIndices[k]] = specs[fixedIndices[k]] with { Start = fixedValues[k], Fixed = true };
        }

        MinimizationResult result = _minimizer.Minimize(new MinimizationProblem(_problem.Objective, specs, _problem.ErrorDefinition), _cancellationToken);
        Calls += result.FunctionCalls;
        Watch(result);
        return result;
    }

    private void Watch(MinimizationResult result)
    {
        if (result.MinimumValue < _best.MinimumValue - _threshold && (BetterMinimum is null || result.MinimumValue < BetterMinimum.MinimumValue))
        {
            BetterMinimum = result;
        }
    }

    // A start on a bound is allowed: the problem moves it just inside.
    private static double Inside(FitParameterSpec spec, double value, double fallback) =>
        double.IsFinite(value) && !(spec.Lower is double a && value < a) && !(spec.Upper is double b && value > b) ? value : fallback;
}
