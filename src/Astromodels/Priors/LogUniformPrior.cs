namespace Astromodels.Priors;

/// <summary>astromodels' <c>Log_uniform_prior</c>: K/x on the open interval (lower_bound, upper_bound), 0 outside.</summary>
/// <remarks>
/// As in astromodels the density is K/x, unnormalised (the normalised form would divide by
/// ln(upper/lower)), and the bounds are excluded. FromUnitCube(u) = 10^(log₁₀ lower + u Δlog₁₀),
/// i.e. uniform in log x.
/// </remarks>
public sealed class LogUniformPrior : IPrior
{
    private const string PriorName = "Log_uniform_prior";
    private const double MinimumBound = 1e-30;
    private readonly double _logLower;
    private readonly double _logUpper;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="lowerBound">The lower end of the interval (excluded); finite and ≥ 1e-30 (astromodels' minimum).</param>
    /// <param name="upperBound">The upper end of the interval (excluded); finite and greater than <paramref name="lowerBound"/>.</param>
    /// <param name="K">The normalisation of K/x; finite and positive (fixed by default in astromodels).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite or below 1e-30, or <paramref name="K"/> ≤ 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="lowerBound"/> ≥ <paramref name="upperBound"/>.</exception>
    public LogUniformPrior(double lowerBound = 1e-20, double upperBound = 100, double K = 1)
    {
        LowerBound = PriorGuard.AtLeast(PriorName, "lower_bound", nameof(lowerBound), lowerBound, MinimumBound);
        UpperBound = PriorGuard.AtLeast(PriorName, "upper_bound", nameof(upperBound), upperBound, MinimumBound);
        PriorGuard.Ordered(PriorName, "lower_bound", "upper_bound", nameof(lowerBound), lowerBound, upperBound);
        this.K = PriorGuard.Positive(PriorName, "K", nameof(K), K);
        _logLower = Math.Log10(lowerBound);
        _logUpper = Math.Log10(upperBound);
        Parameters =
        [
            new("lower_bound", lowerBound, MinimumBound, double.PositiveInfinity, true, "Lower end of the interval (excluded)"),
            new("upper_bound", upperBound, MinimumBound, double.PositiveInfinity, true, "Upper end of the interval (excluded)"),
            new("K", K, null, null, false, "Normalisation of K/x"),
        ];
    }

    /// <summary>The lower end of the interval (excluded).</summary>
    public double LowerBound { get; }

    /// <summary>The upper end of the interval (excluded).</summary>
    public double UpperBound { get; }

    /// <summary>The normalisation of K/x.</summary>
    public double K { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x) => x > LowerBound && x < UpperBound ? K / x : 0;

    /// <inheritdoc/>
    public double LogDensity(double x) => x > LowerBound && x < UpperBound ? Math.Log(K) - Math.Log(x) : double.NegativeInfinity;

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        return Math.Pow(10, _logLower + (u * (_logUpper - _logLower)));
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new LogUniformPrior(lowerBound: v["lower_bound"], upperBound: v["upper_bound"], K: v["K"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "K");
}
