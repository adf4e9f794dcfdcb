namespace Astromodels.Functions;

/// <summary>A power law with a super-exponential cutoff, f(x) = K (x/piv)^index exp(−(x/xc)^gamma)
/// (astromodels' <c>Super_cutoff_powerlaw</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1 ≥ 1e-50 (log10), piv = 1 keV (fixed), index = −2 in [−10, 10], xc = 10 keV ≥ 1 (log10),
/// gamma = 1 in [0.1, 10].</para>
/// <para>Evaluated as K·exp(index·ln(x/piv) − (x/xc)^gamma), as astromodels does.</para>
/// <para>Integral of xᵏ·f over [x₁, x₂] (substitution t = (x/xc)^γ): K·piv^(−index)·(xc^s/γ)·[Γ(s/γ, (x₁/xc)^γ) −
/// Γ(s/γ, (x₂/xc)^γ)], s = index + k + 1.</para>
/// </remarks>
public sealed class SuperCutoffPowerlaw : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="xc">Cutoff energy, keV.</param>
    /// <param name="gamma">Index of the super-exponential cutoff (dimensionless).</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public SuperCutoffPowerlaw(double? K = null, double? index = null, double? xc = null, double? gamma = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-50, null, description: "Normalization (differential flux at the pivot value)", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot value", free: false),
            new Parameter("index", -2.0, -10, 10, description: "Photon index"),
            new Parameter("xc", 10.0, 1.0, null, description: "Cutoff energy", transformation: ParameterTransformation.Log10),
            new Parameter("gamma", 1.0, 0.1, 10.0, description: "Index of the super-exponential cutoff"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (piv is { } p) { Piv.Value = p; }
        if (index is { } i) { Index.Value = i; }
        if (xc is { } c) { Xc.Value = c; }
        if (gamma is { } g) { Gamma.Value = g; }
    }

    /// <inheritdoc />
    public override string Name => "Super_cutoff_powerlaw";

    /// <inheritdoc />
    public override string Latex => @"$ K~\left(\frac{x}{piv}\right)^{index}~\exp{(-x/xc)^{\gamma}} $";

    /// <inheritdoc />
    public override string Description => "A power law with a super-exponential cutoff";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[2];

    /// <summary>Cutoff energy, keV.</summary>
    public Parameter Xc => Parameters[3];

    /// <summary>Index of the super-exponential cutoff (dimensionless).</summary>
    public Parameter Gamma => Parameters[4];

    /// <inheritdoc />
    public override double Evaluate(double x) =>
        K.Value * Math.Exp(Index.Value * Math.Log(x / Piv.Value) - Math.Pow(x / Xc.Value, Gamma.Value));

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var piv = Piv.Value;
        var index = Index.Value;
        var xc = Xc.Value;
        var gamma = Gamma.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = k * Math.Exp(index * Math.Log(x[i] / piv) - Math.Pow(x[i] / xc, gamma));
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Index.Unit = Unit.Dimensionless;
        Gamma.Unit = Unit.Dimensionless;
        Piv.Unit = xUnit;
        Xc.Unit = xUnit;
        K.Unit = yUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new SuperCutoffPowerlaw();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var xc = Xc.Value;
        var gamma = Gamma.Value;
        if (!CutoffIntegrals.PositiveBin(a, b) || !(xc > 0) || !(gamma > 0))
        {
            return false;
        }

        var index = Index.Value;
        value = K.Value * Math.Pow(Piv.Value, -index) * CutoffIntegrals.SuperExponential(index + energyPower + 1, a, b, xc, gamma);
        return double.IsFinite(value);
    }
}
