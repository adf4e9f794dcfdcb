using System.Globalization;

namespace Astromodels.Functions;

/// <summary>The Band et al. (1993) GRB function parametrised by the cutoff energy xc (astromodels' <c>Band_grbm</c>, the
/// Fermi GBM convention).</summary>
/// <remarks>
/// <para>f(x) = K (x/piv)^alpha exp(−x/xc) for x &lt; (alpha − beta)xc and K (x/piv)^beta e^(beta−alpha)
/// [(alpha − beta)xc/piv]^(alpha−beta) above (Band et al. 1993, ApJ 413, 281).</para>
/// <para>Defaults: K = 1e-4 ≥ 1e-50 (log10), alpha = −1 in [−1.5, 3], xc = 500 keV ≥ 10 (log10), beta = −2 in [−5, −1.6],
/// piv = 100 keV (fixed).</para>
/// <para>alpha &lt; beta (possible only after widening the bounds) throws, as astromodels raises
/// <c>ModelAssertionViolation</c>.</para>
/// <para>Integral of xᵏ·f: an incomplete-gamma difference below the break (see <see cref="CutoffPowerlaw"/>) plus a
/// power-law integral above it.</para>
/// </remarks>
public sealed class BandGrbm : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Differential flux at the pivot, 1/(cm² keV s).</param>
    /// <param name="alpha">Low-energy photon index (dimensionless).</param>
    /// <param name="xc">Cutoff energy of the low-energy branch, keV.</param>
    /// <param name="beta">High-energy photon index (dimensionless).</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public BandGrbm(double? K = null, double? alpha = null, double? xc = null, double? beta = null, double? piv = null)
        : base([
            new Parameter("K", 1e-4, 1e-50, null, description: "Differential flux at the pivot energy", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("alpha", -1.0, -1.5, 3, description: "low-energy photon index"),
            new Parameter("xc", 500.0, 10, null, description: "cutoff of exp", transformation: ParameterTransformation.Log10),
            new Parameter("beta", -2.0, -5.0, -1.6, description: "high-energy photon index"),
            new Parameter("piv", 100.0, description: "pivot energy", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (alpha is { } a) { Alpha.Value = a; }
        if (xc is { } e) { Xc.Value = e; }
        if (beta is { } b) { Beta.Value = b; }
        if (piv is { } p) { Piv.Value = p; }
    }

    /// <inheritdoc />
    public override string Name => "Band_grbm";

    /// <inheritdoc />
    public override string Latex => "$  $";

    /// <inheritdoc />
    public override string Description => "Band model from Band et al., 1993, parametrized with the cutoff energy";

    /// <summary>Differential flux at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Low-energy photon index (dimensionless).</summary>
    public Parameter Alpha => Parameters[1];

    /// <summary>Cutoff energy of the low-energy branch, keV.</summary>
    public Parameter Xc => Parameters[2];

    /// <summary>High-energy photon index (dimensionless).</summary>
    public Parameter Beta => Parameters[3];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[4];

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">alpha &lt; beta.</exception>
    public override double Evaluate(double x)
    {
        var shape = Shape();
        return shape.Evaluate(x, shape.BreakPoint, shape.HighFactor);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">alpha &lt; beta.</exception>
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
        Xc.Unit = xUnit;
        Piv.Unit = xUnit;
        Alpha.Unit = Unit.Dimensionless;
        Beta.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new BandGrbm();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        Shape().TryIntegral(a, b, energyPower, out value);

    private BandShape Shape()
    {
        var alpha = Alpha.Value;
        var beta = Beta.Value;
        if (alpha < beta)
        {
            throw new InvalidOperationException(
                $"Band_grbm requires alpha >= beta, but alpha = {alpha.ToString("R", CultureInfo.InvariantCulture)} and beta = {beta.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        return new BandShape(K.Value, alpha, beta, Xc.Value, Piv.Value);
    }
}
