using System.Diagnostics;

namespace ThreeML.Fitting;

/// <summary>A global search for multimodal objectives: a local fit from the start, then local fits from the best points of a space-filling design, round by round until no lower minimum turns up; the lowest valid minimum wins and every distinct minimum found is listed.</summary>
/// <remarks>
/// <para>
/// Spectral likelihoods are often multimodal (the 3ML tutorial's blackbody + power law has minima at
/// −ln L ≈ 1460, 1967, 2261, …, and which one a single descent reaches depends on the start). The
/// search works in the problem's coordinates, inside a box per free parameter: its
/// <see cref="FitParameterSpec.SearchLower"/>/<see cref="FitParameterSpec.SearchUpper"/> where set,
/// else its bounds, else the start ± max(10 steps, |start|). A positive box spanning more than two
/// decades is sampled evenly in the logarithm.
/// </para>
/// <para>
/// 1. One local fit from the start (its own seed handles negative curvature, see
/// <see cref="MigradMinimizer"/>) and, at the same time, the screening of the objective at
/// <see cref="GlobalOptions.ScreeningPointsPerParameter"/> × n Halton points of the box (one
/// evaluation each). 2. Each round fits from the <see cref="GlobalOptions.StartsPerRound"/> lowest
/// screened points not yet used and not within 5 % of the box of a start already used or of a minimum
/// found in an earlier round; the round's fits run at once when the objective is an
/// <see cref="IConcurrentObjective"/>. 3. The search stops after a round that found no lower minimum once a
/// valid one is known, or after <see cref="GlobalOptions.MaxRounds"/> rounds. 4. A fit that ended invalid
/// (out of calls, typically) below every valid minimum is continued from where it stopped, up to
/// <see cref="GlobalOptions.MaxRunsPerMinimum"/> runs (<see cref="Continuation"/>). Two fits end in the same
/// minimum when their values differ by less than 0.05 errordef and every parameter by less than three
/// standard errors.
/// </para>
/// <para>
/// The design is seeded (<see cref="GlobalOptions.Seed"/>), each round's starts depend only on earlier
/// rounds, and the fits are gathered in a fixed order, so a search is reproducible and its result does not
/// depend on <see cref="GlobalOptions.MaxDegreeOfParallelism"/>. The returned result is the lowest valid local fit (the lowest of all when
/// none is valid) with <see cref="MinimizationResult.FunctionCalls"/> and
/// <see cref="MinimizationResult.Elapsed"/> totalled and <see cref="MinimizationResult.LocalMinima"/>
/// filled.
/// </para>
/// </remarks>
public sealed class GlobalMinimizer : IMinimizer
{
    private const double SameStartFraction = 0.05;

    /// <summary>Initializes a new minimizer.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="GlobalOptions.Default"/>.</param>
    public GlobalMinimizer(GlobalOptions? options = null)
    {
        Options = options ?? GlobalOptions.Default;
    }

    /// <summary>Gets the settings.</summary>
    public GlobalOptions Options { get; }

    /// <inheritdoc/>
    public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        long started = Stopwatch.GetTimestamp();
        IMinimizer local = Options.LocalMinimizer ?? new MigradMinimizer();
        int[] free = [.. Enumerable.Range(0, problem.Parameters.Count).Where(i => !problem.Parameters[i].Fixed)];
        if (free.Length == 0 || Options.MaxRounds == 0)
        {
            return Assemble([local.Minimize(problem, cancellationToken)], problem, 0, started);
        }

        var workers = new SearchWorkers(problem, Options.MaxDegreeOfParallelism);
        var (lower, upper) = Box(problem, free);

        // The fit from the start and the screening of the design do not depend on each other.
        MinimizationResult? first = null;
        List<double[]> candidates = [];
        int screeningCalls = 0;
        workers.Run(2, (item, copy) =>
        {
            if (item == 0)
            {
                first = local.Minimize(copy, cancellationToken);
            }
            else
            {
                candidates = Screen(copy, free, lower, upper, out screeningCalls, cancellationToken);
            }
        }, cancellationToken);

        var fits = new List<MinimizationResult> { first! };
        var usedStarts = new List<double[]> { Normalised(problem.Parameters.Select(p => p.Start).ToArray(), free, lower, upper) };
        double best = LowestValue(fits);
        int next = 0;
        for (int round = 0; round < Options.MaxRounds; round++)
        {
            // Starts are chosen from the fits of earlier rounds only, so the round's fits can run at once.
            var starts = new List<double[]>(Options.StartsPerRound);
            var minima = fits.Select(f => Normalised([.. f.BestFit], free, lower, upper)).ToList();
            while (starts.Count < Options.StartsPerRound && next < candidates.Count)
            {
                double[] start = candidates[next++];
                double[] position = Normalised(start, free, lower, upper);
                if (!IsNear(position, usedStarts) && !IsNear(position, minima))
                {
                    usedStarts.Add(position);
                    starts.Add(start);
                }
            }

            if (starts.Count == 0)
            {
                break;
            }

            // Fits from screened starts stop on entering the basin of a minimum of an earlier round.
            var known = new KnownBasins([.. fits.Where(f => f.IsValid)], problem.ErrorDefinition);
            IMinimizer roundLocal = local is MigradMinimizer migrad ? new MigradMinimizer(migrad.Options with { StopInKnownBasins = known }) : local;
            var roundFits = new MinimizationResult[starts.Count];
            workers.Run(starts.Count, (item, copy) => roundFits[item] = roundLocal.Minimize(copy.WithStart(starts[item]), cancellationToken), cancellationToken);
            fits.AddRange(roundFits);
            double lowest = LowestValue(fits);
            bool improved = lowest < best - (0.05 * problem.ErrorDefinition);
            best = Math.Min(best, lowest);
            if (!improved && fits.Any(f => f.IsValid))
            {
                break;
            }
        }

