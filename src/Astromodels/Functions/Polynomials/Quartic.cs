namespace Astromodels.Functions;

/// <summary>A quartic, f(x) = a + b·x + c·x² + d·x³ + e·x⁴ (astromodels' <c>Quartic</c>).</summary>
/// <remarks>Defaults: a = b = c = d = e = 1, free and unbounded. Units: a in y, b in y/x, c in y/x², d in y/x³, e in y/x⁴. Integral of xᵏ·f: term by
/// term, Σⱼ cⱼ (x₂ⁿ − x₁ⁿ)/n with n = j + k + 1.</remarks>
public sealed class Quartic : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="a">Constant coefficient, in the unit of y.</param>
    /// <param name="b">Linear coefficient, in y/x.</param>
    /// <param name="c">Quadratic coefficient, in y/x².</param>
    /// <param name="d">Cubic coefficient, in y/x³.</param>
    /// <param name="e">Quartic coefficient, in y/x⁴.</param>
    public Quartic(double? a = null, double? b = null, double? c = null, double? d = null, double? e = null)
        : base([
            new Parameter("a", 1.0, description: "coefficient"),
            new Parameter("b", 1.0, description: "coefficient"),
            new Parameter("c", 1.0, description: "coefficient"),
            new Parameter("d", 1.0, description: "coefficient"),
            new Parameter("e", 1.0, description: "coefficient"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (a is { } va) { A.Value = va; }
        if (b is { } vb) { B.Value = vb; }
        if (c is { } vc) { C.Value = vc; }
        if (d is { } vd) { D.Value = vd; }
        if (e is { } ve) { E.Value = ve; }
    }

    /// <inheritdoc />
    public override string Name => "Quartic";

    /// <inheritdoc />
    public override string Latex => @"$ a + b \cdot x + c \cdot x^2 + d \cdot x^3 + e \cdot x^4$";

    /// <inheritdoc />
    public override string Description => "A quartic function";

    /// <summary>Constant coefficient, in the unit of y.</summary>
    public Parameter A => Parameters[0];

    /// <summary>Linear coefficient, in y/x.</summary>
    public Parameter B => Parameters[1];

    /// <summary>Quadratic coefficient, in y/x².</summary>
    public Parameter C => Parameters[2];

    /// <summary>Cubic coefficient, in y/x³.</summary>
    public Parameter D => Parameters[3];

    /// <summary>Quartic coefficient, in y/x⁴.</summary>
    public Parameter E => Parameters[4];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var x2 = x * x;
        var x3 = x2 * x;
        var x4 = x3 * x;
        return A.Value + B.Value * x + C.Value * x2 + D.Value * x3 + E.Value * x4;
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        A.Unit = yUnit;
        B.Unit = yUnit / xUnit;
        C.Unit = yUnit / xUnit.Pow(2);
        D.Unit = yUnit / xUnit.Pow(3);
        E.Unit = yUnit / xUnit.Pow(4);
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Quartic();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = PolynomialIntegrals.Integrate([A.Value, B.Value, C.Value, D.Value, E.Value], a, b, energyPower);
        return double.IsFinite(value);
    }
}
