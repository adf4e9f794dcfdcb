using MathNet.Numerics;

namespace Astromodels.Priors;

/// <summary>astromodels' <c>Cauchy</c> prior (a Lorentzian) centred on x0 with half-width gamma.</summary>
/// <remarks>
/// Density K γ / (π ((x − x0)² + γ²)); FromUnitCube(u) = x0 + γ tan(π (u − ½)).
/// <para>
/// The transform is evaluated as x0 ± γ / tan(π t) with t = min(u, 1 − u), which keeps full
/// precision in both tails; t is clamped to at least 1e-16 so that the ends are finite,
/// x0 ∓ 3.18e15 γ (astromodels' tan(±π/2) gives ∓1.63e16 γ only through rounding).
/// </para>
/// </remarks>
public sealed class Cauchy : IPrior
{
    private const string PriorName = "Cauchy";
    private const double MinimumGamma = 1e-12;
    private readonly double _logNormalisation;

    /// <summary>Creates the prior; the defaults are astromodels'.</summary>
    /// <param name="x0">The centre (median); finite.</param>
    /// <param name="gamma">The half-width at half-maximum; finite and ≥ 1e-12 (astromodels' minimum).</param>
    /// <param name="K">The integral over the real line; finite and positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its allowed range or NaN.</exception>
    public Cauchy(double x0 = 0, double gamma = 1, double K = 1)
    {
        this.K = PriorGuard.Positive(PriorName, "K", nameof(K), K);
        X0 = PriorGuard.Finite(PriorName, "x0", nameof(x0), x0);
        Gamma = PriorGuard.AtLeast(PriorName, "gamma", nameof(gamma), gamma, MinimumGamma);
        _logNormalisation = Math.Log(K) - Math.Log(Math.PI * gamma);
        Parameters =
        [
            new("K", K, null, null, true, "Integral over the real line (1 for a Cauchy distribution)"),
            new("x0", x0, null, null, true, "Centre (median)"),
            new("gamma", gamma, MinimumGamma, null, true, "Half-width at half-maximum"),
        ];
    }

    /// <summary>The integral over the real line.</summary>
    public double K { get; }

    /// <summary>The centre (median).</summary>
    public double X0 { get; }

    /// <summary>The half-width at half-maximum.</summary>
    public double Gamma { get; }

    /// <inheritdoc/>
    public string Name => PriorName;

    /// <inheritdoc/>
    public IReadOnlyList<PriorParameter> Parameters { get; }

    /// <inheritdoc/>
    public double Density(double x)
    {
        if (double.IsNaN(x))
        {
            return 0;
        }

        var r = (x - X0) / Gamma;
        return K / (Math.PI * Gamma * (1 + (r * r)));
    }

    /// <inheritdoc/>
    public double LogDensity(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NegativeInfinity;
        }

        var r = Math.Abs((x - X0) / Gamma);

        // Beyond 1e150, r² would overflow; ln(1 + r²) = 2 ln r to far better than double precision there.
        var logOnePlusSquare = r > 1e150 ? 2 * Math.Log(r) : SpecialFunctions.Log1p(r * r);
        return _logNormalisation - logOnePlusSquare;
    }

    /// <inheritdoc/>
    public double FromUnitCube(double u)
    {
        PriorGuard.UnitInterval(PriorName, u);
        if (u == 0.5)
        {
            return X0;
        }

        var t = Math.Max(Math.Min(u, 1 - u), StandardNormal.TailProbability);
        var offset = Gamma / Math.Tan(Math.PI * t);
        return u < 0.5 ? X0 - offset : X0 + offset;
    }

    /// <inheritdoc/>
    public IPrior WithParameters(IReadOnlyDictionary<string, double> values)
    {
        var v = PriorParameterValues.Merge(this, values);
        return new Cauchy(x0: v["x0"], gamma: v["gamma"], K: v["K"]);
    }

    /// <inheritdoc/>
    public override string ToString() => PriorFormat.Describe(this, "K");
}
