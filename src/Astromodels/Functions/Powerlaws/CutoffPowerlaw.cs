namespace Astromodels.Functions;

/// <summary>A power law with an exponential cutoff, f(x) = K (x/piv)^index exp(−x/xc) (astromodels' <c>Cutoff_powerlaw</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1 in [1e-30, 1e3] (log10), piv = 1 keV (fixed), index = −2 in [−10, 10], xc = 10 keV ≥ 1 (log10).</para>
/// <para>Evaluated as K·exp(index·ln(x/piv) − x/xc), as astromodels does, so that a large power times a vanishing
/// exponential neither overflows nor becomes NaN.</para>
/// <para>Integral of xᵏ·f over [a, b]: K·piv^(−index)·xc^s·[Γ(s, a/xc) − Γ(s, b/xc)] with s = index + k + 1, valid for
/// any real s (see <c>Numerics.IncompleteGamma</c>).</para>
/// </remarks>
public sealed class CutoffPowerlaw : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="xc">Cutoff energy, keV.</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public CutoffPowerlaw(double? K = null, double? index = null, double? xc = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-30, 1e3, description: "Normalization (differential flux at the pivot value)", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot value", free: false),
            new Parameter("index", -2.0, -10, 10, description: "Photon index"),
            new Parameter("xc", 10.0, 1.0, null, description: "Cutoff energy", transformation: ParameterTransformation.Log10),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (piv is { } p) { Piv.Value = p; }
        if (index is { } i) { Index.Value = i; }
        if (xc is { } c) { Xc.Value = c; }
    }

    /// <inheritdoc />
    public override string Name => "Cutoff_powerlaw";

    /// <inheritdoc />
    public override string Latex => @"$ K~\left(\frac{x}{piv}\right)^{index}~\exp{-x/xc} $";

    /// <inheritdoc />
    public override string Description => "A power law multiplied by an exponential cutoff";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[2];

    /// <summary>Cutoff energy, keV.</summary>
    public Parameter Xc => Parameters[3];

    /// <inheritdoc />
    public override double Evaluate(double x) => K.Value * Math.Exp(Index.Value * Math.Log(x / Piv.Value) - x / Xc.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var piv = Piv.Value;
        var index = Index.Value;
        var xc = Xc.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = k * Math.Exp(index * Math.Log(x[i] / piv) - x[i] / xc);
        }
    }

    /// <inheritdoc />
    /// <remarks>One SIMD exponential per energy from the grid's ln E (<see cref="SpanKernels.TryCutoffPowerLaw"/>), within
    /// 2e-13 relative of <see cref="Evaluate(ReadOnlySpan{double}, Span{double})"/>, which it falls back to outside that
    /// kernel's domain.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        if (!SpanKernels.TryCutoffPowerLaw(grid, K.Value, Piv.Value, Index.Value, Xc.Value, destination))
        {
            Evaluate(grid.Energies, destination);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Index.Unit = Unit.Dimensionless;
        Piv.Unit = xUnit;
        Xc.Unit = xUnit;
        K.Unit = yUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new CutoffPowerlaw();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var xc = Xc.Value;
        if (!CutoffIntegrals.PositiveBin(a, b) || !(xc > 0))
        {
            return false;
        }

        var index = Index.Value;
        value = K.Value * Math.Pow(Piv.Value, -index) * CutoffIntegrals.Exponential(index + energyPower + 1, a, b, xc);
        return double.IsFinite(value);
    }
}
