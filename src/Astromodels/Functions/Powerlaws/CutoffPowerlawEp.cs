namespace Astromodels.Functions;

/// <summary>A cutoff power law parametrised by the peak xp of x²·f(x) (νFν): f(x) = K (x/piv)^index exp(−x (2 + index)/xp)
/// (astromodels' <c>Cutoff_powerlaw_Ep</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1 in [1e-30, 1e3] (log10), piv = 1 keV (fixed), index = −2 in [−10, 10], xp = 500 keV in
/// [10, 1e4] (log10).</para>
/// <para>The cutoff energy is xc = xp/(2 + index); at index = −2 it is +∞ (a pure power law), as in astromodels. For
/// index &lt; −2 the "cutoff" is a rising exponential (evaluated as written; there is no νFν peak then).</para>
/// <para>Integral of xᵏ·f for index &gt; −2: K·piv^(−index)·xc^s·[Γ(s, a/xc) − Γ(s, b/xc)], s = index + k + 1; the plain
/// power-law integral at index = −2; quadrature for index &lt; −2.</para>
/// </remarks>
public sealed class CutoffPowerlawEp : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="xp">Peak energy of x²·f(x), keV.</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public CutoffPowerlawEp(double? K = null, double? index = null, double? xp = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-30, 1e3, description: "Normalization (differential flux at the pivot value)", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot value", free: false),
            new Parameter("index", -2.0, -10, 10, description: "Photon index"),
            new Parameter("xp", 500.0, 10, 1e4, description: "peak in the x * x * N (nuFnu if x is a energy)", transformation: ParameterTransformation.Log10),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (piv is { } p) { Piv.Value = p; }
        if (index is { } i) { Index.Value = i; }
        if (xp is { } e) { Xp.Value = e; }
    }

    /// <inheritdoc />
    public override string Name => "Cutoff_powerlaw_Ep";

    /// <inheritdoc />
    public override string Latex => @"$ K~\left(\frac{x}{piv}\right)^{index}~\exp{-\left(x~(2+index)\right)/xp} $";

    /// <inheritdoc />
    public override string Description => "A power law multiplied by an exponential cutoff parametrized with Ep";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[2];

    /// <summary>Peak energy of x²·f(x) (the νFν peak), keV.</summary>
    public Parameter Xp => Parameters[3];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var index = Index.Value;
        return K.Value * Math.Exp(index * Math.Log(x / Piv.Value) - x / Cutoff(index, Xp.Value));
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var piv = Piv.Value;
        var index = Index.Value;
        var xc = Cutoff(index, Xp.Value);
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
        if (!SpanKernels.TryCutoffPowerLaw(grid, K.Value, Piv.Value, Index.Value, Cutoff(Index.Value, Xp.Value), destination))
        {
            Evaluate(grid.Energies, destination);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Index.Unit = Unit.Dimensionless;
        Piv.Unit = xUnit;
        Xp.Unit = xUnit;
        K.Unit = yUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new CutoffPowerlawEp();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var index = Index.Value;
        var xc = Cutoff(index, Xp.Value);
        if (!CutoffIntegrals.PositiveBin(a, b) || !(xc > 0))
        {
            return false;
        }

        value = K.Value * Math.Pow(Piv.Value, -index) * CutoffIntegrals.Exponential(index + energyPower + 1, a, b, xc);
        return double.IsFinite(value);
    }

    private static double Cutoff(double index, double xp) => index != -2.0 ? xp / (2 + index) : double.PositiveInfinity;
}
