namespace Astromodels.Functions;

/// <summary>A function equal to <c>value</c> on [lower_bound, upper_bound] (both ends included) and 0 elsewhere
/// (astromodels' <c>StepFunction</c>).</summary>
/// <remarks>Defaults: lower_bound = 0, upper_bound = 1, value = 1, all free and unbounded. Integral of xᵏ·f over [x₁, x₂]:
/// value·(h^(k+1) − l^(k+1))/(k + 1) over the overlap [l, h] of the bin with the interval (the end points have measure 0).</remarks>
public sealed class StepFunction : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="lower_bound">Lower end of the interval, keV.</param>
    /// <param name="upper_bound">Upper end of the interval, keV.</param>
    /// <param name="value">Value inside the interval, in the unit of y.</param>
    public StepFunction(double? lower_bound = null, double? upper_bound = null, double? value = null)
        : base([
            new Parameter("lower_bound", 0.0, description: "Lower bound for the interval"),
            new Parameter("upper_bound", 1.0, description: "Upper bound for the interval"),
            new Parameter("value", 1.0, description: "Value in the interval"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (lower_bound is { } lo) { LowerBound.Value = lo; }
        if (upper_bound is { } hi) { UpperBound.Value = hi; }
        if (value is { } v) { Value.Value = v; }
    }

    /// <inheritdoc />
    public override string Name => "StepFunction";

    /// <inheritdoc />
    public override string Latex => @"$ f(x)= \begin{cases} 0 & x < \text{lower\_bound} \\ \text{value} & \text{lower\_bound} \le x \le \text{upper\_bound} \\ 0 & x > \text{upper\_bound} \end{cases} $";

    /// <inheritdoc />
    public override string Description => "A function which is constant on the interval lower_bound - upper_bound and 0 outside the interval. The extremes of the interval are counted as part of the interval.";

    /// <summary>Lower end of the interval (included), keV.</summary>
    public Parameter LowerBound => Parameters[0];

    /// <summary>Upper end of the interval (included), keV.</summary>
    public Parameter UpperBound => Parameters[1];

    /// <summary>Value inside the interval, in the unit of y.</summary>
    public Parameter Value => Parameters[2];

    /// <inheritdoc />
    public override double Evaluate(double x) => x >= LowerBound.Value && x <= UpperBound.Value ? Value.Value : 0.0;

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        LowerBound.Unit = xUnit;
        UpperBound.Unit = xUnit;
        Value.Unit = yUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new StepFunction();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        StepIntegral(a, b, energyPower, LowerBound.Value, UpperBound.Value, Value.Value, out value);

    /// <summary>∫ xᵏ·value over [a, b] ∩ [lower, upper]; false for a reversed bin.</summary>
    internal static bool StepIntegral(double a, double b, int energyPower, double lower, double upper, double level, out double value)
    {
        value = 0;
        if (!(b >= a) || !double.IsFinite(a) || !double.IsFinite(b))
        {
            return false;
        }

        var lo = Math.Max(a, lower);
        var hi = Math.Min(b, upper);
        if (hi > lo)
        {
            var n = energyPower + 1;
            value = level * PolynomialIntegrals.PowerDifference(lo, hi, n) / n;
        }

        return double.IsFinite(value);
    }
}
