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
    private readonly LikelihoodPool pool;
    private readonly long seed;
    private readonly long? callLimit;
    private readonly InsertionOrderAccumulator insertion;
    private readonly Action<long, long, double, double>? report;
    private readonly CancellationToken cancellationToken;
    private readonly int d;
    private readonly int n;
    private readonly double[] liveU;
    private readonly double[] liveP;
    private readonly double[] liveL;
    private readonly List<double> deadP = [];

    /// <param name="options">Sampler settings.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="pool">Likelihood evaluators shared by all runs.</param>
    /// <param name="livePoints">Number of live points.</param>
    /// <param name="seed">Seed of this run's random streams.</param>
    /// <param name="callLimit">Likelihood calls this run may make, or null.</param>
    /// <param name="insertion">Rank-test accumulator shared by all runs.</param>
    /// <param name="report">Receives (iterations, calls, ln Z, remainder fraction) of this run.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public NestedRun(NestedSampler options, SamplingProblem problem, LikelihoodPool pool, int livePoints, long seed, long? callLimit,
        InsertionOrderAccumulator insertion, Action<long, long, double, double>? report, CancellationToken cancellationToken)
    {
        this.options = options;
        this.problem = problem;
        this.pool = pool;
        this.seed = seed;
        this.callLimit = callLimit;
        this.insertion = insertion;
        this.report = report;
        this.cancellationToken = cancellationToken;
        d = problem.Dimension;
        n = livePoints;
        liveU = new double[n * d];
        liveP = new double[n * d];
        liveL = new double[n];
        pending = new CandidateQueue(d);
        drawOne = DrawOne;
    }

    /// <summary>Gets the dead points (main phase, then the final live points) and their quadrature.</summary>
    public EvidenceAccumulator Evidence { get; } = new();

    /// <summary>Gets the physical parameters of the dead points, row-major, in the order of <see cref="Evidence"/>.</summary>
    public IReadOnlyList<double> DeadParameters => deadP;

    /// <summary>Gets the likelihood calls made by this run.</summary>
    public long Calls { get; private set; }

    /// <summary>Gets the iterations (replacements) of this run.</summary>
    public long Iterations { get; private set; }

    /// <summary>Gets why the main loop ended.</summary>
    public string StopReason { get; private set; } = string.Empty;

    /// <summary>Gets whether the run ended before its termination rule (call budget, or no further point could be drawn).</summary>
    public bool StoppedEarly { get; private set; }

    public void Execute()
    {
        InitialiseLivePoints();
        transformIsAffine = IsTransformAffine();
        StopReason = MainLoop();
        AddLivePointsToIntegral();
    }

    private void InitialiseLivePoints()
    {
        var badTransform = new bool[n];
        pool.For(n, (i, worker) =>
        {
            var rng = new RandomStream(seed, RandomPurpose.InitialLivePoints, (ulong)i);
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
        Calls += n;

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
            var lowerBound = Evidence.LogVolume + lmax - Math.Log(n);
            var remainder = 1.0 / (1.0 + Math.Exp(Evidence.LogZ - lowerBound));
            if (remainder <= options.FracRemain)
            {
                remainder = Evidence.RemainderFraction(liveL);
            }

            if (remainder <= options.FracRemain && Evidence.LogRemainder(liveL) <= Evidence.LogZ)
            {
                return Invariant($"remainder fraction {remainder:G3} <= FracRemain = {options.FracRemain}");
            }

            if (CallBudgetExhausted)
            {
                StoppedEarly = true;
                return Invariant($"MaxNcalls = {options.MaxNcalls} reached (remainder fraction {remainder:G3}); ln Z is incomplete");
            }

            if (region is null || Evidence.LogVolume < nextUpdate || regionFailed)
            {
                RebuildRegion();
                nextUpdate = Evidence.LogVolume + logUpdateFactor;
            }

            var next = TryNextPoint(lmin);
            if (next < 0)
            {
                StoppedEarly = true;
                return CallBudgetExhausted
                    ? Invariant($"MaxNcalls = {options.MaxNcalls} reached (remainder fraction {remainder:G3}); ln Z is incomplete")
                    : "no point above the current likelihood could be drawn from the region; ln Z is incomplete";
            }

            var nextU = pending.UnitCube(next);
            var nextP = pending.Parameters(next);
            var nextL = pending.LogLikelihood(next);
            var rank = 0;
            for (var k = 0; k < n; k++)
            {
                rank += k != worst && liveL[k] < nextL ? 1 : 0;
            }

            insertion.Add(rank, n - 1);
            Evidence.AddReplaced(lmin, n);
            deadP.AddRange(liveP.AsSpan(worst * d, d));
            physical?.Replace(liveP.AsSpan(worst * d, d), nextP);
            nextU.CopyTo(liveU.AsSpan(worst * d, d));
            nextP.CopyTo(liveP.AsSpan(worst * d, d));
            liveL[worst] = nextL;
            region!.Replace(worst, nextU);
            Iterations++;
            if (Iterations % ProgressInterval == 0)
            {
                report?.Invoke(Iterations, Calls, Evidence.LogZ, remainder);
            }
        }
    }

    private bool CallBudgetExhausted => callLimit is { } max && Calls >= max;

    private void AddLivePointsToIntegral()
    {
        var order = Enumerable.Range(0, n).OrderBy(k => liveL[k]).ThenBy(k => k).ToArray();
        for (var j = 0; j < n; j++)
        {
            Evidence.AddTail(liveL[order[j]], n - j);
            deadP.AddRange(liveP.AsSpan(order[j] * d, d));
        }

        report?.Invoke(Iterations, Calls, Evidence.LogZ, 0);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
