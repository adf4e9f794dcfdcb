namespace Astromodels.Functions;

/// <summary>A function that is <c>value</c> exactly at <c>zero_point</c> and 0 elsewhere (astromodels' <c>DiracDelta</c>).</summary>
/// <remarks>
/// <para>Defaults: value = 0, zero_point = 0 (fixed).</para>
/// <para>Despite its name this is a pointwise indicator, not a distribution: it is non-zero on a single point, so every
/// bin integral is exactly 0 (the closed form used here). Adaptive quadrature would return a spurious non-zero value
/// when a node happens to fall on zero_point.</para>
/// </remarks>
public sealed class DiracDelta : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="value">The value at the zero point, in the unit of y.</param>
    /// <param name="zero_point">The point where the function is non-zero, keV.</param>
    public DiracDelta(double? value = null, double? zero_point = null)
        : base([
            new Parameter("value", 0.0, description: "Constant value"),
            new Parameter("zero_point", 0.0, description: "value at which function is non-zero", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (value is { } v) { Value.Value = v; }
        if (zero_point is { } z) { ZeroPoint.Value = z; }
    }

    /// <inheritdoc />
    public override string Name => "DiracDelta";

    /// <inheritdoc />
    public override string Latex => @"$ \delta(x) = \begin{cases} \mathrm{value}, & x = \mathrm{zero\_point}, \\ 0, & x \neq \mathrm{zero\_point} \end{cases} $";

    /// <inheritdoc />
    public override string Description => "return  at zero_point";

    /// <summary>The value at the zero point, in the unit of y.</summary>
    public Parameter Value => Parameters[0];

    /// <summary>The point where the function is non-zero, keV (fixed by default).</summary>
    public Parameter ZeroPoint => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x) => x == ZeroPoint.Value ? Value.Value : 0.0;

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Value.Unit = yUnit;
        ZeroPoint.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new DiracDelta();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        return true;
    }
}
