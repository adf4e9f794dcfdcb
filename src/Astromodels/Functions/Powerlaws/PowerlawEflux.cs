namespace Astromodels.Functions;

/// <summary>A power law normalised by its energy flux F (erg/(cm² s)) between a and b (astromodels' <c>Powerlaw_Eflux</c>):
/// f(x) = F·c / ∫ₐᵇ x^(index+1) dx · (x/piv)^index, with c = 6.24151e8 keV/erg.</summary>
/// <remarks>
/// <para>Defaults: F = 1e-5 in [1e-30, 1e3] (log10), piv = 1 keV (fixed), index = −2 in [−10, 10], a = 1 keV ≥ 0 and
/// b = 100 keV ≥ 0 (both fixed).</para>
/// <para>The conversion c = 6.24151e8 keV/erg is astromodels' truncated constant (the exact value is
/// 6.241509074e8), kept so that fitted normalisations agree with astromodels. As in astromodels the normalising
/// integral ignores piv, so F is the energy flux only when piv = 1 keV. ∫ₐᵇ x^(index+1) dx is evaluated without
/// cancellation near index = −2 (its limit there is ln(b/a)).</para>
/// <para>Integral of xᵏ·f: F·c/∫ₐᵇ x^(index+1) dx · piv^(−index)·(x₂^s − x₁^s)/s with s = index + k + 1.</para>
/// </remarks>
public sealed class PowerlawEflux : Function1D
{
    /// <summary>astromodels' keV per erg (truncated).</summary>
    internal const double KeVPerErg = 6.24151e8;

    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="F">Energy flux between a and b, erg/(cm² s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="a">Lower end of the band defining F, keV.</param>
    /// <param name="b">Upper end of the band defining F, keV.</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public PowerlawEflux(double? F = null, double? index = null, double? a = null, double? b = null, double? piv = null)
        : base([
            new Parameter("F", 1e-5, 1e-30, 1e3, description: "Normalization (energy flux at the between a and b) erg /cm2 s", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot value", free: false),
            new Parameter("index", -2.0, -10, 10, description: "Photon index"),
            new Parameter("a", 1.0, 0, null, description: "lower energy integral bound (keV)", free: false),
            new Parameter("b", 100.0, 0, null, description: "upper energy integral bound (keV)", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (F is { } f) { this.F.Value = f; }
        if (piv is { } p) { Piv.Value = p; }
        if (index is { } i) { Index.Value = i; }
        if (a is { } lo) { A.Value = lo; }
        if (b is { } hi) { B.Value = hi; }
    }

    /// <inheritdoc />
    public override string Name => "Powerlaw_Eflux";

    /// <inheritdoc />
    public override string Latex => @"$F~\left(\frac{x}{piv}\right)^{index} $";

    /// <inheritdoc />
    public override string Description => "A  power-law where the normalization is the energy flux defined between a and b";

    /// <summary>Energy flux between <see cref="A"/> and <see cref="B"/>; unit set as astromodels' (y·x², shown as keV/(cm² s))
    /// although the value is read in erg/(cm² s).</summary>
    public Parameter F => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[2];

    /// <summary>Lower end of the normalization band, keV (fixed by default).</summary>
    public Parameter A => Parameters[3];

    /// <summary>Upper end of the normalization band, keV (fixed by default).</summary>
    public Parameter B => Parameters[4];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var index = Index.Value;
        return Normalization(index) * Math.Pow(x / Piv.Value, index);
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var index = Index.Value;
        var norm = Normalization(index);
        var piv = Piv.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = norm * Math.Pow(x[i] / piv, index);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Index.Unit = Unit.Dimensionless;
        Piv.Unit = xUnit;
        A.Unit = xUnit;
        B.Unit = xUnit;
        F.Unit = yUnit * xUnit * xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new PowerlawEflux();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!CutoffIntegrals.PositiveBin(a, b))
        {
            return false;
        }

        var index = Index.Value;
        value = Normalization(index) * Math.Pow(Piv.Value, -index) * PowerlawIntegrals.PowerIntegral(a, b, index + energyPower + 1);
        return double.IsFinite(value);
    }

    private double Normalization(double index)
    {
        var a = A.Value;
        var b = B.Value;
        var s = index + 2;
        var energyIntegral = a > 0 ? PowerlawIntegrals.PowerIntegral(a, b, s) : Math.Pow(b, s) / s;
        return F.Value / energyIntegral * KeVPerErg;
    }
}
