namespace Astromodels.Functions;

/// <summary>A straight line, f(x) = b·x + a (astromodels' <c>Line</c>); also the default link law (a = 0, b = 1).</summary>
/// <remarks>Defaults: a = 0, b = 1, both free and unbounded. Units: a in y, b in y/x.</remarks>
public sealed class Line : Function1D
{
    /// <summary>Creates a line; omitted arguments take astromodels' defaults.</summary>
    /// <param name="a">Intercept, in the unit of y.</param>
    /// <param name="b">Slope, in the unit of y/x.</param>
    public Line(double? a = null, double? b = null)
        : base([
            new Parameter("a", 0.0, description: "intercept"),
            new Parameter("b", 1.0, description: "coeff"),
        ])
    {
        if (a is { } intercept) { A.Value = intercept; }
        if (b is { } slope) { B.Value = slope; }
    }

    /// <inheritdoc />
    public override string Name => "Line";

    /// <inheritdoc />
    public override string Latex => "$ b * x + a $";

    /// <inheritdoc />
    public override string Description => "A linear function";

    /// <summary>Intercept, in the unit of y.</summary>
    public Parameter A => Parameters[0];

    /// <summary>Slope, in the unit of y/x.</summary>
    public Parameter B => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x) => B.Value * x + A.Value;

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        A.Unit = yUnit;
        B.Unit = yUnit / xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Line();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        // ∫ x^k (B x + A) dx = B (b^(k+2) − a^(k+2))/(k+2) + A (b^(k+1) − a^(k+1))/(k+1)
        var k = energyPower;
        value = B.Value * (Math.Pow(b, k + 2) - Math.Pow(a, k + 2)) / (k + 2) + A.Value * (Math.Pow(b, k + 1) - Math.Pow(a, k + 1)) / (k + 1);
        return true;
    }
}
