namespace Astromodels.Functions;

/// <summary>A power law normalised by its photon flux F between a and b (astromodels' <c>Powerlaw_flux</c>):
/// f(x) = F (index + 1) / (b^(index+1) − a^(index+1)) · x^index.</summary>
/// <remarks>Defaults: F = 1 in [1e-30, 1e3] (log10 transformation), index = −2 in [−10, 10], a = 1 keV and b = 100 keV
/// (both fixed). The normalization is F·s/(b^s − a^s), s = index + 1; at s = 0 it is F/ln(b/a), the limit of that
/// expression (astromodels divides by zero there), and near s = 0 it is evaluated without the cancellation of
/// b^s − a^s (astromodels loses about |log10 s| digits there).</remarks>
public sealed class PowerlawFlux : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="F">Photon flux between a and b, 1/(cm² s).</param>
    /// <param name="index">Photon index (dimensionless).</param>
    /// <param name="a">Lower end of the band defining F, keV.</param>
    /// <param name="b">Upper end of the band defining F, keV.</param>
    public PowerlawFlux(double? F = null, double? index = null, double? a = null, double? b = null)
        : base([
            new Parameter("F", 1.0, 1e-30, 1e3, description: "Integral between a and b", isNormalization: true, transformation: ParameterTransformation.Log10),
            new Parameter("index", -2.0, -10, 10, description: "Photon index"),
            new Parameter("a", 1.0, description: "lower bound for the band in which computing the integral F", free: false),
            new Parameter("b", 100.0, description: "upper bound for the band in which computing the integral F", free: false),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (F is { } f) { this.F.Value = f; }
        if (index is { } i) { Index.Value = i; }
        if (a is { } lo) { A.Value = lo; }
        if (b is { } hi) { B.Value = hi; }
    }

    /// <inheritdoc />
    public override string Name => "Powerlaw_flux";

    /// <inheritdoc />
    public override string Latex => @"$ \frac{F(\gamma+1)} {b^{\gamma+1} - a^{\gamma+1}} (x)^{\gamma}$";

    /// <inheritdoc />
    public override string Description => "A simple power-law with the photon flux in a band used as normalization. This will reduce the correlation between the index and the normalization.";

    /// <summary>Photon flux between <see cref="A"/> and <see cref="B"/>, 1/(cm² s).</summary>
    public Parameter F => Parameters[0];

    /// <summary>Photon index (dimensionless).</summary>
    public Parameter Index => Parameters[1];

    /// <summary>Lower end of the normalization band, keV (fixed by default).</summary>
    public Parameter A => Parameters[2];

    /// <summary>Upper end of the normalization band, keV (fixed by default).</summary>
    public Parameter B => Parameters[3];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var index = Index.Value;
        return Normalization(index) * Math.Pow(x, index);
    }

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var index = Index.Value;
        SpanKernels.PowerLaw(x, 1.0, index, Normalization(index), destination);
    }

    /// <inheritdoc />
    /// <remarks>The normalization times the cached E^index, computed as exp(index·ln E) from the grid's ln E.</remarks>
    protected internal override void EvaluateOnGrid(EnergyGrid grid, ShapeCache shapes, Span<double> destination)
    {
        CheckDestination(grid.Length, destination.Length);
        var index = Index.Value;
        if (SpanKernels.TryPowerLawShape(grid, shapes, 1.0, index, out var shape))
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(shape, Normalization(index), destination[..grid.Length]);
            return;
        }

        Evaluate(grid.Energies, destination);
    }

    /// <inheritdoc />
    internal override bool TryAddGridTerms(EnergyGrid grid, ShapeCache shapes, ref GridTerms terms)
    {
        var index = Index.Value;
        return SpanKernels.TryPowerLawShape(grid, shapes, 1.0, index, out var shape) && terms.TryAdd(Normalization(index), shape);
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        F.Unit = yUnit * xUnit;
        Index.Unit = Unit.Dimensionless;
        A.Unit = xUnit;
        B.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new PowerlawFlux();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!(a > 0 && b > 0))
        {
            return false;
        }

        var index = Index.Value;
        value = Normalization(index) * PowerlawIntegrals.PowerIntegral(a, b, index + energyPower + 1);
        return true;
    }

    private double Normalization(double index)
    {
        var gp1 = index + 1;
        var a = A.Value;
        var b = B.Value;
        if (a > 0 && b > 0)
        {
            // (b^s − a^s)/s without the cancellation of that difference near s = 0.
            return F.Value / PowerlawIntegrals.PowerIntegral(a, b, gp1);
        }

        return gp1 == 0 ? F.Value / Math.Log(b / a) : F.Value * gp1 / (Math.Pow(b, gp1) - Math.Pow(a, gp1));
    }
}
