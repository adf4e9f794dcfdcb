using System.Globalization;
using Astromodels.Numerics;

namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Nested sampling with MLFriends regions: the algorithm of UltraNest, which 3ML calls "ultranest".</summary>
/// <remarks>
/// <para>
/// Live points are drawn from the prior unit cube; each iteration removes the lowest-likelihood point and
/// replaces it by a draw from the MLFriends region (Buchner 2016, Stat. Comput. 26, 383; 2019, PASP 131,
/// 108005) that has a higher likelihood. The evidence is integrated by Skilling's (2004, 2006)
/// quadrature; the run stops when the live points hold at most <see cref="FracRemain"/> of Z
/// (UltraNest's rule), after which the live points are added to the integral. The region is rebuilt
/// whenever the prior volume has shrunk by <see cref="UpdateIntervalVolumeFraction"/>; between rebuilds
/// it follows the replaced live points. For a non-affine prior transform a bootstrapped ellipsoid in
/// parameter space rejects region draws before the likelihood is called (UltraNest's <c>tregion</c>).
/// </para>
/// <para>
/// Defaults are 3ML's UltraNest settings. Output depends on <see cref="Seed"/> and the options, never on
/// <see cref="MaxDegreeOfParallelism"/>: each region draw has its own random stream keyed by its index.
/// If the merged result misses <see cref="Dlogz"/> (statistical ln Z error) or <see cref="MinEss"/>,
/// improvement loops add independent runs and merge them, where UltraNest widens the live set in the
/// likelihood ranges that need it. Other differences from UltraNest: the ln Z error comes from
/// simulated volume shrinkage (Skilling 2006) rather than bootstrapped live-point threads; no step
/// sampler; no wrapped parameters; the FracRemain/Dlogz consistency check uses the intended
/// ln(1 + FracRemain) &gt; Dlogz (UltraNest's sign makes it never fire).
/// </para>
/// </remarks>
public sealed class NestedSampler : ISampler
{
    /// <summary>Gets the 3ML name, "ultranest".</summary>
    public string Name => "ultranest";

    /// <summary>Gets the number of live points (UltraNest <c>min_num_live_points</c>, default 400; raised to ⌈√1000/<see cref="Dlogz"/>⌉ if lower, as UltraNest does).</summary>
    /// <remarks>Region building takes O(n²d) time (distances computed one row at a time, no n×n matrix is kept); sampling one point costs O(nd).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int MinNumLivePoints
    {
        get;
        init => field = value >= 2 ? value : throw OutOfRange(nameof(MinNumLivePoints), value, "at least 2 (and at least 2(d + 1) for d parameters)");
    } = 400;

