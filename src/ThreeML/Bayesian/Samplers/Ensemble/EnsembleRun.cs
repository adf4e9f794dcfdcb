using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Bayesian.Samplers.Ensemble;

/// <summary>One run of the stretch-move ensemble sampler: start ball, burn-in, kept steps.</summary>
internal sealed partial class EnsembleRun
{
    private const int MaxStartAttempts = 10_000;
    private const int ProgressInterval = 100;

    private readonly EnsembleSampler options;
    private readonly SamplingProblem problem;
    private readonly IProgress<SamplerProgress>? progress;
    private readonly CancellationToken cancellationToken;
    private readonly LikelihoodPool pool;
    private readonly int d;
    private readonly int walkers;
    private readonly int burnIn;
    private readonly double[] position;
    private readonly double[] logPrior;
    private readonly double[] logL;
    private long calls;
    private long step;

    public EnsembleRun(EnsembleSampler options, SamplingProblem problem, IProgress<SamplerProgress>? progress, CancellationToken cancellationToken)
    {
        this.options = options;
        this.problem = problem;
        this.progress = progress;
        this.cancellationToken = cancellationToken;
        d = problem.Dimension;
        walkers = options.Walkers;
        burnIn = options.BurnIn ?? (options.Iterations / 4);
        position = new double[walkers * d];
        logPrior = new double[walkers];
        logL = new double[walkers];
        pool = new LikelihoodPool(problem, options.MaxDegreeOfParallelism, cancellationToken);
    }

    public SamplerRun Execute()
    {
        var clock = Stopwatch.StartNew();
        Start();
        for (var i = 0; i < burnIn; i++)
        {
            Step(null);
        }

        var kept = options.Iterations;
        var chain = new double[kept * walkers * d];
        var chainLogL = new double[kept * walkers];
        var chainLogPrior = new double[kept * walkers];
        var accepted = new long[walkers];
        for (var i = 0; i < kept; i++)
        {
            Step(accepted);
            position.CopyTo(chain, i * walkers * d);
            logL.CopyTo(chainLogL, i * walkers);
            logPrior.CopyTo(chainLogPrior, i * walkers);
        }

        return BuildResult(chain, chainLogL, chainLogPrior, accepted, clock.Elapsed);
    }

    private void Start()
    {
        var failed = new bool[walkers];
        pool.For(walkers, (w, worker) =>
        {
            var rng = new RandomStream(options.Seed, RandomPurpose.WalkerStart, (ulong)w);
            var x = position.AsSpan(w * d, d);
            Span<double> u = stackalloc double[d];
            for (var attempt = 0; attempt < MaxStartAttempts; attempt++)
            {
                if (options.StartValues is { } start)
                {
                    for (var i = 0; i < d; i++)
                    {
                        var scale = start[i] == 0 ? 1 : Math.Abs(start[i]);
                        x[i] = start[i] + (options.InitialSpread * scale * rng.NextGaussian());
                    }
                }
                else
                {
                    for (var i = 0; i < d; i++)
                    {
                        u[i] = rng.NextOpenDouble();
                    }

                    problem.Prior.Transform(u, x);
                }

                logPrior[w] = problem.Prior.LogPrior(x);
                if (double.IsFinite(logPrior[w]))
                {
                    logL[w] = pool.Evaluate(worker, x);
                    return;
                }
            }

            failed[w] = true;
        });
        calls += walkers;

        if (failed.Any(f => f))
        {
            throw new InvalidOperationException(Invariant(
                $"No starting position with a finite log prior was found for walker {Array.IndexOf(failed, true)} in {MaxStartAttempts} draws around StartValues ({string.Join(", ", options.StartValues ?? [])}) with InitialSpread = {options.InitialSpread}; start inside the prior support."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
