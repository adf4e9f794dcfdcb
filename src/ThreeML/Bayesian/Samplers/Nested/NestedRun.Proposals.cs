namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class NestedRun
{
    private const int MaxRegionAttempts = 100_000;
    private const int MaxBatch = 4096;
    private const int MaxConsecutiveRegionFailures = 3;
    private const long MaxDrawsPerIteration = 2_000_000;

    private readonly CandidateQueue pending;
    private readonly BootstrapScratch buildScratch = new();
    private readonly Action<int, int> drawOne;
    private double[] batchU = [];
    private double[] batchP = [];
    private double[] batchLogL = [];
    private bool[] batchDrawn = [];
    private int[] batchRejected = [];
    private ulong batchFirst;
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
        region = MLFriendsRegion.Build(liveU, n, d, region, options.Bootstraps, seed, RegionBuilds, buildScratch);
        physical = transformIsAffine ? null : PhysicalEllipsoid.Build(liveP, n, d, options.Bootstraps, seed, RegionBuilds, buildScratch);
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
    /// <returns>The slot of the point in the queue of draws, readable until the next draw is queued; −1 if none could be drawn.</returns>
    private int TryNextPoint(double logLMin)
    {
        var callsAtStart = Calls;
        while (true)
        {
            for (var slot = pending.Dequeue(); slot >= 0; slot = pending.Dequeue())
            {
                if (pending.LogLikelihood(slot) > logLMin)
                {
                    return slot;
                }

                DiscardedDraws++;
            }

            if (CallBudgetExhausted || consecutiveRegionFailures >= MaxConsecutiveRegionFailures || Calls - callsAtStart > MaxDrawsPerIteration)
            {
                return -1;
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

        EnsureBatchCapacity(size);
        Array.Clear(batchDrawn, 0, size);
        Array.Clear(batchRejected, 0, size);
        batchFirst = drawCounter;
        drawCounter += (ulong)size;
        pool.For(size, drawOne);
        for (var j = 0; j < size; j++)
        {
            PhysicalRejections += batchRejected[j];
        }

        var evaluated = 0;
        var accepted = 0;
        for (var j = 0; j < size; j++)
        {
            if (!batchDrawn[j])
            {
                continue;
            }

            evaluated++;
            if (batchLogL[j] > logLMin)
            {
                accepted++;
                pending.Enqueue(batchU.AsSpan(j * d, d), batchP.AsSpan(j * d, d), batchLogL[j]);
            }
        }

        Calls += evaluated;
        acceptedDecayed = (0.9 * acceptedDecayed) + accepted;
        drawnDecayed = (0.9 * drawnDecayed) + evaluated;
        regionFailed = evaluated == 0;
        consecutiveRegionFailures = regionFailed ? consecutiveRegionFailures + 1 : 0;
    }

    /// <summary>Draws item <paramref name="j"/> of the current batch from the region (and the physical ellipsoid) and evaluates it on worker <paramref name="worker"/>.</summary>
    /// <remarks>Each item has its own random stream keyed by its index in the run, so a batch's results do not depend on which worker draws which item.</remarks>
    private void DrawOne(int j, int worker)
    {
        var rng = new RandomStream(seed, RandomPurpose.Proposal, batchFirst + (ulong)j);
        var uj = batchU.AsSpan(j * d, d);
        var pj = batchP.AsSpan(j * d, d);
        var currentRegion = region!;
        while (true)
        {
            if (!currentRegion.TrySample(ref rng, uj, MaxRegionAttempts))
            {
                return;
            }

            problem.Prior.Transform(uj, pj);
            if (physical is null || physical.Contains(pj))
            {
                break;
            }

            if (++batchRejected[j] >= MaxRegionAttempts)
            {
                return;
            }
        }

        batchDrawn[j] = true;
        batchLogL[j] = pool.Evaluate(worker, pj);
    }

    private void EnsureBatchCapacity(int size)
    {
        if (batchLogL.Length >= size)
        {
            return;
        }

        var capacity = Math.Max(size, 2 * batchLogL.Length);
        batchU = new double[capacity * d];
        batchP = new double[capacity * d];
        batchLogL = new double[capacity];
        batchDrawn = new bool[capacity];
        batchRejected = new int[capacity];
    }

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
