namespace Astromodels.Functions;

/// <summary>A blackbody normalised by its radius (XSPEC's <c>bbodyrad</c>): f(E) = norm · 1.0344e-3 · E² / (e^(E/kT) − 1)
/// photons/(cm² keV s), norm = (R/km)² / (D/10 kpc)².</summary>
/// <remarks>
/// <para>The constant is XSPEC's documented 1.0344e-3 photons/(cm² s keV³), kept so that norms compare with XSPEC's; the
/// CODATA 2018 value of π (1 km / 10 kpc)² · 2/(h³c²) is 1.03801e-3 (0.35 % higher), so R derived from norm carries
/// that systematic. Shape, span kernel and the exact Bose–Einstein bin integrals are <see cref="Blackbody"/>'s with
/// K = 1.0344e-3 · norm. Defaults follow XSPEC: kT = 3 keV in [1e-4, 200], norm = 1 ≥ 0.</para>
/// </remarks>
public sealed class BlackbodyRadius : Function1D
{
    /// <summary>XSPEC's bbodyrad constant, photons/(cm² s keV³) per unit norm.</summary>
    public const double PhotonConstant = 1.0344e-3;

    /// <summary>Creates the blackbody; omitted arguments take XSPEC's defaults.</summary>
    /// <param name="kT">Temperature, keV.</param>
    /// <param name="norm">(R/km)² / (D/10 kpc)², dimensionless.</param>
    public BlackbodyRadius(double? kT = null, double? norm = null)
        : base([
            new Parameter("kT", 3.0, 1e-4, 200.0, description: "temperature of the blackbody"),
            new Parameter("norm", 1.0, 0.0, null, description: "(R/km)^2 / (D/10 kpc)^2", isNormalization: true),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (kT is { } t) { KT.Value = t; }
        if (norm is { } n) { Norm.Value = n; }
    }

    /// <inheritdoc />
    public override string Name => "BlackbodyRadius";

    /// <inheritdoc />
    public override string Latex => @"$f(x) = \mathrm{norm}\,\frac{1.0344\times 10^{-3}\,x^2}{\exp(x/kT) - 1}$";

    /// <inheritdoc />
    public override string Description => "Blackbody normalised by (R/km)^2/(D/10 kpc)^2 (XSPEC bbodyrad)";

    /// <summary>Temperature kT, keV.</summary>
    public Parameter KT => Parameters[0];

    /// <summary>Normalisation (R/km)² / (D/10 kpc)², dimensionless.</summary>
    public Parameter Norm => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x) => Blackbody.Shape(x, PhotonConstant * Norm.Value, KT.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        SpanKernels.Blackbody(x, PhotonConstant * Norm.Value, KT.Value, destination);
    }

    /// <inheritdoc />
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        System.Numerics.Tensors.TensorPrimitives.Multiply(SpanKernels.BlackbodyShape(grid, shapes, KT.Value), PhotonConstant * Norm.Value, destination[..grid.Length]);
    }

    /// <inheritdoc />
    internal override bool TryAddGridTerms(EnergyGrid grid, ShapeCache shapes, ref GridTerms terms) =>
        terms.TryAdd(PhotonConstant * Norm.Value, SpanKernels.BlackbodyShape(grid, shapes, KT.Value));

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        KT.Unit = xUnit;
        Norm.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new BlackbodyRadius();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        Blackbody.TryIntegrateShape(PhotonConstant * Norm.Value, KT.Value, a, b, energyPower, out value);
}
