using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>One nested-sampling run: live points, main loop, termination and the final live-point tail.</summary>
internal sealed partial class NestedRun
{
    /// <summary>UltraNest's <c>Lepsilon</c>: live points whose ln L spread is below this are a plateau and end the run.</summary>
    private const double LogLikelihoodEpsilon = 1e-3;
    private const int ProgressInterval = 500;

    private readonly NestedSampler options;
    private readonly SamplingProblem problem;
    private readonly IProgress<SamplerProgress>? progress;
    private readonly CancellationToken cancellationToken;
    private readonly LikelihoodPool pool;
    private readonly int d;
    private readonly int n;
    private readonly double[] liveU;
    private readonly double[] liveP;
    private readonly double[] liveL;
    private readonly EvidenceAccumulator evidence = new();
    private readonly List<double> deadP = [];
    private readonly InsertionOrderAccumulator insertion = new();
    private readonly List<string> notes = [];
    private long calls;
    private long iterations;

    public NestedRun(NestedSampler options, SamplingProblem problem, IProgress<SamplerProgress>? progress, CancellationToken cancellationToken)
    {
        this.options = options;
        this.problem = problem;
        this.progress = progress;
        this.cancellationToken = cancellationToken;
        d = problem.Dimension;
        n = Math.Max(options.MinNumLivePoints, (int)Math.Ceiling(Math.Sqrt(1000) / options.Dlogz));
        if (n > options.MinNumLivePoints)
        {
            notes.Add(Invariant($"live points raised from {options.MinNumLivePoints} to {n} so that Dlogz = {options.Dlogz} is reachable (UltraNest rule n >= sqrt(1000)/dlogz)"));
        }

        liveU = new double[n * d];
        liveP = new double[n * d];
        liveL = new double[n];
        pool = new LikelihoodPool(problem, options.MaxDegreeOfParallelism, cancellationToken);
        pending = new Queue<Candidate>();
    }

    public SamplerRun Execute()
    {
        var clock = Stopwatch.StartNew();
        InitialiseLivePoints();
        var reason = MainLoop();
        AddLivePointsToIntegral();
        return BuildResult(reason, clock.Elapsed);
    }

    private void InitialiseLivePoints()
    {
        var badTransform = new bool[n];
        pool.For(n, (i, worker) =>
        {
            var rng = new RandomStream(options.Seed, RandomPurpose.InitialLivePoints, (ulong)i);
            var u = liveU.AsSpan(i * d, d);
            for (var k = 0; k < d; k++)
            {
                u[k] = rng.NextOpenDouble();
            }

            var p = liveP.AsSpan(i * d, d);
            problem.Prior.Transform(u, p);
            foreach (var x in p)
            {
                badTransform[i] |= !double.IsFinite(x);
            }

            liveL[i] = badTransform[i] ? double.NegativeInfinity : pool.Evaluate(worker, p);
        });
        calls += n;

        var bad = Array.IndexOf(badTransform, true);
        if (bad >= 0)
        {
            var p = liveP.AsSpan(bad * d, d).ToArray();
            var k = Array.FindIndex(p, x => !double.IsFinite(x));
            throw new InvalidOperationException(Invariant(
                $"The prior transform returned {p[k]} for parameter '{problem.ParameterNames[k]}' at unit-cube point ({string.Join(", ", liveU.AsSpan(bad * d, d).ToArray())}); every output must be finite."));
        }

        if (liveL.All(double.IsNegativeInfinity))
        {
            throw new InvalidOperationException(Invariant(
                $"The log-likelihood is -inf or non-finite at all {n} initial prior draws ({pool.NonFiniteCount} returned NaN or +inf); nested sampling needs some finite values. Check the likelihood and the prior ranges."));
        }
    }

    private string MainLoop()
    {
        var logUpdateFactor = Math.Log(options.UpdateIntervalVolumeFraction);
        var nextUpdate = double.PositiveInfinity;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var worst = 0;
            var lmax = liveL[0];
            for (var k = 1; k < n; k++)
            {
                worst = liveL[k] < liveL[worst] ? k : worst;
                lmax = Math.Max(lmax, liveL[k]);
            }

            var lmin = liveL[worst];
            if (lmax - lmin < LogLikelihoodEpsilon)
            {
                return Invariant($"live points span less than {LogLikelihoodEpsilon} in ln L (plateau)");
            }

            // X·max(L)/n is a lower bound of the remainder X·mean(L): while it alone exceeds the
            // allowed fraction, the O(n) exact remainder need not be computed.
            var lowerBound = evidence.LogVolume + lmax - Math.Log(n);
            var remainder = 1.0 / (1.0 + Math.Exp(evidence.LogZ - lowerBound));
            if (remainder <= options.FracRemain)
            {
                remainder = evidence.RemainderFraction(liveL);
            }

            if (remainder <= options.FracRemain && evidence.LogRemainder(liveL) <= evidence.LogZ)
            {
                return Invariant($"remainder fraction {remainder:G3} <= FracRemain = {options.FracRemain}");
            }

            if (CallBudgetExhausted)
            {
                return Invariant($"MaxNcalls = {options.MaxNcalls} reached (remainder fraction {remainder:G3}); ln Z is incomplete");
            }

            if (region is null || evidence.LogVolume < nextUpdate || regionFailed)
            {
                RebuildRegion();
                nextUpdate = evidence.LogVolume + logUpdateFactor;
            }

            if (!TryNextPoint(lmin, out var next))
            {
                return CallBudgetExhausted
                    ? Invariant($"MaxNcalls = {options.MaxNcalls} reached (remainder fraction {remainder:G3}); ln Z is incomplete")
                    : "no point above the current likelihood could be drawn from the region; ln Z is incomplete";
            }

            var rank = 0;
            for (var k = 0; k < n; k++)
            {
                rank += k != worst && liveL[k] < next.LogL ? 1 : 0;
            }

            insertion.Add(rank, n - 1);
            evidence.AddReplaced(lmin, n);
            deadP.AddRange(liveP.AsSpan(worst * d, d));
            next.U.CopyTo(liveU.AsSpan(worst * d, d));
            next.P.CopyTo(liveP.AsSpan(worst * d, d));
            liveL[worst] = next.LogL;
            region!.Replace(worst, next.U);
            iterations++;
            if (iterations % ProgressInterval == 0)
            {
                progress?.Report(new SamplerProgress(iterations, calls, evidence.LogZ, remainder));
            }
        }
    }

    private bool CallBudgetExhausted => options.MaxNcalls is { } max && calls >= max;

    private void AddLivePointsToIntegral()
    {
        var order = Enumerable.Range(0, n).OrderBy(k => liveL[k]).ThenBy(k => k).ToArray();
        for (var j = 0; j < n; j++)
        {
            evidence.AddTail(liveL[order[j]], n - j);
            deadP.AddRange(liveP.AsSpan(order[j] * d, d));
        }

        progress?.Report(new SamplerProgress(iterations, calls, evidence.LogZ, 0));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
