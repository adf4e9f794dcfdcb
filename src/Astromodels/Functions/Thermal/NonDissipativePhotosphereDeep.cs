namespace Astromodels.Functions;

/// <summary>The spectrum of a non-dissipative GRB photosphere below the saturation radius,
/// f(x) = K (x/piv)^0.66 exp(−x/ec) (astromodels' <c>NonDissipativePhotosphere_Deep</c>).</summary>
/// <remarks>
/// <para>Acuner, Ryde &amp; Yu 2019, MNRAS 487, 5508. Defaults: K = 1e-4 ≥ 0, ec = 200 keV ≥ 0, piv = 100 keV (fixed).</para>
/// <para>Integral of xᵏ·f over [x₁, x₂]: the cutoff power law of <see cref="CutoffPowerlaw"/> with index 0.66,
/// K·piv^(−0.66)·ec^s·[Γ(s, x₁/ec) − Γ(s, x₂/ec)], s = 1.66 + k.</para>
/// </remarks>
public sealed class NonDissipativePhotosphereDeep : Function1D
{
    private const double Index = 0.66;

    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="ec">Cutoff ("peak") energy, keV.</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public NonDissipativePhotosphereDeep(double? K = null, double? ec = null, double? piv = null)
        : base([
            new Parameter("K", 1e-4, 0.0, null, description: "", isNormalization: true),
            new Parameter("ec", 200.0, 0.0, null, description: "peak energy"),
            new Parameter("piv", 100.0, description: "the pivot energy", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (ec is { } e) { Ec.Value = e; }
        if (piv is { } p) { Piv.Value = p; }
    }

    /// <inheritdoc />
    public override string Name => "NonDissipativePhotosphere_Deep";

    /// <inheritdoc />
    public override string Latex => @"$N_{\mathrm{E}}=K\left(\frac{E}{E_{\mathrm{pivot}}}\right)^{0.66} e^{-\left(\frac{E}{E_{c}}\right)}$";

    /// <inheritdoc />
    public override string Description => "Non-dissipative photosphere of a GRB occuring BELOW the saturation radius. Acuner, Z., Ryde, F. & Yu, H.-F. Mon Not R Astron Soc 487, 5508–5519 (2019).";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Cutoff ("peak") energy, keV.</summary>
    public Parameter Ec => Parameters[1];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[2];

    /// <inheritdoc />
    public override double Evaluate(double x) =>
        K.Value * Math.Exp(Index * Math.Log(x / Piv.Value) - x / Ec.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var ec = Ec.Value;
        var piv = Piv.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = k * Math.Exp(Index * Math.Log(x[i] / piv) - x[i] / ec);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        Ec.Unit = xUnit;
        Piv.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new NonDissipativePhotosphereDeep();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var ec = Ec.Value;
        if (!CutoffIntegrals.PositiveBin(a, b) || !(ec > 0))
        {
            return false;
        }

        value = K.Value * Math.Pow(Piv.Value, -Index) * CutoffIntegrals.Exponential(Index + energyPower + 1, a, b, ec);
        return double.IsFinite(value);
    }
}
