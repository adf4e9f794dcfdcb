using ThreeML.Fitting;

namespace ThreeML.TimeSeries;

/// <summary>Settings of <see cref="TimeResolvedAnalysis.Fit(IReadOnlyList{TimeInterval}, IReadOnlyList{DataList}, Astromodels.Model, TimeResolvedOptions?, CancellationToken)"/>.</summary>
/// <remarks>Every random draw of interval i comes from its own stream seeded with <see cref="Seed"/> + i, and the
/// global search of every interval uses <see cref="GlobalOptions"/> unchanged, so a result depends on its interval
/// and these settings only — never on <see cref="MaxDegreeOfParallelism"/> or on the order in which intervals finish.</remarks>
public sealed record TimeResolvedOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static TimeResolvedOptions Default { get; } = new();

    /// <summary>Gets the number of covariance draws kept per interval for fluxes and derived quantities (3ML: 5000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int Samples
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Samples), value, "Samples must be positive.");
    } = 5000;

    /// <summary>Gets the seed of interval 0's covariance draws; interval i uses <c>Seed + i</c> (default 5000, the
    /// seed of a single <see cref="JointLikelihood.Fit"/>).</summary>
    public int Seed { get; init; } = 5000;

    /// <summary>Gets the most intervals fitted at once; null means one per core.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "MaxDegreeOfParallelism must be positive or null.");
    }

    /// <summary>Gets the search strategy of every interval's fit (global by default, as <see cref="JointLikelihood"/>).</summary>
    public FitStrategy Strategy { get; init; } = FitStrategy.Global;

    /// <summary>Gets the settings of the global search, the same for every interval.</summary>
    public GlobalOptions GlobalOptions { get; init; } = GlobalOptions.Default;

    /// <summary>Gets the minimizer of every interval's fit; null for <see cref="JointLikelihood"/>'s default (MIGRAD). It
    /// is shared by the intervals' fits, which run at once: the minimizers of ThreeML keep no state between calls.</summary>
    public IMinimizer? Minimizer { get; init; }

    /// <summary>Gets the most descents of each interval's fit until one is valid (<see cref="JointLikelihood.MaxAttempts"/>, 10).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxAttempts
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, "MaxAttempts must be positive.");
    } = 10;
}
