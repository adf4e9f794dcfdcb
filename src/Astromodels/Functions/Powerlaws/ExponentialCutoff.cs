namespace Astromodels.Functions;

/// <summary>An exponential cutoff, f(x) = K exp(−x/xc) (astromodels' <c>Exponential_cutoff</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1 (unbounded, no transformation), xc = 100 keV ≥ 1.</para>
/// <para>Integral of xᵏ·f over [x₁, x₂] ⊂ (0, ∞): K·xc^(k+1)·[Γ(k+1, x₁/xc) − Γ(k+1, x₂/xc)]; for k = 0 and any x₁ it is
/// K·xc·e^(−x₁/xc)·(1 − e^(−(x₂−x₁)/xc)), with expm1 for narrow bins.</para>
/// </remarks>
public sealed class ExponentialCutoff : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Normalization (value at x = 0), in the unit of y.</param>
    /// <param name="xc">Cutoff energy, keV.</param>
    public ExponentialCutoff(double? K = null, double? xc = null)
        : base([
            new Parameter("K", 1.0, description: "Normalization", isNormalization: true),
            new Parameter("xc", 100.0, 1, null, description: "cutoff"),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (xc is { } c) { Xc.Value = c; }
    }

    /// <inheritdoc />
    public override string Name => "Exponential_cutoff";

    /// <inheritdoc />
    public override string Latex => @"$ K \exp{(-x/xc)} $";

    /// <inheritdoc />
    public override string Description => "An exponential cutoff";

    /// <summary>Normalization (value at x = 0), in the unit of y.</summary>
    public Parameter K => Parameters[0];

    /// <summary>Cutoff energy, keV.</summary>
    public Parameter Xc => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x) => K.Value * Math.Exp(x / -Xc.Value);

    /// <inheritdoc />
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
    {
        CheckDestination(x.Length, destination.Length);
        var k = K.Value;
        var negXc = -Xc.Value;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = k * Math.Exp(x[i] / negXc);
        }
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        Xc.Unit = xUnit;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new ExponentialCutoff();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var xc = Xc.Value;
        if (!(xc > 0) || !double.IsFinite(a) || !double.IsFinite(b))
        {
            return false;
        }

        if (energyPower == 0)
        {
            value = -K.Value * xc * Math.Exp(-a / xc) * Numerics.AccurateMath.Expm1(-(b - a) / xc);
        }
        else if (a > 0 && b > 0)
        {
            value = K.Value * CutoffIntegrals.Exponential(energyPower + 1, a, b, xc);
        }
        else
        {
            return false;
        }

        return double.IsFinite(value);
    }
}
