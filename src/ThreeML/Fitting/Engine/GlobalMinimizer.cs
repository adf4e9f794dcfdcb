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
        if (problem.FreeParameterCount == 0 || Options.MaxRounds == 0)
        {
            return Assemble([local.Minimize(problem, cancellationToken)], problem, 0, started);
        }

        var workers = new SearchWorkers(problem, Options.MaxDegreeOfParallelism);
        var box = SearchBox.For(problem);

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
                candidates = box.Screen(copy, Options.ScreeningPointsPerParameter, Options.Seed, out screeningCalls, cancellationToken);
            }
        }, cancellationToken);

        var fits = new List<MinimizationResult> { first! };

        // A first fit that left parameters undetermined (a component switched off) gives each round one more start: the
        // same point with those parameters redrawn (see SearchBox.Around).
        bool[] undetermined = box.Undetermined(first!);
        List<double[]> around = [];
        if (undetermined.Contains(true))
        {
            around = box.Around(problem, first!.BestFit, undetermined, Options.ScreeningPointsPerParameter, Options.Seed + 1, out int aroundCalls, cancellationToken);
            screeningCalls += aroundCalls;
        }

        int nextAround = 0;
        var usedStarts = new List<double[]> { box.Normalised([.. problem.Parameters.Select(p => p.Start)]) };
        double best = LowestValue(fits);
        int next = 0;
        for (int round = 0; round < Options.MaxRounds; round++)
        {
            // Starts are chosen from the fits of earlier rounds only, so the round's fits can run at once.
            var starts = new List<double[]>(Options.StartsPerRound);
            var minima = fits.Select(f => box.Normalised([.. f.BestFit])).ToList();
            while (starts.Count < Options.StartsPerRound && TakeStart(candidates, ref next, box, usedStarts, minima) is { } start)
            {
                starts.Add(start);
            }

            if (TakeStart(around, ref nextAround, box, usedStarts, minima) is { } redrawn)
            {
                starts.Add(redrawn);
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

    /// <summary>The next of <paramref name="points"/> from <paramref name="next"/> on that is not within 5 % of the box of a used
    /// start or a found minimum (it becomes a used start), or null when none is left.</summary>
    private static double[]? TakeStart(List<double[]> points, ref int next, SearchBox box, List<double[]> usedStarts, List<double[]> minima)
    {
        while (next < points.Count)
        {
            double[] start = points[next++];
            double[] position = box.Normalised(start);
            if (!SearchBox.IsNear(position, usedStarts) && !SearchBox.IsNear(position, minima))
            {
                usedStarts.Add(position);
                return start;
            }
        }

        return null;
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
}
