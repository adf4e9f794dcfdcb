using MathNet.Numerics;

namespace Astromodels.Priors;

/// <summary>astromodels' <c>Gamma</c> prior: the gamma distribution with shape alpha and rate beta.</summary>
/// <remarks>
/// Density β^α x^(α−1) e^(−βx) / Γ(α) for x ≥ 0 (infinite at 0 when α &lt; 1, as in scipy), 0 for
/// x &lt; 0. beta is a rate, as astromodels passes scipy.stats.gamma(alpha, scale = 1/beta).
/// FromUnitCube(u) is the quantile, the inverse of the regularized incomplete gamma function,
/// solved by safeguarded Newton iteration on P(α, βx) = u below u = ½ and on Q(α, βx) = 1 − u above;
/// 1 − u is clamped to at least 1e-16 so that FromUnitCube(1) is finite (scipy gives +∞).
/// </remarks>
public sealed class GammaPrior : IPrior
{
    private const string PriorName = "Gamma";
    private readonly double _logGammaAlpha;
    private readonly double _logBeta;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="alpha">The shape; finite and positive.</param>
    /// <param name="beta">The rate (inverse scale); finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is ≤ 0, infinite or NaN.</exception>
    public GammaPrior(double alpha = 0.5, double beta = 1)
    {
        Alpha = PriorGuard.Positive(PriorName, "alpha", nameof(alpha), alpha);
        Beta = PriorGuard.Positive(PriorName, "beta", nameof(beta), beta);
        _logGammaAlpha = SpecialFunctions.GammaLn(alpha);
        _logBeta = Math.Log(beta);
        Parameters =
        [
            new("alpha", alpha, 0, null, true, "Shape"),
            new("beta", beta, 0, null, true, "Rate (inverse scale)"),
        ];
    }

    /// <summary>The shape.</summary>
    public double Alpha { get; }

    /// <summary>The rate (inverse scale).</summary>
    public double Beta { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    /// <remarks>Evaluated as exp(<see cref="LogDensity"/>): β^α and Γ(α) overflow separately for large shapes.</remarks>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <inheritdoc/>
    public double LogDensity(double x) =>
        x >= 0 && x < double.PositiveInfinity
            ? _logBeta + StandardLogDensity(Beta * x)
            : double.NegativeInfinity;

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        if (u == 0)
        {
            return 0;
        }

        double y;
        if (u <= 0.5)
        {
            // P(α, y) ≤ y^α / Γ(α + 1), so inverting that bound gives a start below the root;
            // Wilson–Hilferty is better in the bulk, and the larger of the two is kept.
            var bound = Math.Exp((Math.Log(u) + SpecialFunctions.GammaLn(Alpha + 1)) / Alpha);
            var guess = Math.Max(bound, WilsonHilferty(StandardNormal.LowerTailQuantile(u)));
            y = QuantileSolver.Solve(
                t => IncompleteGamma.LowerRegularized(Alpha, t) - u, t => Math.Exp(StandardLogDensity(t)), 0, double.PositiveInfinity, guess);
        }
        else
        {
            var q = Math.Max(1 - u, StandardNormal.TailProbability);
            y = QuantileSolver.Solve(
                t => q - SpecialFunctions.GammaUpperRegularized(Alpha, t), t => Math.Exp(StandardLogDensity(t)), 0, double.PositiveInfinity, UpperGuess(q));
        }

        return y / Beta;
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new GammaPrior(alpha: v["alpha"], beta: v["beta"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this);

    // ln of the unit-rate density y^(α−1) e^(−y) / Γ(α).
    private double StandardLogDensity(double y) => PriorMath.XLogY(Alpha - 1, y) - y - _logGammaAlpha;

    private double UpperGuess(double q)
    {
        var normal = WilsonHilferty(StandardNormal.UpperTailQuantile(q));
        return normal > 0 ? normal : Alpha;
    }

    // Wilson–Hilferty: (Y/α)^(1/3) is nearly normal; the solver corrects the rest. Not positive when it fails.
    private double WilsonHilferty(double z)
    {
        var c = 1 - (1 / (9 * Alpha)) + (z / (3 * Math.Sqrt(Alpha)));
        return c > 0 ? Alpha * c * c * c : 0;
    }
}
