namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class NestedRun
{
    private const int MaxRegionAttempts = 100_000;
    private const int MaxBatch = 4096;
    private const int MaxConsecutiveRegionFailures = 3;
    private const long MaxDrawsPerIteration = 2_000_000;

    private readonly Queue<Candidate> pending;
    private MLFriendsRegion? region;
    private PhysicalEllipsoid? physical;
    private bool transformIsAffine;
    private bool regionFailed;
    private int consecutiveRegionFailures;
    private ulong drawCounter;
    private double acceptedDecayed;
    private double drawnDecayed;

    /// <summary>Gets how often the region was rebuilt.</summary>
    public ulong RegionBuilds { get; private set; }

    /// <summary>Gets how many queued draws fell below the rising threshold before use.</summary>
    public long DiscardedDraws { get; private set; }

    /// <summary>Gets how many region draws the physical-space ellipsoid rejected without a likelihood call.</summary>
    public long PhysicalRejections { get; private set; }

    private void RebuildRegion()
    {
        region = MLFriendsRegion.Build(liveU, n, d, region, options.Bootstraps, seed, RegionBuilds);
        physical = transformIsAffine ? null : PhysicalEllipsoid.Build(liveP, n, d, options.Bootstraps, seed, RegionBuilds);
        RegionBuilds++;
        regionFailed = false;
    }

    /// <summary>
    /// Returns a point with ln L above <paramref name="logLMin"/>, drawn uniformly from a region that contained the current one.
    /// </summary>
    /// <remarks>
    /// Region draws are evaluated in batches (in parallel). Every accepted draw is queued: a draw uniform in
    /// an earlier, larger region with ln L above an earlier threshold is, conditional on exceeding the
    /// current threshold, uniform in the current constrained prior, so queued draws stay valid until the
    /// threshold passes them (as UltraNest reuses its vectorised draws).
    /// </remarks>
    private bool TryNextPoint(double logLMin, out Candidate next)
    {
        var callsAtStart = Calls;
        while (true)
        {
            while (pending.TryDequeue(out next))
            {
                if (next.LogL > logLMin)
                {
                    return true;
                }

                DiscardedDraws++;
            }

            if (CallBudgetExhausted || consecutiveRegionFailures >= MaxConsecutiveRegionFailures || Calls - callsAtStart > MaxDrawsPerIteration)
            {
                return false;
            }

            DrawBatch(logLMin);
            if (regionFailed)
            {
                RebuildRegion();
            }
        }
    }

    private void DrawBatch(double logLMin)
    {
        var efficiency = (acceptedDecayed + 0.5) / (drawnDecayed + 1);
        var size = (int)Math.Clamp(Math.Ceiling(1.5 / efficiency), options.MinProposalBatch, MaxBatch);
        if (callLimit is { } max)
        {
            size = (int)Math.Max(1, Math.Min(size, max - Calls));
        }

        var u = new double[size * d];
        var p = new double[size * d];
        var logL = new double[size];
        var drawn = new bool[size];
        var first = drawCounter;
        drawCounter += (ulong)size;
        var currentRegion = region!;
        var currentPhysical = physical;
        var rejected = new int[size];
        pool.For(size, (j, worker) =>
        {
            var rng = new RandomStream(seed, RandomPurpose.Proposal, first + (ulong)j);
            var uj = u.AsSpan(j * d, d);
            var pj = p.AsSpan(j * d, d);
            while (true)
            {
                if (!currentRegion.TrySample(ref rng, uj, MaxRegionAttempts))
                {
                    return;
                }

                problem.Prior.Transform(uj, pj);
                if (currentPhysical is null || currentPhysical.Contains(pj))
                {
                    break;
                }

                if (++rejected[j] >= MaxRegionAttempts)
                {
                    return;
                }
            }

            drawn[j] = true;
            logL[j] = pool.Evaluate(worker, pj);
        });

        PhysicalRejections += rejected.Sum();
        var evaluated = 0;
        var accepted = 0;
        for (var j = 0; j < size; j++)
        {
            if (!drawn[j])
            {
                continue;
            }

            evaluated++;
            if (logL[j] > logLMin)
            {
                accepted++;
                pending.Enqueue(new Candidate(u.AsSpan(j * d, d).ToArray(), p.AsSpan(j * d, d).ToArray(), logL[j]));
            }
        }

        Calls += evaluated;
        acceptedDecayed = (0.9 * acceptedDecayed) + accepted;
        drawnDecayed = (0.9 * drawnDecayed) + evaluated;
        regionFailed = evaluated == 0;
        consecutiveRegionFailures = regionFailed ? consecutiveRegionFailures + 1 : 0;
    }

    private readonly record struct Candidate(double[] U, double[] P, double LogL);

    /// <summary>
    /// Whether the prior transform is affine, tested on midpoints of random pairs: T((a + b)/2) = (T(a) + T(b))/2.
    /// </summary>
    /// <remarks>UltraNest builds its physical-space ellipsoid only for non-affine transforms, where it can add information.</remarks>
    private bool IsTransformAffine()
    {
        var rng = new RandomStream(seed, RandomPurpose.AffineCheck, 0);
        Span<double> a = stackalloc double[d];
        Span<double> b = stackalloc double[d];
        Span<double> mid = stackalloc double[d];
        Span<double> pa = stackalloc double[d];
        Span<double> pb = stackalloc double[d];
        Span<double> pm = stackalloc double[d];
        for (var pair = 0; pair < 8; pair++)
        {
            for (var i = 0; i < d; i++)
            {
                a[i] = rng.NextOpenDouble();
                b[i] = rng.NextOpenDouble();
                mid[i] = 0.5 * (a[i] + b[i]);
            }

            problem.Prior.Transform(a, pa);
            problem.Prior.Transform(b, pb);
            problem.Prior.Transform(mid, pm);
            for (var i = 0; i < d; i++)
            {
                var linear = 0.5 * (pa[i] + pb[i]);
                if (Math.Abs(pm[i] - linear) > 1e-9 * (Math.Abs(pa[i]) + Math.Abs(pb[i]) + 1e-300))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
