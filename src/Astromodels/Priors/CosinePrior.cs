namespace Astromodels.Priors;

/// <summary>astromodels' <c>Cosine_Prior</c>: an angle in degrees (a declination) uniform in its sine.</summary>
/// <remarks>
/// Density value cos(x) / ((sin(upper) − sin(lower)) 180/π) on the inclusive bounds, 0 outside,
/// with angles in degrees: for value = 1 it integrates to 1 over the bounds, and it is the
/// isotropic distribution of declination. FromUnitCube(u) = asin(sin(lower) + u (sin(upper) − sin(lower))),
/// which equals astromodels' arccos form. Differences from astromodels: the bounds must lie in
/// [−90, 90] (outside, cos x &lt; 0 would give a negative density), and the degree conversion is
/// exactly 180/π instead of astromodels' 57.29577795 (a 2.7e-8 relative change of the density).
/// </remarks>
public sealed class CosinePrior : IPrior
{
    private const string PriorName = "Cosine_Prior";
    private readonly double _sinLower;
    private readonly double _sinUpper;
    private readonly double _normalisation;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="lowerBound">The lower end of the interval in degrees (inclusive), in [−90, 90].</param>
    /// <param name="upperBound">The upper end of the interval in degrees (inclusive), in [−90, 90] and above <paramref name="lowerBound"/>.</param>
    /// <param name="value">The normalisation (1 for a probability density); finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is outside [−90, 90] or NaN, or <paramref name="value"/> ≤ 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="lowerBound"/> ≥ <paramref name="upperBound"/>.</exception>
    public CosinePrior(double lowerBound = -90, double upperBound = 90, double value = 1)
    {
        LowerBound = PriorGuard.Within(PriorName, "lower_bound", nameof(lowerBound), lowerBound, -90, 90);
        UpperBound = PriorGuard.Within(PriorName, "upper_bound", nameof(upperBound), upperBound, -90, 90);
        PriorGuard.Ordered(PriorName, "lower_bound", "upper_bound", nameof(lowerBound), lowerBound, upperBound);
        Value = PriorGuard.Positive(PriorName, "value", nameof(value), value);
        _sinLower = SinDegrees(lowerBound);
        _sinUpper = SinDegrees(upperBound);
        _normalisation = (_sinUpper - _sinLower) * (180 / Math.PI);
        Parameters =
        [
            new("lower_bound", lowerBound, double.NegativeInfinity, double.PositiveInfinity, true, "Lower end of the interval in degrees (inclusive)"),
            new("upper_bound", upperBound, double.NegativeInfinity, double.PositiveInfinity, true, "Upper end of the interval in degrees (inclusive)"),
            new("value", value, null, null, true, "Normalisation (1 for a probability density)"),
        ];
    }

    /// <summary>The lower end of the interval in degrees (inclusive).</summary>
    public double LowerBound { get; }

    /// <summary>The upper end of the interval in degrees (inclusive).</summary>
    public double UpperBound { get; }

    /// <summary>The normalisation.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x) =>
        x >= LowerBound && x <= UpperBound ? Value * CosDegrees(x) / _normalisation : 0;

    /// <inheritdoc/>
    public double LogDensity(double x) =>
        x >= LowerBound && x <= UpperBound
            ? Math.Log(Value) + Math.Log(CosDegrees(x)) - Math.Log(_normalisation)
            : double.NegativeInfinity;

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        var sine = Math.Clamp(_sinLower + (u * (_sinUpper - _sinLower)), -1, 1);
        return Math.Clamp(Math.Asin(sine) * (180 / Math.PI), LowerBound, UpperBound);
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new CosinePrior(lowerBound: v["lower_bound"], upperBound: v["upper_bound"], value: v["value"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "value");

    // The π-scaled functions are exact at multiples of 90 degrees, so the density is exactly 0 at the poles.
    private static double SinDegrees(double degrees) => double.SinPi(degrees / 180);

    private static double CosDegrees(double degrees) => double.CosPi(degrees / 180);
}
