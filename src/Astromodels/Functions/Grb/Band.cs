namespace Astromodels.Functions;

/// <summary>The Band et al. (1993) GRB function parametrised by the νFν peak energy xp (astromodels' <c>Band</c>).</summary>
/// <remarks>
/// <para>f(x) = K (x/piv)^alpha exp(−x/E₀) for x &lt; (alpha − beta)E₀ and K (x/piv)^beta e^(beta−alpha)
/// [(alpha − beta)E₀/piv]^(alpha−beta) above, with E₀ = xp/(2 + alpha) (Band et al. 1993, ApJ 413, 281).</para>
/// <para>Defaults: K = 1e-4 ≥ 1e-50 (log10), alpha = −1 in [−1.5, 3], xp = 500 keV ≥ 10 (log10), beta = −2 in [−5, −1.6],
/// piv = 100 keV (fixed).</para>
/// <para>alpha &lt; beta (possible only after widening the bounds): astromodels evaluates with alpha replaced by beta
/// (after computing E₀ from the original alpha) and logs a warning, which makes the function the power law
/// K (x/piv)^beta. This port evaluates the same values but never changes the alpha parameter and logs nothing.</para>
/// <para>Integral of xᵏ·f: an incomplete-gamma difference below the break (see <see cref="CutoffPowerlaw"/>) plus a
/// power-law integral above it.</para>
/// </remarks>
public sealed class Band : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Differential flux at the pivot, 1/(cm² keV s).</param>
    /// <param name="alpha">Low-energy photon index (dimensionless).</param>
    /// <param name="xp">Peak energy of x²·f(x) (νFν), keV.</param>
    /// <param name="beta">High-energy photon index (dimensionless).</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public Band(double? K = null, double? alpha = null, double? xp = null, double? beta = null, double? piv = null)
        : base([
            new Parameter("K", 1e-4, 1e-50, null, description: "Differential flux at the pivot energy", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("alpha", -1.0, -1.5, 3, description: "low-energy photon index"),
            new Parameter("xp", 500.0, 10, null, description: "peak in the x * x * N (nuFnu if x is a energy)", transformation: ParameterTransformation.Log10),
            new Parameter("beta", -2.0, -5.0, -1.6, description: "high-energy photon index"),
            new Parameter("piv", 100.0, description: "pivot energy", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (alpha is { } a) { Alpha.Value = a; }
        if (xp is { } e) { Xp.Value = e; }
        if (beta is { } b) { Beta.Value = b; }
        if (piv is { } p) { Piv.Value = p; }
    }

    /// <inheritdoc />
    public override string Name => "Band";

    /// <inheritdoc />
    public override string Latex => @"$K \begin{cases} \left(\frac{x}{piv}\right)^{\alpha} \exp \left(- \frac{(2+\alpha)~x}{x_{p}}\right) & x \leq (\alpha-\beta) \frac{x_{p}} {(\alpha+2)} \\ \left(\frac{x}{piv}\right)^{\beta} \exp (\beta-\alpha) \left[\frac{(\alpha-\beta)~x_{p}}{piv~(2+\alpha)}\right]^{\alpha-\beta} &x> (\alpha-\beta) \frac{x_{p}}{(\alpha+2)} \end{cases} $";

    /// <inheritdoc />
    public override string Description => "Band model from Band et al., 1993, parametrized with the peak energy";

    /// <summary>Differential flux at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Low-energy photon index (dimensionless).</summary>
    public Parameter Alpha => Parameters[1];

    /// <summary>Peak energy of x²·f(x) (νFν), keV.</summary>
    public Parameter Xp => Parameters[2];

    /// <summary>High-energy photon index (dimensionless).</summary>
    public Parameter Beta => Parameters[3];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[4];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var shape = Shape();
        return shape.Evaluate(x, shape.BreakPoint, shape.HighFactor);
    }

    /// <inheritdoc />
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
        K.Unit = yUnit;
        Xp.Unit = xUnit;
        Piv.Unit = xUnit;
        Alpha.Unit = Unit.Dimensionless;
        Beta.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Band();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        Shape().TryIntegral(a, b, energyPower, out value);

    private BandShape Shape()
    {
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        return new BandShape(K.Value, Math.Max(alpha, beta), beta, Xp.Value / (2 + alpha), Piv.Value);
    }
}
