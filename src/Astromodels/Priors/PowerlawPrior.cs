namespace Astromodels.Priors;

/// <summary>astromodels' <c>Powerlaw_Prior</c>: density ∝ (x − a)^(alpha − 1) on [a, b] (scipy.stats.powerlaw).</summary>
/// <remarks>
/// Density α ((x − a)/d)^(α−1) / d with d = b − a on the closed interval [a, b] (infinite at a when
/// α &lt; 1, as in scipy), 0 outside. FromUnitCube(u) = a + d u^(1/α).
/// </remarks>
public sealed class PowerlawPrior : IPrior
{
    private const string PriorName = "Powerlaw_Prior";
    private readonly double _width;
    private readonly double _logNormalisation;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="alpha">The slope: the density goes as (x − a)^(alpha − 1); finite and positive.</param>
    /// <param name="a">The lower end of the support; finite and ≥ 0 (astromodels' minimum).</param>
    /// <param name="b">The upper end of the support; finite, ≥ 0 and greater than <paramref name="a"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> ≤ 0, a negative bound, or a value that is not finite.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> ≥ <paramref name="b"/>.</exception>
    public PowerlawPrior(double alpha = 1, double a = 0, double b = 1)
    {
        Alpha = PriorGuard.Positive(PriorName, "alpha", nameof(alpha), alpha);
        A = PriorGuard.AtLeast(PriorName, "a", nameof(a), a, 0);
        B = PriorGuard.AtLeast(PriorName, "b", nameof(b), b, 0);
        PriorGuard.Ordered(PriorName, "a", "b", nameof(a), a, b);
        _width = b - a;
        _logNormalisation = Math.Log(alpha) - Math.Log(_width);
        Parameters =
        [
            new("alpha", alpha, 0, null, true, "Slope: the density goes as (x - a)^(alpha - 1)"),
            new("a", a, 0, null, true, "Lower end of the support"),
            new("b", b, 0, null, true, "Upper end of the support"),
        ];
    }

    /// <summary>The slope: the density goes as (x − a)^(alpha − 1).</summary>
    public double Alpha { get; }

    /// <summary>The lower end of the support.</summary>
    public double A { get; }

    /// <summary>The upper end of the support.</summary>
    public double B { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    /// <remarks>Evaluated as exp(<see cref="LogDensity"/>), which handles alpha = 1 at x = a without 0⁰.</remarks>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <inheritdoc/>
    public double LogDensity(double x) =>
        x >= A && x <= B
            ? _logNormalisation + PriorMath.XLogY(Alpha - 1, (x - A) / _width)
            : double.NegativeInfinity;

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        return Math.Min(A + (_width * Math.Pow(u, 1 / Alpha)), B);
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new PowerlawPrior(alpha: v["alpha"], a: v["a"], b: v["b"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this);
}