        FinishLowInvalidFits(fits, local, problem, cancellationToken);
        return Assemble(fits, problem, screeningCalls, started);
    }

    /// <summary>Runs on every invalid fit that lies below all valid minima (lowest first) until it is valid or stops improving.</summary>
    private void FinishLowInvalidFits(List<MinimizationResult> fits, IMinimizer local, MinimizationProblem problem, CancellationToken cancellationToken)
    {
        var finished = new HashSet<int>();
        while (true)
        {
            double bestValid = fits.Where(f => f.IsValid).Select(f => f.MinimumValue).DefaultIfEmpty(double.PositiveInfinity).Min();
            int lowest = -1;
            for (int i = 0; i < fits.Count; i++)
            {
                bool candidate = !fits[i].IsValid && !finished.Contains(i) && double.IsFinite(fits[i].MinimumValue)
                    && fits[i].MinimumValue < bestValid - (0.05 * problem.ErrorDefinition);
                if (candidate && (lowest < 0 || fits[i].MinimumValue < fits[lowest].MinimumValue))
                {
                    lowest = i;
                }
            }

            if (lowest < 0 || Options.MaxRunsPerMinimum == 1)
            {
                return;
            }

            finished.Add(lowest);
            fits[lowest] = Continuation.UntilValid(local, problem, fits[lowest], Options.MaxRunsPerMinimum, cancellationToken);
        }
    }

    private static MinimizationResult Assemble(List<MinimizationResult> fits, MinimizationProblem problem, int screeningCalls, long started)
    {
        MinimizationResult best = GlobalChoice.Best(fits, Stopwatch.GetElapsedTime(started));
        return best with
        {
            FunctionCalls = best.FunctionCalls + screeningCalls,
            LocalMinima = MinimaMerger.Merge(fits, problem.ErrorDefinition),
        };
    }

    private static double LowestValue(List<MinimizationResult> fits)
    {
        double lowest = double.PositiveInfinity;
        foreach (MinimizationResult fit in fits)
        {
            if (double.IsFinite(fit.MinimumValue))
            {
                lowest = Math.Min(lowest, fit.MinimumValue);
            }
        }

        return lowest;
    }

    private static (double[] Lower, double[] Upper) Box(MinimizationProblem problem, int[] free)
    {
        var lower = new double[free.Length];
        var upper = new double[free.Length];
        for (int k = 0; k < free.Length; k++)
        {
            FitParameterSpec spec = problem.Parameters[free[k]];
            double half = Math.Max(10 * spec.Step, Math.Abs(spec.Start));
            lower[k] = Math.Max(spec.SearchLower ?? spec.Lower ?? spec.Start - half, spec.Lower ?? double.NegativeInfinity);
            upper[k] = Math.Min(spec.SearchUpper ?? spec.Upper ?? spec.Start + half, spec.Upper ?? double.PositiveInfinity);
            if (!(upper[k] > lower[k]))
            {
                (lower[k], upper[k]) = (spec.Start - half, spec.Start + half);
            }
        }

        return (lower, upper);
    }

    /// <summary>Evaluates the objective on the design and returns the finite points, lowest value first.</summary>
    private List<double[]> Screen(MinimizationProblem problem, int[] free, double[] lower, double[] upper, out int calls, CancellationToken cancellationToken)
    {
        double[][] design = SpaceFillingDesign.UnitCube(Options.ScreeningPointsPerParameter * free.Length, free.Length, Options.Seed);
        var scored = new List<(double Value, double[] Point)>(design.Length);
        foreach (double[] unit in design)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double[] point = [.. problem.Parameters.Select(p => p.Start)];
            for (int k = 0; k < free.Length; k++)
            {
                // A positive box spanning more than two decades is sampled evenly in the logarithm.
                point[free[k]] = lower[k] > 0 && upper[k] > 100 * lower[k]
                    ? lower[k] * Math.Pow(upper[k] / lower[k], unit[k])
                    : lower[k] + (unit[k] * (upper[k] - lower[k]));
            }

            double value = problem.Objective.Evaluate(point);
            if (double.IsFinite(value))
            {
                scored.Add((value, point));
            }
        }

        calls = design.Length;
        return [.. scored.OrderBy(s => s.Value).Select(s => s.Point)];
    }

    private static double[] Normalised(double[] point, int[] free, double[] lower, double[] upper)
    {
        var position = new double[free.Length];
        for (int k = 0; k < free.Length; k++)
        {
            position[k] = (point[free[k]] - lower[k]) / (upper[k] - lower[k]);
        }

        return position;
    }

    private static bool IsNear(double[] position, IEnumerable<double[]> others)
    {
        foreach (double[] other in others)
        {
            double distance = 0;
            for (int k = 0; k < position.Length; k++)
            {
                distance = Math.Max(distance, Math.Abs(position[k] - other[k]));
            }

            if (distance < SameStartFraction)
            {
                return true;
            }
        }

        return false;
    }
}
