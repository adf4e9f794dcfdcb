namespace Astromodels.Priors;

/// <summary>astromodels' <c>Uniform_prior</c>: constant on [lower_bound, upper_bound], 0 outside.</summary>
/// <remarks>
/// As in astromodels the density is the <c>value</c> parameter inside the (inclusive) bounds, not
/// 1/(upper − lower): it is unnormalised, which only shifts the log posterior by a constant.
/// FromUnitCube(u) = lower + u (upper − lower).
/// </remarks>
public sealed class UniformPrior : IPrior
{
    private const string PriorName = "Uniform_prior";

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="lowerBound">The lower end of the interval (inclusive); finite.</param>
    /// <param name="upperBound">The upper end of the interval (inclusive); finite and greater than <paramref name="lowerBound"/>.</param>
    /// <param name="value">The density inside the interval; finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite, or <paramref name="value"/> ≤ 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="lowerBound"/> ≥ <paramref name="upperBound"/>.</exception>
    public UniformPrior(double lowerBound = 0, double upperBound = 1, double value = 1)
    {
        LowerBound = PriorGuard.Finite(PriorName, "lower_bound", nameof(lowerBound), lowerBound);
        UpperBound = PriorGuard.Finite(PriorName, "upper_bound", nameof(upperBound), upperBound);
        PriorGuard.Ordered(PriorName, "lower_bound", "upper_bound", nameof(lowerBound), lowerBound, upperBound);
        Value = PriorGuard.Positive(PriorName, "value", nameof(value), value);
        Parameters =
        [
            new("lower_bound", lowerBound, double.NegativeInfinity, double.PositiveInfinity, true, "Lower end of the interval (inclusive)"),
            new("upper_bound", upperBound, double.NegativeInfinity, double.PositiveInfinity, true, "Upper end of the interval (inclusive)"),
            new("value", value, null, null, true, "Density inside the interval"),
        ];
    }

    /// <summary>The lower end of the interval (inclusive).</summary>
    public double LowerBound { get; }

    /// <summary>The upper end of the interval (inclusive).</summary>
    public double UpperBound { get; }

    /// <summary>The density inside the interval.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x) => x >= LowerBound && x <= UpperBound ? Value : 0;

    /// <inheritdoc/>
    public double LogDensity(double x) => x >= LowerBound && x <= UpperBound ? Math.Log(Value) : double.NegativeInfinity;

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        var spread = UpperBound - LowerBound;

        // The spread overflows for bounds near ±double.MaxValue; the weighted form cannot.
        return double.IsFinite(spread)
            ? Math.Min(LowerBound + (u * spread), UpperBound)
            : (LowerBound * (1 - u)) + (UpperBound * u);
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new UniformPrior(lowerBound: v["lower_bound"], upperBound: v["upper_bound"], value: v["value"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "value");
}
