namespace Astromodels.Priors;

/// <summary>astromodels' <c>Gaussian</c> prior: F N(x; mu, sigma).</summary>
/// <remarks>
/// Density F exp(−(x − mu)²/(2 sigma²)) / (sigma √(2π)); FromUnitCube(u) = mu + sigma Φ⁻¹(u).
/// <para>
/// Difference from astromodels: its <c>from_unit_cube</c> returns −1e32 at both ends (u &lt; 1e-16
/// or 1 − u &lt; 1e-16). Here the tail probability min(u, 1 − u) is clamped to at least 1e-16, so the
/// transform stays finite, monotone and symmetric: FromUnitCube(0) = mu − 8.2221 sigma and
/// FromUnitCube(1) = mu + 8.2221 sigma. astromodels also uses √2 ≈ 1.414213562 in the transform
/// (a 2.6e-10 relative error in the deviate); here √2 is exact.
/// </para>
/// </remarks>
public sealed class GaussianPrior : IPrior
{
    private const string PriorName = "Gaussian";
    private const double MinimumSigma = 1e-12;
    private readonly double _logNormalisation;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="mu">The centre; finite.</param>
    /// <param name="sigma">The standard deviation; finite and ≥ 1e-12 (astromodels' minimum).</param>
    /// <param name="F">The integral over the real line (1 for a normal distribution); finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its allowed range or NaN.</exception>
    public GaussianPrior(double mu = 0, double sigma = 1, double F = 1)
    {
        this.F = PriorGuard.Positive(PriorName, "F", nameof(F), F);
        Mu = PriorGuard.Finite(PriorName, "mu", nameof(mu), mu);
        Sigma = PriorGuard.AtLeast(PriorName, "sigma", nameof(sigma), sigma, MinimumSigma);
        _logNormalisation = Math.Log(F) - Math.Log(sigma) - StandardNormal.LogSqrt2Pi;
        Parameters =
        [
            new("F", F, null, null, true, "Integral over the real line (1 for a normal distribution)"),
            new("mu", mu, null, null, true, "Centre"),
            new("sigma", sigma, MinimumSigma, null, true, "Standard deviation"),
        ];
    }

    /// <summary>The integral over the real line.</summary>
    public double F { get; }

    /// <summary>The centre.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation.</summary>
    public double Sigma { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x)
    {
        if (double.IsNaN(x))
        {
            return 0;
        }

        var z = (x - Mu) / Sigma;
        return F / (Sigma * Math.Sqrt(2 * Math.PI)) * Math.Exp(-0.5 * z * z);
    }

    /// <inheritdoc/>
    public double LogDensity(double x)
    {
        if (double.IsNaN(x))
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
        return Mu + (Sigma * StandardNormal.Quantile(u));
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new GaussianPrior(mu: v["mu"], sigma: v["sigma"], F: v["F"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "F");
}
