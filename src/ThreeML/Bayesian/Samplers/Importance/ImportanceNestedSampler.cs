using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>Importance nested sampling in the manner of nautilus: shrinking ellipsoid-union bounds, every evaluated point weighted.</summary>
/// <remarks>
/// <para>
/// Nautilus (Lange 2023, MNRAS 525, 3181) explores like nested sampling, but keeps every likelihood call:
/// each point, accepted by a threshold or not, is an importance sample of the mixture of all bounds drawn from,
/// so ln Z and the posterior come from importance weights and their accuracy no longer depends on the number
/// of live points (nested sampling's √(H/n)). Here each bound is a union of ellipsoids around the live set,
/// enlarged by <see cref="EnlargePerDimension"/> per axis, and drawn from with the exactly known density
/// n(x)/ΣV (no shell volumes are estimated); nautilus's neural-network refinement of the bounds is not used.
/// Exploration ends when the live set holds at most <see cref="FracRemain"/> of Z (nautilus <c>f_live</c>);
/// sampling then adds points where they raise the effective sample size most, until it reaches
/// <see cref="MinEss"/> and the ln Z error <see cref="Dlogz"/>.
/// </para>
/// <para>
/// The samples are equal-weight rows resampled from the weighted points, as for <see cref="Nested.NestedSampler"/>.
/// The ln Z error is the importance-sampling standard error; adaptivity of the bounds makes the estimator
/// consistent rather than exactly unbiased (as nautilus without <c>discard_exploration</c>). Output depends on
/// <see cref="Seed"/> and the options, never on <see cref="MaxDegreeOfParallelism"/>.
/// </para>
/// </remarks>
public sealed class ImportanceNestedSampler : ISampler
{
    /// <summary>Gets the 3ML name, "nautilus".</summary>
    public string Name => "nautilus";

    /// <summary>Gets the number of live points whose bound guides the exploration (3ML <c>n_live</c>; default 100, where nautilus and 3ML use 3000 to train their networks).</summary>
    /// <remarks>Unlike nested sampling, accuracy does not grow with it: it sets how finely the bounds follow the likelihood contours, and the calls grow about linearly with it.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 10.</exception>
    public int LivePoints
    {
        get;
        init => field = value >= 10 ? value : throw OutOfRange(nameof(LivePoints), value, "at least 10 (and at least 2(d + 1) for d parameters)");
    } = 100;

    /// <summary>Gets the largest share of Z left in the live set when exploration ends (nautilus <c>f_live</c>, default 0.01).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside (0, 1).</exception>
    public double FracRemain
    {
        get;
        init => field = value > 0 && value < 1 ? value : throw OutOfRange(nameof(FracRemain), value, "in the open interval (0, 1)");
    } = 0.01;

    /// <summary>Gets the target statistical ln Z error (default 0.1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public double Dlogz
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw OutOfRange(nameof(Dlogz), value, "a positive finite number");
    } = 0.1;

    /// <summary>Gets the effective sample size wanted, Kish's (Σw)²/Σw² (default 400, UltraNest's <c>min_ess</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinEss
    {
        get;
        init => field = value >= 0 ? value : throw OutOfRange(nameof(MinEss), value, "zero or positive");
    } = 400;

    /// <summary>Gets the factor by which each ellipsoid's axes are enlarged beyond its points (nautilus <c>enlarge_per_dim</c>, default 1.1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or not finite.</exception>
    public double EnlargePerDimension
    {
        get;
        init => field = value >= 1 && double.IsFinite(value) ? value : throw OutOfRange(nameof(EnlargePerDimension), value, "a finite number of at least 1");
    } = 1.1;

    /// <summary>Gets the likelihood-call budget; null for none.</summary>
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

    /// <summary>Gets the smallest number of draws evaluated together (default 4; batches are otherwise a quarter of <see cref="LivePoints"/>); the results depend on it, the thread count does not.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MinProposalBatch
    {
        get;
        init => field = value >= 1 ? value : throw OutOfRange(nameof(MinProposalBatch), value, "at least 1");
    } = 4;

    /// <summary>Runs importance nested sampling on <paramref name="problem"/>.</summary>
    /// <param name="problem">Parameters, prior and likelihood.</param>
    /// <param name="progress">Receives a report every few thousand calls.</param>
    /// <param name="cancellationToken">Stops the run with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>Equal-weight samples, the weighted points, ln Z and diagnostics.</returns>
    /// <exception cref="ArgumentException">There are too few live points for the problem's dimension.</exception>
    /// <exception cref="InvalidOperationException">The prior transform returned non-finite values, or the likelihood is −∞ (or non-finite) at every initial prior draw.</exception>
    public SamplerRun Run(SamplingProblem problem, IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var d = problem.Dimension;
        if (LivePoints < 2 * (d + 1))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "LivePoints = {0} is too small for {1} parameters; an ellipsoid bound needs at least 2(d + 1) = {2} live points.",
                LivePoints, d, 2 * (d + 1)), nameof(problem));
        }

        var clock = Stopwatch.StartNew();
        var pool = new LikelihoodPool(problem, MaxDegreeOfParallelism, cancellationToken);
        var run = new ImportanceRun(this, problem, pool, progress, cancellationToken);
        run.Execute();
        return run.BuildResult(clock.Elapsed);
    }

    private static ArgumentOutOfRangeException OutOfRange(string option, object? value, string expected) =>
        SamplerOptionError.OutOfRange(nameof(ImportanceNestedSampler), option, value, expected);
}
