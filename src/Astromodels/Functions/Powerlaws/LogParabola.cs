using Astromodels.Numerics;

namespace Astromodels.Functions;

/// <summary>A log-parabola, f(x) = K (x/piv)^(alpha − beta·ln(x/piv)) (astromodels' <c>Log_parabola</c>; natural logarithm).</summary>
/// <remarks>
/// <para>Defaults: K = 1 in [1e-30, 1e5] (log10), piv = 1 keV (fixed), alpha = −2, beta = 1 (both unbounded). beta uses
/// the natural logarithm, so it is ln(10) times the beta of the base-10 convention.</para>
/// <para>Integral of xᵏ·f: with y = ln(x/piv) and p = alpha + k + 1 it is K·piv^(k+1)·∫ exp(p·y − beta·y²) dy, a Gaussian
/// integral for beta &gt; 0: K·piv^(k+1)/√beta·∫ exp(c − t²) dt with t = √beta·(y − p/(2 beta)) and c = p²/(4 beta),
/// evaluated with erfc differences scaled by the integrand at the limits, so far tails neither cancel nor overflow
/// (see <c>Numerics.GaussianIntegral</c>). beta = 0 is a power law. For beta &lt; 0 the integral is an imaginary error
/// function (Dawson's integral), not implemented: quadrature.</para>
/// <para>The νFν peak is at piv·exp((2 + alpha)/(2 beta)) (Massaro et al. 2004, A&amp;A 413, 489, eq. 6, natural-log form).</para>
/// </remarks>
public sealed class LogParabola : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="alpha">Index at the pivot (dimensionless).</param>
    /// <param name="beta">Curvature, natural-log convention (dimensionless).</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public LogParabola(double? K = null, double? alpha = null, double? beta = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-30, 1e5, description: "Normalization", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot (keep this fixed)", free: false),
            new Parameter("alpha", -2.0, description: "index"),
            new Parameter("beta", 1.0, description: "curvature (positive is concave, negative is convex)"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (piv is { } p) { Piv.Value = p; }
        if (alpha is { } a) { Alpha.Value = a; }
        if (beta is { } b) { Beta.Value = b; }
    }

    /// <inheritdoc />
    public override string Name => "Log_parabola";

    /// <inheritdoc />
    public override string Latex => @"$ K \left( \frac{x}{piv} \right)^{\alpha -\beta \log{\left( \frac{x}{piv} \right)}} $";

    /// <inheritdoc />
    public override string Description => "A log-parabolic function. NOTE that we use the high-energy convention of using the natural log in place of the base-10 logarithm. This means that beta is a factor 1 / log10(e) larger than what returned by those software using the other convention.";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Index at the pivot (dimensionless).</summary>
    public Parameter Alpha => Parameters[2];

    /// <summary>Curvature in the natural-log convention (dimensionless); positive is concave.</summary>
    public Parameter Beta => Parameters[3];

    /// <summary>The energy of the peak of x²·f(x) (νFν), keV: piv·exp((2 + alpha)/(2 beta)).</summary>
    public double PeakEnergy => Piv.Value * Math.Exp((2 + Alpha.Value) / (2 * Beta.Value));

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var y = Math.Log(x / Piv.Value);
        return K.Value * Math.Exp(y * (Alpha.Value - Beta.Value * y));
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var piv = Piv.Value;
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        for (var i = 0; i < x.Length; i++)
        {
            var y = Math.Log(x[i] / piv);
            destination[i] = k * Math.Exp(y * (alpha - beta * y));
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        Piv.Unit = xUnit;
        Alpha.Unit = Unit.Dimensionless;
        Beta.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new LogParabola();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var beta = Beta.Value;
        if (!CutoffIntegrals.PositiveBin(a, b) || beta < 0)
        {
            return false;
        }

        var piv = Piv.Value;
        var p = Alpha.Value + energyPower + 1;
        if (beta == 0)
        {
            value = K.Value * Math.Pow(piv, -Alpha.Value) * PowerlawIntegrals.PowerIntegral(a, b, p);
            return double.IsFinite(value);
        }

        var y1 = Math.Log(a / piv);
        var y2 = Math.Log(b / piv);
        var sqrtBeta = Math.Sqrt(beta);
        var centre = p / (2 * sqrtBeta);
        var segment = GaussianIntegral.Segment(
            sqrtBeta * y1 - centre, sqrtBeta * y2 - centre, p * p / (4 * beta), y1 * (p - beta * y1), y2 * (p - beta * y2));
        value = K.Value * Math.Pow(piv, energyPower + 1) / sqrtBeta * segment;
        return double.IsFinite(value);
    }
}
