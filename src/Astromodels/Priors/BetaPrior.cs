using MathNet.Numerics;

namespace Astromodels.Priors;

/// <summary>astromodels' <c>Beta</c> prior: the beta distribution on [0, 1] (scipy.stats.beta).</summary>
/// <remarks>
/// Density x^(a−1) (1 − x)^(b−1) / B(a, b) on the closed interval [0, 1] (infinite at an end whose
/// exponent is negative, as in scipy), 0 outside. FromUnitCube(u) is the quantile, the inverse of
/// the regularized incomplete beta function I_x(a, b), solved by safeguarded Newton iteration;
/// above u = ½ it solves I_(1−x)(b, a) = 1 − u instead, to keep precision in the upper tail.
/// </remarks>
public sealed class BetaPrior : IPrior
{
    private const string PriorName = "Beta";
    private readonly double _logBeta;

    /// <summary>Creates the prior; the defaults are astromodels' (the arcsine distribution).</summary>
    /// <param name="a">The first shape parameter; finite and positive.</param>
    /// <param name="b">The second shape parameter; finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A shape parameter is ≤ 0, infinite or NaN.</exception>
    public BetaPrior(double a = 0.5, double b = 0.5)
    {
        A = PriorGuard.Positive(PriorName, "a", nameof(a), a);
        B = PriorGuard.Positive(PriorName, "b", nameof(b), b);
        _logBeta = SpecialFunctions.BetaLn(a, b);
        Parameters =
        [
            new("a", a, 0, null, true, "First shape parameter (exponent of x is a - 1)"),
            new("b", b, 0, null, true, "Second shape parameter (exponent of 1 - x is b - 1)"),
        ];
    }

    /// <summary>The first shape parameter.</summary>
    public double A { get; }

    /// <summary>The second shape parameter.</summary>
    public double B { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    /// <remarks>Evaluated as exp(<see cref="LogDensity"/>): the direct product of powers overflows for large shapes.</remarks>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <inheritdoc/>
    public double LogDensity(double x) => LogDensityOf(x, A, B, _logBeta);

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        if (u == 0 || u == 1)
        {
            return u;
        }

        return u <= 0.5 ? LowerQuantile(u, A, B, _logBeta) : 1 - LowerQuantile(1 - u, B, A, _logBeta);
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new BetaPrior(a: v["a"], b: v["b"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this);

    private static double LogDensityOf(double x, double a, double b, double logBeta) =>
        x >= 0 && x <= 1
            ? PriorMath.XLogY(a - 1, x) + (b == 1 ? 0 : (b - 1) * SpecialFunctions.Log1p(-x)) - logBeta
            : double.NegativeInfinity;

    // The x with I_x(a, b) = p ≤ ½. The start inverts the small-x limit I_x ≈ x^a / (a B(a, b)); for
    // b ≥ 1 that limit bounds I_x from above, so its inverse lies below the root, and for bell-shaped
    // densities the normal approximation with the same mean and variance is kept when larger.
    private static double LowerQuantile(double p, double a, double b, double logBeta)
    {
        var guess = Math.Exp((Math.Log(p) + Math.Log(a) + logBeta) / a);
        if (a >= 1 && b >= 1)
        {
            var n = a + b;
            var normal = (a / n) + (StandardNormal.LowerTailQuantile(p) * Math.Sqrt(a * b / (n * n * (n + 1))));
            guess = normal < 1 ? Math.Max(guess, normal) : guess;
        }

        return QuantileSolver.Solve(
            x => SpecialFunctions.BetaRegularized(a, b, x) - p,
            x => Math.Exp(LogDensityOf(x, a, b, logBeta)),
            lower: 0,
            upper: 1,
            guess);
    }
}
