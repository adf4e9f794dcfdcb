using System.Globalization;

namespace ThreeML.Bayesian.Samplers.Ensemble;

/// <summary>The affine-invariant ensemble sampler of Goodman &amp; Weare (2010), as emcee implements it; 3ML calls it "emcee".</summary>
/// <remarks>
/// <para>
/// Walkers move by the stretch move Y = X_j + z (X_k − X_j), with z drawn from g(z) ∝ 1/√z on
/// [1/a, a] and acceptance probability min(1, z^(d−1) p(Y)/p(X_k)). The ensemble is split in two
/// halves that update in turn against each other (Foreman-Mackey et al. 2013, PASP 125, 306, §3),
/// which makes each half's proposals independent and lets them run in parallel. The split is
/// randomised every step, as emcee's <c>RedBlueMove</c> does.
/// </para>
/// <para>
/// The target is ln p = ln π + ln L; outside the prior support ln p = −∞ and the likelihood is not
/// called (§5 [Q1]: never an exception). As in 3ML, <see cref="BurnIn"/> steps are run and discarded
/// before <see cref="Iterations"/> kept steps. Results depend on <see cref="Seed"/> only, never on
/// <see cref="MaxDegreeOfParallelism"/>.
/// </para>
/// </remarks>
public sealed class EnsembleSampler : ISampler
{
    /// <summary>Gets the 3ML name, "emcee".</summary>
    public string Name => "emcee";

    /// <summary>Gets the number of walkers (3ML configuration default 50; at least twice the dimension).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 4.</exception>
    public int Walkers
    {
        get;
        init => field = value >= 4 ? value : throw OutOfRange(nameof(Walkers), value, "at least 4 (and at least 2d for d parameters)");
    } = 50;

    /// <summary>Gets the number of steps kept after burn-in (3ML <c>n_iterations</c>, configuration default 500).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Iterations
    {
        get;
        init => field = value >= 1 ? value : throw OutOfRange(nameof(Iterations), value, "at least 1");
    } = 500;

    /// <summary>Gets the number of discarded burn-in steps; null means <see cref="Iterations"/>/4 (3ML <c>n_burn_in</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? BurnIn
    {
        get;
        init => field = value is null or >= 0 ? value : throw OutOfRange(nameof(BurnIn), value, "zero, positive or null");
    }

    /// <summary>Gets the thinning: kept steps k − 1, 2k − 1, … are returned for k = <see cref="Thin"/>, as emcee's <c>get_chain(thin=k)</c> (default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Thin
    {
        get;
        init => field = value >= 1 ? value : throw OutOfRange(nameof(Thin), value, "at least 1");
    } = 1;

    /// <summary>Gets the stretch scale a (emcee default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not above 1.</exception>
    public double StretchScale
    {
        get;
        init => field = value > 1 && double.IsFinite(value) ? value : throw OutOfRange(nameof(StretchScale), value, "a finite number above 1");
    } = 2.0;

    /// <summary>Gets the seed of all random streams (3ML configuration default 5123).</summary>
    public long Seed { get; init; } = 5123;

    /// <summary>Gets the centre of the starting ball (physical values); null starts the walkers from prior draws.</summary>
    public IReadOnlyList<double>? StartValues { get; init; }

    /// <summary>Gets the relative radius of the starting ball: each coordinate is start × (1 + s·N(0, 1)), or s·N(0, 1) when start is 0 (3ML <c>get_randomized_value(0.1)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public double InitialSpread
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw OutOfRange(nameof(InitialSpread), value, "a positive finite number");
    } = 0.1;

    /// <summary>Gets the number of worker threads (default: all processors); does not change the results.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init => field = value is null or > 0 ? value : throw OutOfRange(nameof(MaxDegreeOfParallelism), value, "positive or null");
    }

    /// <summary>Runs the ensemble sampler on <paramref name="problem"/>.</summary>
    /// <param name="problem">Parameters, prior and likelihood.</param>
    /// <param name="progress">Receives a report every 100 steps.</param>
    /// <param name="cancellationToken">Stops the run with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The thinned, flattened chain with acceptance fraction and autocorrelation times.</returns>
    /// <exception cref="ArgumentException">The options do not fit the problem (walkers, start values, burn-in).</exception>
    /// <exception cref="InvalidOperationException">No starting position inside the prior support was found for a walker.</exception>
    public SamplerRun Run(SamplingProblem problem, IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var d = problem.Dimension;
        if (Walkers < 2 * d)
        {
            throw new ArgumentException(Invariant($"Walkers = {Walkers} is fewer than twice the {d} parameters; the stretch move needs at least {2 * d} walkers (emcee's rule)."), nameof(problem));
        }

        if (Thin > Iterations)
        {
            throw new ArgumentException(Invariant($"Thin = {Thin} exceeds Iterations = {Iterations}; no step would be kept."), nameof(problem));
        }

        if (StartValues is not null && StartValues.Count != d)
        {
            throw new ArgumentException(Invariant($"StartValues has {StartValues.Count} values but the problem has {d} parameters."), nameof(problem));
        }

        if (StartValues is not null && StartValues.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException(Invariant($"StartValues ({string.Join(", ", StartValues)}) must all be finite."), nameof(problem));
        }

        return new EnsembleRun(this, problem, progress, cancellationToken).Execute();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static ArgumentOutOfRangeException OutOfRange(string option, object? value, string expected) =>
        SamplerOptionError.OutOfRange(nameof(EnsembleSampler), option, value, expected);
}
