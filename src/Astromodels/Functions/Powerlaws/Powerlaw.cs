namespace Astromodels.Functions;

/// <summary>A power law, f(x) = K (x/piv)^index (astromodels' <c>Powerlaw</c>).</summary>
/// <remarks>Defaults: K = 1 in [1e-30, 1e3] (log10 transformation), piv = 1 keV (fixed), index = −2.01 in [−10, 10].
/// Integrals of xᵏ·f have the closed form K·piv^(−index)·(b^s − a^s)/s with s = index + k + 1 (logarithmic when s = 0).</remarks>
public sealed class Powerlaw : Function1D
{
    /// <summary>Creates a power law; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization at the pivot, 1/(cm² keV s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="piv">Pivot energy, keV.</param>
    public Powerlaw(double? K = null, double? index = null, double? piv = null)
        : base([
            new Parameter("K", 1.0, 1e-30, 1e3, description: "Normalization (differential flux at the pivot value)", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("piv", 1.0, description: "Pivot value", free: false),
            new Parameter("index", -2.01, -10, 10, description: "Photon index"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (piv is { } p) { Piv.Value = p; }
        if (index is { } i) { Index.Value = i; }
    }

    /// <inheritdoc />
    public override string Name => "Powerlaw";

    /// <inheritdoc />
    public override string Latex => @"$ K~\left(\frac{x}{piv}\right)^{index} $";

    /// <inheritdoc />
    public override string Description => "A simple power-law";

    /// <summary>Normalization at the pivot, 1/(cm² keV s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Pivot energy, keV (fixed by default).</summary>
    public Parameter Piv => Parameters[1];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[2];

    /// <inheritdoc />
    public override double Evaluate(double x) => K.Value * Math.Pow(x / Piv.Value, Index.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        SpanKernels.PowerLaw(x, Piv.Value, Index.Value, K.Value, destination);
    }

    /// <inheritdoc />
    /// <remarks>K times the cached (E/piv)^index, computed as exp(index·(ln E − ln piv)) from the grid's ln E.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        if (SpanKernels.TryPowerLawShape(grid, shapes, Piv.Value, Index.Value, out var shape))
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(shape, K.Value, destination[..grid.Length]);
            return;
        }

        Evaluate(grid.Energies, destination);
    }

    /// <inheritdoc />
    internal override bool TryAddGridTerms(EnergyGrid grid, ShapeCache shapes, ref GridTerms terms) =>
        SpanKernels.TryPowerLawShape(grid, shapes, Piv.Value, Index.Value, out var shape) && terms.TryAdd(K.Value, shape);

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        Piv.Unit = xUnit;
        Index.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Powerlaw();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!(a > 0 && b > 0))
        {
            return false;
        }

        var piv = Piv.Value;
        var index = Index.Value;
        value = K.Value * Math.Pow(piv, -index) * PowerlawIntegrals.PowerIntegral(a, b, index + energyPower + 1);
        return true;
    }
}
