using System.Diagnostics;

namespace ThreeML.Fitting;

/// <summary>A global strategy for multimodal objectives: local fits from the problem's start and from seeded random starts; the lowest valid minimum wins.</summary>
/// <remarks>
/// A parameter with both bounds is sampled uniformly between them; along an unbounded side the
/// sampled region extends <see cref="MultiStartOptions.HalfWidthInSteps"/> steps from the start value.
/// Starts are drawn from <c>new Random(Seed)</c>, so a run is reproducible. The returned result is the
/// lowest valid local fit (the lowest of all if none is valid), with <see cref="MinimizationResult.FunctionCalls"/>
/// and <see cref="MinimizationResult.Elapsed"/> totalled over every local fit.
/// </remarks>
public sealed class MultiStartMinimizer : IMinimizer
{
    /// <summary>Initializes a new minimizer.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="MultiStartOptions.Default"/>.</param>
    public MultiStartMinimizer(MultiStartOptions? options = null)
    {
        Options = options ?? MultiStartOptions.Default;
    }

    /// <summary>Gets the settings.</summary>
    public MultiStartOptions Options { get; }

    /// <inheritdoc/>
    public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        long started = Stopwatch.GetTimestamp();
        IMinimizer local = Options.LocalMinimizer ?? new MigradMinimizer();
        var random = new Random(Options.Seed);
        var start = new double[problem.Parameters.Count];
        var fits = new List<MinimizationResult>(Options.Starts);
        for (int s = 0; s < Options.Starts; s++)
        {
            for (int i = 0; i < start.Length; i++)
            {
                FitParameterSpec spec = problem.Parameters[i];
                start[i] = s == 0 || spec.Fixed ? spec.Start : Sample(spec, random);
            }

            fits.Add(local.Minimize(problem.WithStart(start), cancellationToken));
        }

        return GlobalChoice.Best(fits, Stopwatch.GetElapsedTime(started));
    }

    private double Sample(FitParameterSpec spec, Random random)
    {
        double half = Options.HalfWidthInSteps * spec.Step;
        double lo = spec.Lower ?? spec.Start - half;
        double hi = spec.Upper ?? spec.Start + half;
        if (spec.Lower is null && spec.Upper is double)
        {
            lo = Math.Min(lo, hi - half);
        }
        else if (spec.Upper is null && spec.Lower is double)
        {
            hi = Math.Max(hi, lo + half);
        }

        return lo + ((hi - lo) * random.NextDouble());
    }
}
