using System.Globalization;

namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>One importance nested sampling run: exploration with shrinking bounds, then sampling until the goals are met.</summary>
/// <remarks>
/// Exploration (Lange 2023, §3): the live set is the <c>LivePoints</c> highest-likelihood points among all
/// evaluated so far; a bound (union of ellipsoids) is fitted around it, and points are drawn from that bound until
/// <c>LivePoints</c>/2 of them have entered the live set, which raises its likelihood threshold; then a new bound is
/// fitted. It stops when the live set's share of Z, estimated as its volume times its mean likelihood, is at most
/// <c>FracRemain</c>. Sampling: batches are drawn from the bound whose shell (points whose deepest bound it is)
/// contributes most to 1/ESS per point, until Kish's ESS and the ln Z error meet <c>MinEss</c> and <c>Dlogz</c>.
/// Every evaluated point, exploration included, keeps its exact mixture weight (<see cref="SampleStore"/>).
/// </remarks>
internal sealed partial class ImportanceRun
{
    private const int MaxBounds = 2000;
    private const int ProgressInterval = 2000;

    /// <summary>The fewest live points an ellipsoid of a bound is fitted to.</summary>
    /// <remarks>
    /// Nautilus uses d + 50 with its 2000–3000 live points. With 100 live points that would never split, and the
    /// tutorial's curved contours then cost a third more calls (24,908 against 18,862 on seeds 1–3, GBM Band 12,566
    /// against 8,112); 25 (at least 2(d + 1)) splits them into 2–3 ellipsoids with the same ln Z coverage.
    /// </remarks>
    private int MinPointsPerEllipsoid => Math.Max(25, 2 * (d + 1));
    private readonly ImportanceNestedSampler options;
    private readonly SamplingProblem problem;
    private readonly LikelihoodPool pool;
    private readonly IProgress<SamplerProgress>? progress;
    private readonly CancellationToken cancellationToken;
    private readonly int d;
    private readonly int live;
    private readonly List<EllipsoidUnion?> bounds = [];
    private readonly LiveSet liveSet;
    private long nextReport = ProgressInterval;

    public ImportanceRun(ImportanceNestedSampler options, SamplingProblem problem, LikelihoodPool pool, IProgress<SamplerProgress>? progress, CancellationToken cancellationToken)
    {
        this.options = options;
        this.problem = problem;
        this.pool = pool;
        this.progress = progress;
        this.cancellationToken = cancellationToken;
        d = problem.Dimension;
        live = options.LivePoints;
        Store = new SampleStore(d);
        liveSet = new LiveSet(live);
        drawOne = DrawOne;
    }

    public SampleStore Store { get; }

    public long Calls => Store.Count;

    /// <summary>Gets the bounds fitted during exploration (the unit cube excluded).</summary>
    public int ExplorationBounds => bounds.Count - 1;

    public string StopReason { get; private set; } = string.Empty;

    /// <summary>Gets the likelihood calls of the exploration phase.</summary>
    public long ExplorationCalls { get; private set; }

    public bool StoppedEarly { get; private set; }

    public void Execute()
    {
        bounds.Add(null);
        Store.AddBound(null, pool);
        DrawBatch(0, live, double.PositiveInfinity);
        if (double.IsNegativeInfinity(Store.MaxLogLikelihood))
        {
            throw new InvalidOperationException(Invariant(
                $"The log-likelihood is -inf or non-finite at all {live} initial prior draws ({pool.NonFiniteCount} returned NaN or +inf); importance nested sampling needs some finite values. Check the likelihood and the prior ranges."));
        }

        StopReason = Explore() ?? string.Empty;
        ExplorationCalls = Calls;
        if (!StoppedEarly)
        {
            StopReason = Sample();
        }

        progress?.Report(new SamplerProgress(bounds.Count, Calls, Summary().LogZ, 0));
    }

    private string? Explore()
    {
        var current = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var liveFraction = LiveFraction();
            var threshold = liveSet.Threshold;
            if (liveFraction <= options.FracRemain)
            {
                return null;
            }

            if (BudgetExhausted || bounds.Count >= MaxBounds)
            {
                StoppedEarly = true;
                return Invariant($"exploration stopped by {(BudgetExhausted ? $"MaxNcalls = {options.MaxNcalls}" : $"{MaxBounds} bounds")} with {liveFraction:G3} of Z in the live set; ln Z is incomplete");
            }

            var union = EllipsoidUnion.Build(Store.UnitCube, liveSet.Rows.ToArray(), d, options.EnlargePerDimension, MinPointsPerEllipsoid);
            if (union.LogVolumeSum < 0)
            {
                bounds.Add(union);
                current = bounds.Count - 1;
                Store.AddBound(union, pool);
            }

            // Draw until half a live set has entered above the threshold, or 10 live sets of calls (nautilus's n_like_new_bound).
            var entered = 0;
            var callsBefore = Calls;
            while (entered < Math.Max(1, live / 2) && Calls - callsBefore < 10L * live && !BudgetExhausted)
            {
                entered += DrawBatch(current, Math.Max(options.MinProposalBatch, live / 4), threshold);
            }
        }
    }

    private string Sample()
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var summary = Summary();
            if (summary.Ess >= options.MinEss && summary.LogZError <= options.Dlogz)
            {
                return Invariant($"ESS {summary.Ess:F0} >= MinEss = {options.MinEss} and ln Z error {summary.LogZError:F3} <= Dlogz = {options.Dlogz}");
            }

            if (BudgetExhausted)
            {
                StoppedEarly = true;
                return Invariant($"MaxNcalls = {options.MaxNcalls} reached with ESS {summary.Ess:F0} and ln Z error {summary.LogZError:F3}");
            }

            DrawBatch(NeediestShell(), Math.Max(options.MinProposalBatch, live / 4), double.PositiveInfinity);
        }
    }

    private bool BudgetExhausted => options.MaxNcalls is { } max && Calls >= max;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
