namespace Astromodels.Functions;

/// <summary>A constant, f(x) = k (astromodels' <c>Constant</c>).</summary>
/// <remarks>Defaults: k = 0, free and unbounded. Integral of xᵏ·f over [x₁, x₂]: k·(x₂^(n) − x₁^(n))/n, n = k + 1.</remarks>
public sealed class Constant : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="k">The constant, in the unit of y.</param>
    public Constant(double? k = null)
        : base([new Parameter("k", 0.0, description: "Constant value")])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (k is { } value) { K.Value = value; }
    }

    /// <inheritdoc />
    public override string Name => "Constant";

    /// <inheritdoc />
    public override string Latex => "$ k $";

    /// <inheritdoc />
    public override string Description => "Return k";

    /// <summary>The constant, in the unit of y.</summary>
    public Parameter K => Parameters[0];

    /// <inheritdoc />
    public override double Evaluate(double x) => K.Value;

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        destination[..x.Length].Fill(K.Value);
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit) => K.Unit = yUnit;

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Constant();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = PolynomialIntegrals.Integrate([K.Value], a, b, energyPower);
        return double.IsFinite(value);
    }
}
