using Astromodels.Numerics;

namespace Astromodels.Functions;

/// <summary>A Gaussian line, f(x) = F/(σ√(2π)) exp(−(x − μ)²/(2σ²)) (astromodels' <c>Gaussian</c>).</summary>
/// <remarks>
/// <para>Defaults: F = 1, mu = 0, sigma = 1 ≥ 1e-12 (no transformations). As in astromodels F is not flagged as a
/// normalization.</para>
/// <para>Integrals over [x₁, x₂] with zᵢ = (xᵢ − μ)/(σ√2): M₀ = (F/2)·[erf(z₂) − erf(z₁)], taken as an erfc difference
/// scaled by the integrand at the limits when both limits lie on one side of μ, so far tails keep full relative
/// precision (see <c>Numerics.GaussianIntegral</c>). Integrating (x − μ)·f by parts gives
/// M₁ = μ·M₀ + σ²·(f(x₁) − f(x₂)) and M₂ = μ·M₁ + σ²·(M₀ − x₂ f(x₂) + x₁ f(x₁)). When those sums cancel (more than three
/// digits, e.g. a bin near x = 0 far in the tail of a line at large μ, or a bin much narrower than σ), and for bins narrower
/// than 0.01·σ√2 (where the erf difference itself loses digits and the integrand is nearly polynomial), the integral
/// falls back to quadrature.</para>
/// </remarks>
public sealed class Gaussian : Function1D
{
    private const double NormConst = 0.3989422804014327; // 1/√(2π), as astromodels computes it
    private const double InvSqrtPi = 0.56418958354775628694807945156077;
    private const double Sqrt2 = 1.4142135623730950488;
    private const double CancellationLimit = 1e-3;
    private const double MinimumWidth = 1e-2;

    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="F">Integral over the whole line, 1/(cm² s).</param>
    /// <param name="mu">Centre, keV.</param>
    /// <param name="sigma">Standard deviation, keV.</param>
    public Gaussian(double? F = null, double? mu = null, double? sigma = null)
        : base([
            new Parameter("F", 1.0, description: "Integral between -inf and +inf. Fix this to 1 to obtain a Normal distribution"),
            new Parameter("mu", 0.0, description: "Central value"),
            new Parameter("sigma", 1.0, 1e-12, null, description: "standard deviation"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (F is { } f) { this.F.Value = f; }
        if (mu is { } m) { Mu.Value = m; }
        if (sigma is { } s) { Sigma.Value = s; }
    }

    /// <inheritdoc />
    public override string Name => "Gaussian";

    /// <inheritdoc />
    public override string Latex => @"$ F \frac{1}{\sigma \sqrt{2 \pi}}\exp{\frac{(x-\mu)^2}{2~(\sigma)^2}} $";

    /// <inheritdoc />
    public override string Description => "A Gaussian function";

    /// <summary>Integral of the line over all x, 1/(cm² s).</summary>
    public Parameter F => Parameters[0];

    /// <summary>Centre of the line, keV.</summary>
    public Parameter Mu => Parameters[1];

    /// <summary>Standard deviation of the line, keV.</summary>
    public Parameter Sigma => Parameters[2];

    /// <inheritdoc />
    public override double Evaluate(double x) => Shape(x, F.Value, Mu.Value, Sigma.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var f = F.Value;
        var mu = Mu.Value;
        var sigma = Sigma.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Shape(x[i], f, mu, sigma);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        F.Unit = yUnit * xUnit;
        Mu.Unit = xUnit;
        Sigma.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Gaussian();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return false;
        }

        var f = F.Value;
        var mu = Mu.Value;
        var sigma = Sigma.Value;
        var z1 = (a - mu) / (sigma * Sqrt2);
        var z2 = (b - mu) / (sigma * Sqrt2);
        if (!(z2 - z1 >= MinimumWidth))
        {
            return false;
        }

        var m0 = f * InvSqrtPi * GaussianIntegral.Segment(z1, z2, 0, -z1 * z1, -z2 * z2);
        if (energyPower == 0)
        {
            value = m0;
            return double.IsFinite(value);
        }

        var g1 = Shape(a, f, mu, sigma);
        var g2 = Shape(b, f, mu, sigma);
        var s2 = sigma * sigma;
        var m1 = mu * m0 + s2 * (g1 - g2);
        var scale1 = Math.Abs(mu * m0) + Math.Abs(s2 * (g1 - g2));
        if (energyPower == 1)
        {
            value = m1;
            return double.IsFinite(value) && Math.Abs(m1) >= CancellationLimit * scale1;
        }

        var inner = m0 - (b * g2 - a * g1);
        value = mu * m1 + s2 * inner;
        var scale2 = Math.Abs(mu) * scale1 + s2 * (Math.Abs(m0) + Math.Abs(b * g2) + Math.Abs(a * g1));
        return double.IsFinite(value) && Math.Abs(m1) >= CancellationLimit * scale1 && Math.Abs(value) >= CancellationLimit * scale2;
    }

    private static double Shape(double x, double f, double mu, double sigma)
    {
        var d = x - mu;
        return f * (NormConst / sigma) * Math.Exp(-(d * d) / (2 * (sigma * sigma)));
    }
}
