namespace Astromodels.Functions;

/// <summary>A blackbody photon spectrum, f(x) = K x² / (exp(x/kT) − 1) (astromodels' <c>Blackbody</c>).</summary>
/// <remarks>Defaults: K = 1e-4 ≥ 0, kT = 30 keV ≥ 0, no transformation. Evaluated with expm1 so that x ≪ kT keeps full
/// precision (f → K·x·kT). Bin integrals are summed from the Bernoulli and exponential series of
/// ∫ tⁿ/(eᵗ − 1) dt (<see cref="Numerics.BoseEinsteinIntegral"/>) rather than by quadrature. The span overload is a SIMD kernel (Kahan's expm1 from vector exp and log) that agrees
/// with the scalar overload to a few ulp.</remarks>
public sealed class Blackbody : Function1D
{
    /// <summary>Creates a blackbody; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization, 1/(cm² keV³ s).</param>
    /// <param name="kT">Temperature, keV.</param>
    public Blackbody(double? K = null, double? kT = null)
        : base([
            new Parameter("K", 1e-4, 0.0, null, description: "", isNormalization: true),
            new Parameter("kT", 30.0, 0.0, null, description: "temperature of the blackbody"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (kT is { } t) { KT.Value = t; }
    }

    /// <inheritdoc />
    public override string Name => "Blackbody";

    /// <inheritdoc />
    public override string Latex => @"$f(x) = K \frac{x^2}{\exp(\frac{x}{kT}) -1}  $";

    /// <inheritdoc />
    public override string Description => "A blackbody function";

    /// <summary>Normalization, 1/(cm² keV³ s).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Temperature kT, keV.</summary>
    public Parameter KT => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x) => Shape(x, K.Value, KT.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        SpanKernels.Blackbody(x, K.Value, KT.Value, destination);
    }

    /// <inheritdoc />
    /// <remarks>K times the cached shape x²/(e^(x/kT) − 1) for this kT.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        System.Numerics.Tensors.TensorPrimitives.Multiply(SpanKernels.BlackbodyShape(grid, shapes, KT.Value), K.Value, destination[..grid.Length]);
    }

    /// <inheritdoc />
    internal override bool TryAddGridTerms(EnergyGrid grid, ShapeCache shapes, ref GridTerms terms) =>
        terms.TryAdd(K.Value, SpanKernels.BlackbodyShape(grid, shapes, KT.Value));

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit / xUnit.Pow(2);
        KT.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Blackbody();

    /// <summary>∫ Eᵏ f dE = K·kT^(k+3)·∫ t^(k+2)/(eᵗ − 1) dt over [a/kT, b/kT] (see <see cref="Numerics.BoseEinsteinIntegral"/>).</summary>
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value) =>
        TryIntegrateShape(K.Value, KT.Value, a, b, energyPower, out value);

    /// <summary>∫ₐᵇ Eᵏ · k E²/(e^(E/kT) − 1) dE for k = <paramref name="energyPower"/> (E, kT in keV); false outside its domain.</summary>
    /// <remarks>Shared by every Planck-shaped photon spectrum (<see cref="BlackbodyRadius"/> is this shape with k = 1.0344e-3 norm).</remarks>
    internal static bool TryIntegrateShape(double k, double kT, double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!(a >= 0) || !(b >= a) || !(kT > 0))
        {
            return false;
        }

        var n = energyPower + 2;
        value = k * Math.Pow(kT, n + 1) * Numerics.BoseEinsteinIntegral.Integral(n, a / kT, b / kT);
        return true;
    }

    /// <summary>The scalar reference: K x²/expm1(x/kT), or K x² e^(−x/kT) past x/kT = 700.</summary>
    internal static double Shape(double x, double k, double kT)
    {
        var r = x / kT;
        if (r == 0)
        {
            return 0; // the limit K·x·kT of K x²/expm1(x/kT); the formula itself gives 0/0
        }

        // Past r ≈ 709 exp overflows; the photon spectrum is 0 to double precision long before.
        return r > 700 ? k * x * x * Math.Exp(-r) : k * x * x / Numerics.AccurateMath.Expm1(r);
    }
}
