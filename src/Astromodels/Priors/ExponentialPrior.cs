using MathNet.Numerics;

namespace Astromodels.Priors;

/// <summary>astromodels' <c>Exponential</c> prior: the exponential distribution with rate alpha.</summary>
/// <remarks>
/// Density α e^(−αx) for x ≥ 0, 0 for x &lt; 0 (scipy.stats.expon with scale = 1/alpha).
/// FromUnitCube(u) = −ln(1 − u)/α, with 1 − u clamped to at least 1e-16 so that
/// FromUnitCube(1) = 36.84/α is finite (scipy gives +∞).
/// </remarks>
public sealed class ExponentialPrior : IPrior
{
    private const string PriorName = "Exponential";
    private readonly double _logAlpha;

    /// <summary>Creates the prior; the default is astromodels'.</summary>
    /// <param name="alpha">The rate (inverse mean); finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is ≤ 0, infinite or NaN.</exception>
    public ExponentialPrior(double alpha = 1)
    {
        Alpha = PriorGuard.Positive(PriorName, "alpha", nameof(alpha), alpha);
        _logAlpha = Math.Log(alpha);
        Parameters = [new("alpha", alpha, 0, null, true, "Rate (inverse mean)")];
    }

    /// <summary>The rate (inverse mean).</summary>
    public double Alpha { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x) => x >= 0 ? Alpha * Math.Exp(-Alpha * x) : 0;

    /// <inheritdoc/>
    public double LogDensity(double x) => x >= 0 ? _logAlpha - (Alpha * x) : double.NegativeInfinity;

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);

        // Below ½, ln(1 − u) needs log1p to keep relative precision; above, 1 − u is exact.
        return u <= 0.5
            ? -SpecialFunctions.Log1p(-u) / Alpha
            : -Math.Log(Math.Max(1 - u, StandardNormal.TailProbability)) / Alpha;
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new ExponentialPrior(alpha: v["alpha"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this);
}
