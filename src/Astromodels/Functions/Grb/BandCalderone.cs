using System.Globalization;

namespace Astromodels.Functions;

/// <summary>The Band function (or, with opt = 0, a cutoff power law) normalised by its energy flux F between a and b,
/// which decorrelates the parameters (astromodels' <c>Band_Calderone</c>; Calderone et al. 2015, MNRAS 448, 403).</summary>
/// <remarks>
/// <para>With E_c = xp/(2 + alpha) (xp/0.0001 at alpha = −2, astromodels' guard), the shape is
/// s(x) = (x/E_c)^alpha e^(−x/E_c) for opt = 0 and the Band shape with E₀ = piv = E_c for opt = 1; then
/// f(x) = F·c·s(x)/∫ₐᵇ x·s(x) dx with c = 6.24151e8 keV/erg (astromodels' truncated constant), so F is read in erg/(cm² s).</para>
/// <para>Defaults: alpha = −1 in [−10, 10], beta = −2.2 in [−7, −1], xp = 200 keV ≥ 1e-10 (log10), F = 1e-6 ≥ 1e-50 (log10),
/// a = 1 keV ≥ 0 and b = 1e4 keV ≥ 0 (fixed), opt = 1 in [0, 1] (fixed).</para>
/// <para>As in astromodels, evaluation throws when alpha &lt; beta, alpha &lt; −2 or opt is neither 0 nor 1. When the Band
/// break lies above b astromodels calls a kernel that does not exist (an AttributeError); here the normalising
/// integral is the cutoff-power-law one, as intended. The normalising integral and the bin integrals are closed forms
/// (incomplete gamma below the break, power law above).</para>
/// </remarks>
public sealed class BandCalderone : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="alpha">Low-energy photon index (dimensionless).</param>
    /// <param name="beta">High-energy photon index (dimensionless).</param>
    /// <param name="xp">Peak energy of x²·f(x) (νFν), keV.</param>
    /// <param name="F">Energy flux between a and b, erg/(cm² s).</param>
    /// <param name="a">Lower end of the band defining F, keV.</param>
    /// <param name="b">Upper end of the band defining F, keV.</param>
    /// <param name="opt">0 for a cutoff power law, 1 for the Band function.</param>
    public BandCalderone(double? alpha = null, double? beta = null, double? xp = null, double? F = null, double? a = null, double? b = null, double? opt = null)
        : base([
            new Parameter("alpha", -1.0, -10, 10, description: "The index for x smaller than the x peak"),
            new Parameter("beta", -2.2, -7, -1, description: "index for x greater than the x peak (only if opt=1, i.e., for the Band model)"),
            new Parameter("xp", 200.0, 1e-10, null, description: "position of the peak in the x*x*f(x) space (if x is energy, this is the nuFnu or SED space)", transformation: ParameterTransformation.Log10),
            new Parameter("F", 1e-6, 1e-50, null, description: "integral in the band defined by a and b", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("a", 1.0, 0, null, description: "lower limit of the band in which the integral will be computed", free: false),
            new Parameter("b", 10000.0, 0, null, description: "upper limit of the band in which the integral will be computed", free: false),
            new Parameter("opt", 1.0, 0, 1, description: "option to select the spectral model (0 corresponds to a cutoff power law, 1 to the Band model)", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (alpha is { } al) { Alpha.Value = al; }
        if (beta is { } be) { Beta.Value = be; }
        if (xp is { } e) { Xp.Value = e; }
        if (F is { } f) { this.F.Value = f; }
        if (a is { } lo) { A.Value = lo; }
        if (b is { } hi) { B.Value = hi; }
        if (opt is { } o) { Opt.Value = o; }
    }

    /// <inheritdoc />
    public override string Name => "Band_Calderone";

    /// <inheritdoc />
    public override string Latex => @"$ \text{(Calderone et al., MNRAS, 448, 403C, 2015)} $";

    /// <inheritdoc />
    public override string Description => "The Band model from Band et al. 1993, implemented however in a way which reduces the covariances between the parameters (Calderone et al., MNRAS, 448, 403C, 2015)";

    /// <summary>Low-energy photon index (dimensionless).</summary>
    public Parameter Alpha => Parameters[0];

    /// <summary>High-energy photon index (dimensionless; used when opt = 1).</summary>
    public Parameter Beta => Parameters[1];

    /// <summary>Peak energy of x²·f(x) (νFν), keV.</summary>
    public Parameter Xp => Parameters[2];

    /// <summary>Energy flux between <see cref="A"/> and <see cref="B"/>, read in erg/(cm² s) (unit set as astromodels' y·x).</summary>
    public Parameter F => Parameters[3];

    /// <summary>Lower end of the normalization band, keV (fixed by default).</summary>
    public Parameter A => Parameters[4];

    /// <summary>Upper end of the normalization band, keV (fixed by default).</summary>
    public Parameter B => Parameters[5];

    /// <summary>Model switch: 0 for a cutoff power law, 1 for the Band function (fixed by default).</summary>
    public Parameter Opt => Parameters[6];

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">alpha &lt; beta, alpha &lt; −2, or opt is neither 0 nor 1.</exception>
    public override double Evaluate(double x)
    {
        var shape = Shape();
        return shape.Evaluate(x, shape.BreakPoint, shape.HighFactor);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">alpha &lt; beta, alpha &lt; −2, or opt is neither 0 nor 1.</exception>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        Shape().Evaluate(x, destination);
    }

    /// <inheritdoc />
    /// <remarks>One SIMD exponential per energy from the grid's ln E (<see cref="BandShape.Evaluate(EnergyGrid, Span{double})"/>),
    /// within 2e-13 relative of <see cref="Evaluate(ReadOnlySpan{double}, Span{double})"/>.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        Shape().Evaluate(grid, destination[..grid.Length]);
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Alpha.Unit = Unit.Dimensionless;
        Beta.Unit = Unit.Dimensionless;
        Xp.Unit = xUnit;
        F.Unit = yUnit * xUnit;
        A.Unit = xUnit;
        B.Unit = xUnit;
        Opt.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new BandCalderone();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        Shape().TryIntegral(a, b, energyPower, out value);

    /// <summary>The normalised shape; a cutoff power law is the Band shape with its break at +∞ (beta is then unused).</summary>
    private BandShape Shape()
    {
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        var opt = Opt.Value;
        if (opt is not (0 or 1))
        {
            throw new InvalidOperationException($"Band_Calderone: opt must be either 0 or 1 (got {Format(opt)}).");
        }

        if (alpha < beta)
        {
            throw new InvalidOperationException($"Band_Calderone requires alpha >= beta, but alpha = {Format(alpha)} and beta = {Format(beta)}.");
        }

        if (alpha < -2)
        {
            throw new InvalidOperationException($"Band_Calderone requires alpha >= -2 (got alpha = {Format(alpha)}).");
        }

        var ec = alpha == -2 ? Xp.Value / 0.0001 : Xp.Value / (2 + alpha);
        var unit = opt == 0 ? new BandShape(1, alpha, double.NegativeInfinity, ec, ec) : new BandShape(1, alpha, beta, ec, ec);
        if (!unit.TryIntegral(A.Value, B.Value, 1, out var energyFlux))
        {
            energyFlux = double.NaN;
        }

        return unit with { K = F.Value * PowerlawEflux.KeVPerErg / energyFlux };
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
