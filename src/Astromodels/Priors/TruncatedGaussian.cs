namespace Astromodels.Priors;

/// <summary>astromodels' <c>Truncated_gaussian</c> prior: a normal distribution restricted to [lower_bound, upper_bound].</summary>
/// <remarks>
/// Density F φ((x − mu)/sigma) / (sigma Z) on the inclusive bounds, 0 outside, with
/// Z = Φ((upper − mu)/sigma) − Φ((lower − mu)/sigma); either bound may be infinite (a half-normal).
/// FromUnitCube(u) = mu + sigma Φ⁻¹(Φ(a) + u Z), clipped to the bounds as in astromodels.
/// <para>
/// Z and the inverse are evaluated in whichever tail keeps full precision, so an interval far
/// out in a tail (say 10 to 12 sigma) still works; astromodels computes 0.5 + 0.5 erf(...) and
/// gets 0/0 there. On an infinite side u is kept 1e-16 away from that end, so the transform is
/// always finite. √2 is exact here, not astromodels' 1.414213562.
/// </para>
/// </remarks>
public sealed class TruncatedGaussian : IPrior
{
    private const string PriorName = "Truncated_gaussian";
    private const double MinimumSigma = 1e-12;
    private readonly double _lowerZ;
    private readonly double _upperZ;
    private readonly double _mass;
    private readonly double _logMass;
    private readonly double _logNormalisation;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="mu">The centre of the untruncated normal; finite.</param>
    /// <param name="sigma">Its standard deviation; finite and ≥ 1e-12 (astromodels' minimum).</param>
    /// <param name="lowerBound">The lower end of the support (inclusive); may be −∞.</param>
    /// <param name="upperBound">The upper end of the support (inclusive); may be +∞; greater than <paramref name="lowerBound"/>.</param>
    /// <param name="F">The integral over the support; finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its allowed range or NaN.</exception>
    /// <exception cref="ArgumentException">The bounds are not ordered, or the interval holds no representable probability.</exception>
    public TruncatedGaussian(double mu = 0, double sigma = 1, double lowerBound = -1, double upperBound = 1, double F = 1)
    {
        this.F = PriorGuard.Positive(PriorName, "F", nameof(F), F);
        Mu = PriorGuard.Finite(PriorName, "mu", nameof(mu), mu);
        Sigma = PriorGuard.AtLeast(PriorName, "sigma", nameof(sigma), sigma, MinimumSigma);
        LowerBound = PriorGuard.Within(PriorName, "lower_bound", nameof(lowerBound), lowerBound, double.NegativeInfinity, double.MaxValue);
        UpperBound = PriorGuard.Within(PriorName, "upper_bound", nameof(upperBound), upperBound, -double.MaxValue, double.PositiveInfinity);
        PriorGuard.Ordered(PriorName, "lower_bound", "upper_bound", nameof(lowerBound), lowerBound, upperBound);
        _lowerZ = (lowerBound - mu) / sigma;
        _upperZ = (upperBound - mu) / sigma;
        _mass = InUpperTail
            ? StandardNormal.Survival(_lowerZ) - StandardNormal.Survival(_upperZ)
            : StandardNormal.Cdf(_upperZ) - StandardNormal.Cdf(_lowerZ);
        if (!(_mass > 0))
        {
            throw new ArgumentException(
                $"{PriorName}: the interval [{PriorGuard.Format(lowerBound)}, {PriorGuard.Format(upperBound)}] lies too far in the "
                + $"tail of N(mu = {PriorGuard.Format(mu)}, sigma = {PriorGuard.Format(sigma)}) to hold any representable probability.",
                nameof(lowerBound));
        }

        _logMass = Math.Log(_mass);
        _logNormalisation = Math.Log(F) - Math.Log(sigma) - StandardNormal.LogSqrt2Pi - _logMass;
        Parameters =
        [
            new("F", F, null, null, true, "Integral over the support"),
            new("mu", mu, null, null, true, "Centre of the untruncated normal"),
            new("sigma", sigma, MinimumSigma, null, true, "Standard deviation of the untruncated normal"),
            new("lower_bound", lowerBound, null, null, true, "Lower end of the support (inclusive; -inf for a half-normal)"),
            new("upper_bound", upperBound, null, null, true, "Upper end of the support (inclusive; +inf for a half-normal)"),
        ];
    }

    /// <summary>The integral over the support.</summary>
    public double F { get; }

    /// <summary>The centre of the untruncated normal.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of the untruncated normal.</summary>
    public double Sigma { get; }

    /// <summary>The lower end of the support (inclusive).</summary>
    public double LowerBound { get; }

    /// <summary>The upper end of the support (inclusive).</summary>
    public double UpperBound { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    // When the interval lies above the centre, its upper-tail probabilities are the small, exact ones.
    private bool InUpperTail => _lowerZ >= 0;

    /// <inheritdoc/>
    public double Density(double x)
    {
        if (!(x >= LowerBound && x <= UpperBound))
        {
            return 0;
        }

        var z = (x - Mu) / Sigma;
        // The mass is folded into the exponent: sigma × mass can underflow to 0.
        return F * Math.Exp((-0.5 * z * z) - _logMass) / (Sigma * Math.Sqrt(2 * Math.PI));
    }

    /// <inheritdoc/>
    public double LogDensity(double x)
    {
        if (!(x >= LowerBound && x <= UpperBound))
        {
            return double.NegativeInfinity;
        }

        var z = (x - Mu) / Sigma;
        return _logNormalisation - (0.5 * z * z);
    }

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        if (double.IsNegativeInfinity(LowerBound))
        {
            u = Math.Max(u, StandardNormal.TailProbability);
        }

        if (double.IsPositiveInfinity(UpperBound))
        {
            u = Math.Min(u, 1 - StandardNormal.TailProbability);
        }

        // Invert whichever tail probability is below one half: it carries full relative precision.
        var p = InUpperTail ? 1 : StandardNormal.Cdf(_lowerZ) + (u * _mass);
        var z = p <= 0.5
            ? StandardNormal.LowerTailQuantile(p)
            : StandardNormal.UpperTailQuantile(StandardNormal.Survival(_upperZ) + ((1 - u) * _mass));
        return Math.Clamp(Mu + (Sigma * z), LowerBound, UpperBound);
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new TruncatedGaussian(
            mu: v["mu"], sigma: v["sigma"], lowerBound: v["lower_bound"], upperBound: v["upper_bound"], F: v["F"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "F");
}
