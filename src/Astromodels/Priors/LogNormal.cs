namespace Astromodels.Priors;

/// <summary>astromodels' <c>Log_normal</c> prior: ln x is normal with centre mu and width sigma.</summary>
/// <remarks>
/// Density, as astromodels writes it with pivot p:
/// F exp(−(ln(x/p) − mu/p)² / (2 (sigma/p)²)) / (√(2π) (sigma/p)(x/p)) for x &gt; 0, 0 otherwise;
/// with p = 1 (the default, fixed) this is the normalised log-normal distribution.
/// FromUnitCube(u) = exp(mu + sigma Φ⁻¹(u)), ignoring the pivot as astromodels does.
/// <para>
/// Differences from astromodels: its transform returns exp(−1e32) = 0 at both ends (u &lt; 1e-16
/// or 1 − u &lt; 1e-16); here the tail probability is clamped to at least 1e-16, so
/// FromUnitCube(0) = exp(mu − 8.2221 sigma) and FromUnitCube(1) = exp(mu + 8.2221 sigma).
/// √2 is exact here, not astromodels' 1.414213562.
/// </para>
/// </remarks>
public sealed class LogNormal : IPrior
{
    private const string PriorName = "Log_normal";
    private const double MinimumSigma = 1e-12;
    private readonly double _scaledSigma;
    private readonly double _scaledMu;
    private readonly double _logNormalisation;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="mu">The centre of ln x; finite.</param>
    /// <param name="sigma">The standard deviation of ln x; finite and ≥ 1e-12 (astromodels' minimum).</param>
    /// <param name="F">The integral over x &gt; 0; finite and positive.</param>
    /// <param name="piv">The pivot; leave at 1 for a proper log-normal distribution; finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its allowed range or NaN.</exception>
    public LogNormal(double mu = 0, double sigma = 1, double F = 1, double piv = 1)
    {
        this.F = PriorGuard.Positive(PriorName, "F", nameof(F), F);
        Mu = PriorGuard.Finite(PriorName, "mu", nameof(mu), mu);
        Sigma = PriorGuard.AtLeast(PriorName, "sigma", nameof(sigma), sigma, MinimumSigma);
        Piv = PriorGuard.Positive(PriorName, "piv", nameof(piv), piv);
        _scaledSigma = sigma / piv;
        _scaledMu = mu / piv;
        _logNormalisation = Math.Log(F) - StandardNormal.LogSqrt2Pi - Math.Log(_scaledSigma);
        Parameters =
        [
            new("F", F, null, null, true, "Integral over x > 0 (1 for a log-normal distribution)"),
            new("mu", mu, null, null, true, "Centre of ln x"),
            new("sigma", sigma, MinimumSigma, null, true, "Standard deviation of ln x"),
            new("piv", piv, null, null, false, "Pivot (leave at 1 for a proper log-normal distribution)"),
        ];
    }

    /// <summary>The integral over x &gt; 0.</summary>
    public double F { get; }

    /// <summary>The centre of ln x.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation of ln x.</summary>
    public double Sigma { get; }

    /// <summary>The pivot.</summary>
    public double Piv { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x)
    {
        if (!(x > 0))
        {
            return 0;
        }

        // 1/x is folded into the exponent: on its own it overflows for subnormal x.
        var logScaledX = Math.Log(x / Piv);
        var z = (logScaledX - _scaledMu) / _scaledSigma;
        return F * Math.Exp((-0.5 * z * z) - logScaledX) / (Math.Sqrt(2 * Math.PI) * _scaledSigma);
    }

    /// <inheritdoc/>
    public double LogDensity(double x)
    {
        if (!(x > 0))
        {
            return double.NegativeInfinity;
        }

        // ln(x/p) rather than ln x − ln p keeps the subtraction of mu exact for p = 1.
        var logScaledX = Math.Log(x / Piv);
        var z = (logScaledX - _scaledMu) / _scaledSigma;
        return _logNormalisation - logScaledX - (0.5 * z * z);
    }

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        return Math.Exp(Mu + (Sigma * StandardNormal.Quantile(u)));
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new LogNormal(mu: v["mu"], sigma: v["sigma"], F: v["F"], piv: v["piv"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "F", "piv");
}
