namespace Astromodels.Functions;

/// <summary>A sinusoid, f(x) = K sin(2π f x + phi) (astromodels' <c>Sin</c>).</summary>
/// <remarks>
/// <para>Defaults: K = 1, f = 1/(2π) ≥ 0, phi = 0 rad in [−π, π].</para>
/// <para>Integral of xᵏ·f over [x₁, x₂]: with ω = 2πf, centre m = (x₁ + x₂)/2, half-width h and θ = ωm + phi,
/// ∫ (m + u)ᵏ (sin ωu cos θ + cos ωu sin θ) du over [−h, h] keeps only the even parts:
/// C₀ = ∫cos ωu = 2h·sin z/z, S₁ = ∫u sin ωu = 2h²(sin z − z cos z)/z², C₂ = ∫u² cos ωu = 2h³(z² sin z + 2z cos z − 2 sin z)/z³
/// (z = ωh, by series for z &lt; 1 where these cancel); then k = 0: K sin θ C₀, k = 1: K(m sin θ C₀ + cos θ S₁),
/// k = 2: K(m² sin θ C₀ + 2m cos θ S₁ + sin θ C₂).</para>
/// </remarks>
public sealed class Sin : Function1D
{
    /// <summary>Creates the function; omitted arguments take astromodels' defaults.</summary>
    /// <param name="K">Amplitude, in the unit of y.</param>
    /// <param name="f">Frequency, rad/keV divided by 2π (cycles per keV).</param>
    /// <param name="phi">Phase, rad.</param>
    public Sin(double? K = null, double? f = null, double? phi = null)
        : base([
            new Parameter("K", 1.0, description: "Normalization", isNormalization: true),
            new Parameter("f", 1.0 / (2 * Math.PI), 0, null, description: "frequency"),
            new Parameter("phi", 0.0, -Math.PI, Math.PI, description: "phase", unit: Units.rad),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (K is { } k) { this.K.Value = k; }
        if (f is { } frequency) { F.Value = frequency; }
        if (phi is { } phase) { Phi.Value = phase; }
    }

    /// <inheritdoc />
    public override string Name => "Sin";

    /// <inheritdoc />
    public override string Latex => @"$ K~\sin{(2\pi f x + \phi)} $";

    /// <inheritdoc />
    public override string Description => "A sinusodial function";

    /// <summary>Amplitude, in the unit of y.</summary>
    public Parameter K => Parameters[0];

    /// <summary>Frequency in cycles per unit of x (unit rad/keV, as astromodels sets it).</summary>
    public Parameter F => Parameters[1];

    /// <summary>Phase, rad.</summary>
    public Parameter Phi => Parameters[2];

    /// <inheritdoc />
    public override double Evaluate(double x) => K.Value * Math.Sin(2 * Math.PI * F.Value * x + Phi.Value);

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        K.Unit = yUnit;
        F.Unit = Units.rad / xUnit;
        Phi.Unit = Units.rad;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new Sin();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return false;
        }

        var omega = 2 * Math.PI * F.Value;
        var m = 0.5 * (a + b);
        var h = 0.5 * (b - a);
        var theta = omega * m + Phi.Value;
        var (sinTheta, cosTheta) = Math.SinCos(theta);
        var (c0, s1, c2) = EvenMoments(omega, h);
        value = K.Value * energyPower switch
        {
            0 => sinTheta * c0,
            1 => m * sinTheta * c0 + cosTheta * s1,
            _ => m * m * sinTheta * c0 + 2 * m * cosTheta * s1 + sinTheta * c2,
        };
        return double.IsFinite(value);
    }

    /// <summary>∫cos ωu, ∫u sin ωu and ∫u² cos ωu over [−h, h].</summary>
    private static (double C0, double S1, double C2) EvenMoments(double omega, double h)
    {
        var z = omega * h;
        var h2 = h * h;
        if (Math.Abs(z) >= 1)
        {
            var (sin, cos) = Math.SinCos(z);
            return (2 * h * sin / z, 2 * h2 * (sin - z * cos) / (z * z), 2 * h2 * h * ((z * z - 2) * sin + 2 * z * cos) / (z * z * z));
        }

        // Taylor series of the cosine/sine moments: Σₙ (−1)ⁿ z^(2n)/(2n)! · 2h/(2n+1), ... ; 12 terms reach 1e-17 for |z| < 1.
        double c0 = 0, s1 = 0, c2 = 0;
        var power = 1.0; // (−1)ⁿ z^(2n)/(2n)!
        var z2 = z * z;
        for (var n = 0; n < 12; n++)
        {
            c0 += power / (2 * n + 1);
            c2 += power / (2 * n + 3);
            s1 += power * z / ((2 * n + 1) * (2 * n + 3));
            power *= -z2 / ((2 * n + 1) * (2 * n + 2));
        }

        return (2 * h * c0, 2 * h2 * s1, 2 * h2 * h * c2);
    }
}
