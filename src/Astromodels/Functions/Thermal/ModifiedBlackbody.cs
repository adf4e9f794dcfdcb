namespace Astromodels.Functions;

/// <summary>A modified blackbody, f(x) = K (x/kT)^1.5 e^(−x/kT) / √(1 − e^(−x/kT)) / x (astromodels' <c>ModifiedBlackbody</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1e-4 ≥ 0, kT = 30 keV ≥ 0, no transformation. astromodels' description and LaTeX are copies of
/// <see cref="Blackbody"/>'s, and its <c>_set_units</c> gives K the unit y/x (1/(cm² keV² s)) although K/x must be y
/// (K is really in 1/(cm² s)); all three are kept verbatim for parity.</para>
/// <para>1 − e^(−x/kT) is evaluated as −expm1(−x/kT), accurate for x ≪ kT where astromodels' form cancels (at x/kT = 1e-3 it
/// loses three digits). No closed-form integral: adaptive quadrature.</para>
/// </remarks>
public sealed class ModifiedBlackbody : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization, 1/(cm² s) (its Unit reads 1/(cm² keV² s), as astromodels sets it).</param>
    /// <param name="kT">Temperature, keV.</param>
    public ModifiedBlackbody(double? K = null, double? kT = null)
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
    public override string Name => "ModifiedBlackbody";

    /// <inheritdoc />
    public override string Latex => @"$f(x) = K \frac{x^2}{\exp(\frac{x}{kT}) -1}  $";

    /// <inheritdoc />
    public override string Description => "A blackbody function";

    /// <summary>Normalization, 1/(cm² s) (its Unit reads 1/(cm² keV² s), as astromodels sets it).</summary>
    public Parameter K => Parameters[0];

    /// <summary>Temperature kT, keV.</summary>
    public Parameter KT => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x) => Shape(x, K.Value, KT.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var kT = KT.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Shape(x[i], k, kT);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit / xUnit;
        KT.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new ModifiedBlackbody();

    private static double Shape(double x, double k, double kT)
    {
        var r = x / kT;
        return k * r * Math.Sqrt(r) * Math.Exp(-r) / Math.Sqrt(-Numerics.AccurateMath.Expm1(-r)) / x;
    }
}
