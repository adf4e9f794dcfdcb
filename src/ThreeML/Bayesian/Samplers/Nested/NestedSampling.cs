using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Runs nested sampling until UltraNest's goals are met: FracRemain per run, then Dlogz and MinEss overall.</summary>
/// <remarks>
/// UltraNest's <c>ReactiveNestedSampler</c> follows its first run with "improvement loops" that add live
/// points where the ln Z error or the effective sample size needs them. Here an improvement loop adds a
/// whole independent run with the same number of live points and merges it (<see cref="NestedRunMerger"/>):
/// coarser, but equally valid, and each added run halves the variance contributed so far.
/// </remarks>
internal sealed partial class NestedSampling(NestedSampler options, SamplingProblem problem, IProgress<SamplerProgress>? progress, CancellationToken cancellationToken)
{
    private const int ErrorReplicas = 64;
    private readonly List<NestedRun> runs = [];
    private readonly List<string> notes = [];
    private readonly InsertionOrderAccumulator insertion = new();

    public SamplerRun Execute()
    {
        var clock = Stopwatch.StartNew();
        var d = problem.Dimension;
        var live = options.LivePoints;
        if (live > options.MinNumLivePoints)
        {
            notes.Add(Invariant($"live points raised from {options.MinNumLivePoints} to {live} so that Dlogz = {options.Dlogz} is reachable (UltraNest rule n >= sqrt(1000)/dlogz)"));
        }

        var pool = new LikelihoodPool(problem, options.MaxDegreeOfParallelism, cancellationToken);
        long calls = 0;
        long iterations = 0;
        while (true)
        {
            var callsBefore = calls;
            var iterationsBefore = iterations;
            var run = new NestedRun(options, problem, pool, live, RunSeed(runs.Count), options.MaxNcalls - calls, insertion,
                (it, c, lnZ, remainder) => progress?.Report(new SamplerProgress(iterationsBefore + it, callsBefore + c, lnZ, remainder)),
                cancellationToken);
            run.Execute();
            runs.Add(run);
            calls += run.Calls;
            iterations += run.Iterations;

            var (evidence, parameters) = runs.Count == 1 ? (run.Evidence, run.DeadParameters.ToArray()) : NestedRunMerger.Merge(runs, d);
            var lnZError = evidence.SimulatedLogZError(options.Seed, ErrorReplicas, pool.Workers);
            var ess = Kish(evidence.PosteriorWeights());
            var done = lnZError <= options.Dlogz && ess >= options.MinEss;
            var budgetLeft = options.MaxNcalls is not { } max || calls < max;
            var loopsLeft = options.MaxImprovementLoops is not { } loops || runs.Count <= loops;
            if (done || run.StoppedEarly || !budgetLeft || !loopsLeft)
            {
                if (!done)
                {
                    notes.Add(Invariant($"goals not met after {runs.Count} run(s): ln Z error {lnZError:F3} (Dlogz {options.Dlogz}), ESS {ess:F0} (MinEss {options.MinEss})"));
                }

                return BuildResult(evidence, parameters, lnZError, pool, calls, iterations, clock.Elapsed);
            }

            notes.Add(Invariant($"improvement loop {runs.Count}: ln Z error {lnZError:F3} (Dlogz {options.Dlogz}), ESS {ess:F0} (MinEss {options.MinEss}); adding an independent run of {live} live points"));
        }
    }

    /// <summary>Kish's effective sample size (Σw)²/Σw² of normalised weights, UltraNest's <c>ess</c>.</summary>
    internal static double Kish(double[] weights) => 1.0 / weights.Sum(w => w * w);

    /// <summary>Run 0 uses the seed itself; later runs use well-separated derived seeds.</summary>
    private long RunSeed(int run) => run == 0 ? options.Seed : unchecked(options.Seed ^ (long)(0x9E3779B97F4A7C15UL * (ulong)run));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