    /// <summary>Gets the target statistical ln Z error (UltraNest <c>dlogz</c>, default 0.5); improvement loops run until it is reached.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double Dlogz
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw OutOfRange(nameof(Dlogz), value, "a positive finite number");
    } = 0.5;

    /// <summary>Gets the largest fraction of Z left in the live points at termination (UltraNest <c>frac_remain</c>, 3ML default 0.01).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1).</exception>
    public double FracRemain
    {
        get;
        init => field = value > 0 && value < 1 ? value : throw OutOfRange(nameof(FracRemain), value, "in the open interval (0, 1)");
    } = 0.01;

    /// <summary>Gets the effective sample size wanted (UltraNest <c>min_ess</c>, default 400); improvement loops run until it is reached.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinEss
    {
        get;
        init => field = value >= 0 ? value : throw OutOfRange(nameof(MinEss), value, "zero or positive");
    } = 400;

    /// <summary>Gets the likelihood-call budget (UltraNest <c>max_ncalls</c>); null for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long? MaxNcalls
    {
        get;
        init => field = value is null or > 0 ? value : throw OutOfRange(nameof(MaxNcalls), value, "positive or null");
    }

    /// <summary>Gets the seed of all random streams of the run (default 1).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Gets the number of worker threads (default: all processors); does not change the results.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init => field = value is null or > 0 ? value : throw OutOfRange(nameof(MaxDegreeOfParallelism), value, "positive or null");
    }

    /// <summary>Gets the number of leave-out bootstrap rounds per region (UltraNest <c>num_bootstraps</c>, default 30).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Bootstraps
    {
        get;
        init => field = value >= 1 ? value : throw OutOfRange(nameof(Bootstraps), value, "at least 1");
    } = 30;

    /// <summary>Gets the volume shrinkage after which the region is rebuilt (UltraNest <c>update_interval_volume_fraction</c>, default 0.8).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1).</exception>
    public double UpdateIntervalVolumeFraction
    {
        get;
        init => field = value > 0 && value < 1 ? value : throw OutOfRange(nameof(UpdateIntervalVolumeFraction), value, "in the open interval (0, 1)");
    } = 0.8;

    /// <summary>Gets the largest number of improvement loops (extra merged runs) used to reach <see cref="Dlogz"/> and <see cref="MinEss"/>; null for no limit (UltraNest <c>max_num_improvement_loops = -1</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxImprovementLoops
    {
        get;
        init => field = value is null or >= 0 ? value : throw OutOfRange(nameof(MaxImprovementLoops), value, "zero, positive or null");
    }

    /// <summary>Gets the smallest number of region draws evaluated together (default 4); the results depend on it, the thread count does not.</summary>
    /// <remarks>
    /// Batches grow to about 1.5/efficiency draws as the region's acceptance falls; early in a run they stay
    /// at this minimum, which bounds the parallelism. For slow likelihoods set it to the number of cores:
    /// accepted draws not needed at once are queued and used in the next iterations, so few are wasted.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MinProposalBatch
    {
        get;
        init => field = value >= 1 ? value : throw OutOfRange(nameof(MinProposalBatch), value, "at least 1");
    } = 4;

    /// <summary>Runs nested sampling on <paramref name="problem"/>.</summary>
    /// <param name="problem">Parameters, prior and likelihood.</param>
    /// <param name="progress">Receives a report every few hundred iterations.</param>
    /// <param name="cancellationToken">Stops the run with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>Equal-weight samples, weighted dead points, ln Z and diagnostics.</returns>
    /// <exception cref="ArgumentException">The options conflict with each other or with the problem's dimension.</exception>
    /// <exception cref="InvalidOperationException">The prior transform returned non-finite values, or the likelihood is −∞ (or non-finite) at every initial prior draw.</exception>
    public SamplerRun Run(SamplingProblem problem, IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        // UltraNest tests -log1p(frac_remain) > dlogz, which can never hold; the intended bound is used.
        if (AccurateMath.Log1p(FracRemain) > Dlogz)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "FracRemain = {0} cannot reach Dlogz = {1}: the remainder alone may bias ln Z by ln(1 + FracRemain); set FracRemain below {2:G3}.",
                FracRemain, Dlogz, Math.Exp(Dlogz) - 1), nameof(FracRemain));
        }

        var d = problem.Dimension;
        if (LivePoints < 2 * (d + 1))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "MinNumLivePoints = {0} is too small for {1} parameters; the MLFriends bootstrap needs at least 2(d + 1) = {2} live points.",
                MinNumLivePoints, d, 2 * (d + 1)), nameof(problem));
        }

        return new NestedSampling(this, problem, progress, cancellationToken).Execute();
    }

    /// <summary>Gets the live points actually used: <see cref="MinNumLivePoints"/>, raised to ⌈√1000/<see cref="Dlogz"/>⌉ as UltraNest does.</summary>
    internal int LivePoints => Math.Max(MinNumLivePoints, (int)Math.Ceiling(Math.Sqrt(1000) / Dlogz));

    private static ArgumentOutOfRangeException OutOfRange(string option, object? value, string expected) =>
        SamplerOptionError.OutOfRange(nameof(NestedSampler), option, value, expected);
}
