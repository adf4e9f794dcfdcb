namespace Astromodels.Functions;

/// <summary>A smoothly broken power law (astromodels' <c>SmoothlyBrokenPowerLaw</c>, the Fermi GBM "SBPL"): indices alpha
/// below and beta above break_energy, joined over a width break_scale in decades.</summary>
/// <remarks>
/// <para>Defaults: K = 1 ≥ 1e-50 (log10), alpha = −1 in [−1.5, 2], break_energy = 300 keV ≥ 10 (log10), break_scale = 0.5
/// in [0, 10] (fixed), beta = −2 in [−5, −1.6], pivot = 100 keV (fixed).</para>
/// <para>f(x) = K (x/pivot)^B · 10^(P(x) − P(pivot)), with B = (alpha + beta)/2, M = (beta − alpha)/2,
/// P(x) = M·Δ·ln cosh(log10(x/E_b)/Δ), Δ = break_scale (Kaneko et al. 2006, ApJS 166, 298, eq. 5).</para>
/// <para>ln cosh y is evaluated exactly as |y| + ln(1 + e^(−2|y|)) − ln 2. astromodels drops the middle term for
/// y &gt; 4 and y &lt; −6, which changes the function by up to 3.4e-4·ln(10)·|M|·Δ relative (2e-4 at the defaults) and makes
/// it jump there; this port does not reproduce that approximation. Δ = 0 gives its limit, the sharp broken power law
/// (astromodels divides by zero).</para>
/// <para>There is no elementary closed form for the bin integral (it is an incomplete beta function of a
/// non-integer argument), so integrals use adaptive quadrature.</para>
/// </remarks>
public sealed class SmoothlyBrokenPowerLaw : Function1D
{
    private const double Ln2 = 0.69314718055994530942;
    private const double Ln10 = 2.30258509299404568402;

    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="alpha">Photon index below the break (dimensionless).</param>
    /// <param name="break_energy">Break energy, keV.</param>
    /// <param name="break_scale">Width of the break, decades of energy.</param>
    /// <param name="beta">Photon index above the break (dimensionless).</param>
    /// <param name="pivot">Pivot energy, keV.</param>
    public SmoothlyBrokenPowerLaw(double? K = null, double? alpha = null, double? break_energy = null, double? break_scale = null, double? beta = null, double? pivot = null)
        : base([
            new Parameter("K", 1.0, 1e-50, null, description: "normalization", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("alpha", -1.0, -1.5, 2, description: "power law index below the break"),
            new Parameter("break_energy", 300.0, 10, null, description: "location of the peak", transformation: ParameterTransformation.Log10),
            new Parameter("break_scale", 0.5, 0.0, 10.0, description: "smoothness of the break", free: false),
            new Parameter("beta", -2.0, -5.0, -1.6, description: "power law index above the break"),
            new Parameter("pivot", 100.0, description: "where the spectrum is normalized", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (alpha is { } a) { Alpha.Value = a; }
        if (break_energy is { } e) { BreakEnergy.Value = e; }
        if (break_scale is { } s) { BreakScale.Value = s; }
        if (beta is { } b) { Beta.Value = b; }
        if (pivot is { } p) { Pivot.Value = p; }
    }

    /// <inheritdoc />
    public override string Name => "SmoothlyBrokenPowerLaw";

    /// <inheritdoc />
    public override string Description => "A Smoothly Broken Power Law";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Photon index below the break (dimensionless).</summary>
    public Parameter Alpha => Parameters[1];

    /// <summary>Break energy, keV.</summary>
    public Parameter BreakEnergy => Parameters[2];

    /// <summary>Width of the break in decades of energy (fixed by default).</summary>
    public Parameter BreakScale => Parameters[3];

    /// <summary>Photon index above the break (dimensionless).</summary>
    public Parameter Beta => Parameters[4];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Pivot => Parameters[5];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var (b, m, scale, be, piv) = (0.5 * (Alpha.Value + Beta.Value), 0.5 * (Beta.Value - Alpha.Value), BreakScale.Value, BreakEnergy.Value, Pivot.Value);
        return Shape(x, K.Value, b, m, scale, be, piv, LogCoshTerm(piv, m, scale, be));
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var (b, m, scale, be, piv) = (0.5 * (Alpha.Value + Beta.Value), 0.5 * (Beta.Value - Alpha.Value), BreakScale.Value, BreakEnergy.Value, Pivot.Value);
        var k = K.Value;
        var atPivot = LogCoshTerm(piv, m, scale, be);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Shape(x[i], k, b, m, scale, be, piv, atPivot);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        BreakEnergy.Unit = xUnit;
        Pivot.Unit = xUnit;
        Alpha.Unit = Unit.Dimensionless;
        Beta.Unit = Unit.Dimensionless;
        BreakScale.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new SmoothlyBrokenPowerLaw();

    private static double Shape(double x, double k, double b, double m, double scale, double be, double piv, double atPivot) =>
        k * Math.Exp(b * Math.Log(x / piv) + Ln10 * (LogCoshTerm(x, m, scale, be) - atPivot));

    /// <summary>P(x) = M·Δ·ln cosh(log10(x/E_b)/Δ), written as M·|L| + M·Δ·(ln(1 + e^(−2|L|/Δ)) − ln 2), L = log10(x/E_b).</summary>
    private static double LogCoshTerm(double x, double m, double scale, double be)
    {
        var l = Math.Abs(Math.Log10(x / be));
        if (scale == 0)
        {
            return m * l;
        }

        return m * l + m * scale * (Numerics.AccurateMath.Log1p(Math.Exp(-2 * l / scale)) - Ln2);
    }
}
