namespace Astromodels.Functions;

/// <summary>A cutoff power law parametrised by the inverse cutoff energy: f(x) = K (x/piv)^index exp(−x·b)
/// (astromodels' <c>Inverse_cutoff_powerlaw</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1 in [1e-30, 1e3] (log10), piv = 1 keV (fixed), index = −2 in [−10, 10], b = 1 /keV (unbounded,
/// so b = 0 gives a power law and b &lt; 0 a rising exponential).</para>
/// <para>Integral of xᵏ·f over [x₁, x₂] for b &gt; 0: K·piv^(−index)·b^(−s)·[Γ(s, b·x₁) − Γ(s, b·x₂)], s = index + k + 1;
/// the power-law integral for b = 0; quadrature for b &lt; 0.</para>
/// </remarks>
public sealed class InverseCutoffPowerlaw : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="b">Inverse cutoff energy 1/xc, 1/keV.</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public InverseCutoffPowerlaw(double? K = null, double? index = null, double? b = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-30, 1e3, description: "Normalization (differential flux at the pivot value)", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot value", free: false),
            new Parameter("index", -2.0, -10, 10, description: "Photon index"),
            new Parameter("b", 1.0, description: "inverse cutoff energy i.e 1/xc"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (piv is { } p) { Piv.Value = p; }
        if (index is { } i) { Index.Value = i; }
        if (b is { } inverse) { B.Value = inverse; }
    }

    /// <inheritdoc />
    public override string Name => "Inverse_cutoff_powerlaw";

    /// <inheritdoc />
    public override string Latex => @"$K~\left(\frac{x}{piv}\right)^{index}\exp{(-x~b)} $";

    /// <inheritdoc />
    public override string Description => "A power law multiplied by an exponential cutoff Note, instead of cutoff energy energy parameter xc, b = 1/xc is used";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[2];

    /// <summary>Inverse cutoff energy, 1/keV.</summary>
    public Parameter B => Parameters[3];

    /// <inheritdoc />
    public override double Evaluate(double x) => K.Value * Math.Exp(Index.Value * Math.Log(x / Piv.Value) - x * B.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var piv = Piv.Value;
        var index = Index.Value;
        var inverse = B.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = k * Math.Exp(index * Math.Log(x[i] / piv) - x[i] * inverse);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Index.Unit = Unit.Dimensionless;
        Piv.Unit = xUnit;
        B.Unit = Unit.Dimensionless / xUnit;
        K.Unit = yUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new InverseCutoffPowerlaw();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var inverse = B.Value;
        if (!CutoffIntegrals.PositiveBin(a, b) || !(inverse >= 0))
        {
            return false;
        }

        var index = Index.Value;
        value = K.Value * Math.Pow(Piv.Value, -index) * CutoffIntegrals.Exponential(index + energyPower + 1, a, b, 1 / inverse);
        return double.IsFinite(value);
    }
}
