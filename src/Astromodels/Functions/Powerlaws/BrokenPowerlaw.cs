namespace Astromodels.Functions;

/// <summary>A broken power law (astromodels' <c>Broken_powerlaw</c>): f(x) = K (x/piv)^alpha below xb and
/// K (xb/piv)^(alpha−beta) (x/piv)^beta from xb on, continuous at xb.</summary>
/// <remarks>
/// <para>Defaults: K = 1 ≥ 1e-50 (log10), xb = 10 keV ≥ 1 (log10), alpha = −1.5 and beta = −2.5 in [−10, 10],
/// piv = 1 keV (fixed). With piv = 1 keV, K is the flux at 1 keV, not at the break (astromodels' description says
/// "differential flux at x_b", which holds only for piv = xb).</para>
/// <para>Integral of xᵏ·f: the two power-law integrals (x₂^s − x₁^s)/s on either side of xb.</para>
/// </remarks>
public sealed class BrokenPowerlaw : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization, 1/(cm² keV s).</param>
    /// <param name="xb">Break energy, keV.</param>
    /// <param name="alpha">Photon index below the break (dimensionless).</param>
    /// <param name="beta">Photon index above the break (dimensionless).</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public BrokenPowerlaw(double? K = null, double? xb = null, double? alpha = null, double? beta = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-50, null, description: "Normalization (differential flux at x_b)", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("xb", 10.0, 1.0, null, description: "Break point", transformation: ParameterTransformation.Log10),
            new Parameter("alpha", -1.5, -10, 10, description: "Index before the break xb"),
            new Parameter("beta", -2.5, -10, 10, description: "Index after the break xb"),
            new Parameter("piv", 1.0, description: "Pivot energy", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (xb is { } x) { Xb.Value = x; }
        if (alpha is { } a) { Alpha.Value = a; }
        if (beta is { } b) { Beta.Value = b; }
        if (piv is { } p) { Piv.Value = p; }
    }

    /// <inheritdoc />
    public override string Name => "Broken_powerlaw";

    /// <inheritdoc />
    public override string Latex => @"$ f(x)= K~\begin{cases}\left( \frac{x}{x_{b}} \right)^{\alpha} & x < x_{b} \\ \left( \frac{x}{x_{b}} \right)^{\beta} & x \ge x_{b} \end{cases} $";

    /// <inheritdoc />
    public override string Description => "A broken power law function";

    /// <summary>Normalization, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Break energy, keV.</summary>
    public Parameter Xb => Parameters[1];

    /// <summary>Photon index below the break (dimensionless).</summary>
    public Parameter Alpha => Parameters[2];

    /// <summary>Photon index above the break (dimensionless).</summary>
    public Parameter Beta => Parameters[3];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[4];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var xb = Xb.Value;
        var piv = Piv.Value;
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        return x < xb
            ? K.Value * Math.Pow(x / piv, alpha)
            : K.Value * Math.Pow(xb / piv, alpha - beta) * Math.Pow(x / piv, beta);
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var xb = Xb.Value;
        var piv = Piv.Value;
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        var factor = Math.Pow(xb / piv, alpha - beta);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] < xb ? k * Math.Pow(x[i] / piv, alpha) : k * factor * Math.Pow(x[i] / piv, beta);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        Xb.Unit = xUnit;
        Alpha.Unit = Unit.Dimensionless;
        Beta.Unit = Unit.Dimensionless;
        Piv.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new BrokenPowerlaw();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!CutoffIntegrals.PositiveBin(a, b) || b < a)
        {
            return false;
        }

        var k = K.Value;
        var xb = Xb.Value;
        var piv = Piv.Value;
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        if (a < xb)
        {
            value += k * Math.Pow(piv, -alpha) * PowerlawIntegrals.PowerIntegral(a, Math.Min(b, xb), alpha + energyPower + 1);
        }

        if (b > xb)
        {
            value += k * Math.Pow(xb / piv, alpha - beta) * Math.Pow(piv, -beta)
                * PowerlawIntegrals.PowerIntegral(Math.Max(a, xb), b, beta + energyPower + 1);
        }

        return double.IsFinite(value);
    }
}
