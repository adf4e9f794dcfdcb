using Astromodels.Numerics;

namespace Astromodels.Functions;

/// <summary>The multi-temperature accretion-disk blackbody (XSPEC's <c>diskbb</c>): photon flux 1/(cm² keV s) of an
/// optically thick disk with T(r) = Tin·(r/Rin)^(−3/4), parameters Tin (keV) and norm = (Rin/km / (D/10 kpc))²·cos i.</summary>
/// <remarks>
/// <para>Mitsuda et al. (1984, PASJ 36, 741); Makishima et al. (1986, ApJ 308, 635). The disk seen at inclination i and
/// distance D gives N(E) = (cos i / D²) ∫_Rin^∞ 2πr B_ph(E, T(r)) dr with the blackbody photon intensity
/// B_ph = 2E²/(h³c²) / (e^(E/kT) − 1). Substituting u = (E/Tin)(r/Rin)^(3/4):
/// N(E) = norm · C · (4/3) · Tin^(8/3) · E^(−2/3) · G(E/Tin), G(a) = ∫ₐ^∞ u^(5/3)/(eᵘ − 1) du,
/// C = 2π (1 km / 10 kpc)² · 2/(h³c²) = 2.0760148733165e-3 (CODATA 2018 h and c, IAU parsec; computed with astropy).
/// XSPEC's <c>diskbb</c> evaluates the same integral from an interpolation formula accurate to about 1e-5 whose
/// normalisation corresponds to C ≈ 2.0756e-3 (2e-4 lower); this class evaluates the integral itself.</para>
/// <para>Bin integrals are exact: integrating by parts, ∫ Eᵏ N dE over [E₁, E₂] =
/// norm·C·(4/3)·Tin^(8/3)·[ (E^(k+1/3) G(E/Tin))|_E₁^E₂ + Tin^(k+1/3) ∫ u^(k+2)/(eᵘ − 1) du ] / (k + 1/3), the last
/// integral over [E₁/Tin, E₂/Tin] by <see cref="BoseEinsteinIntegral"/>. Defaults follow XSPEC: Tin = 1 keV in
/// [0, 1000], norm = 1 ≥ 0. The outer radius is infinite, as in XSPEC.</para>
/// </remarks>
public sealed class DiskBlackbody : Function1D
{
    /// <summary>2π (1 km / 10 kpc)² · 2/(h³c²), photons/(cm² s keV³) per unit norm.</summary>
    public const double PhotonConstant = 2.0760148733165204e-3;

    private const double Exponent = 5.0 / 3.0;
    private const double CompleteIntegral = 1.932161609089239; // Γ(8/3)ζ(8/3), scipy.special

    /// <summary>Creates the disk; omitted arguments take XSPEC's defaults.</summary>
    /// <param name="Tin">Temperature at the inner disk radius, keV.</param>
    /// <param name="norm">(Rin/km)² cos i / (D/10 kpc)², dimensionless.</param>
    public DiskBlackbody(double? Tin = null, double? norm = null)
        : base([
            new Parameter("Tin", 1.0, 0.0, 1000.0, description: "temperature at the inner disk radius"),
            new Parameter("norm", 1.0, 0.0, null, description: "(Rin/km)^2 cos(i) / (D/10 kpc)^2", isNormalization: true),
        ])
    {
        SetUnits(SpectralUnits.Energy, SpectralUnits.DifferentialFlux);
        if (Tin is { } t) { this.Tin.Value = t; }
        if (norm is { } n) { Norm.Value = n; }
    }

    /// <inheritdoc />
    public override string Name => "DiskBlackbody";

    /// <inheritdoc />
    public override string Latex => @"$f(x) = \mathrm{norm}\,C\,\frac{4}{3} T_{in}^{8/3} x^{-2/3} \int_{x/T_{in}}^\infty \frac{u^{5/3}}{e^u-1}du$";

    /// <inheritdoc />
    public override string Description => "Multi-temperature accretion-disk blackbody (XSPEC diskbb)";

    /// <summary>Temperature at the inner disk radius, keV.</summary>
    public Parameter Tin => Parameters[0];

    /// <summary>Normalisation (Rin/km)² cos i / (D/10 kpc)², dimensionless.</summary>
    public Parameter Norm => Parameters[1];

    /// <inheritdoc />
    public override double Evaluate(double x)
    {
        var tin = Tin.Value;
        if (!(x > 0) || !(tin > 0))
        {
            return 0;
        }

        return Norm.Value * PhotonConstant * (4.0 / 3.0) * Math.Pow(tin, 8.0 / 3.0) * Math.Pow(x, -2.0 / 3.0)
            * BoseEinsteinIntegral.UpperTail(Exponent, CompleteIntegral, x / tin);
    }

    /// <inheritdoc />
    public override void SetUnits(Unit xUnit, Unit yUnit)
    {
        Tin.Unit = xUnit;
        Norm.Unit = Unit.Dimensionless;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new DiskBlackbody();

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        var tin = Tin.Value;
        if (!(a >= 0) || !(b >= a) || double.IsPositiveInfinity(b) || !(tin > 0))
        {
            return false;
        }

        var p = energyPower + 1.0 / 3.0;
        double Boundary(double e) => e == 0 ? 0 : Math.Pow(e, p) * BoseEinsteinIntegral.UpperTail(Exponent, CompleteIntegral, e / tin);
        var inner = Math.Pow(tin, p) * BoseEinsteinIntegral.Integral(energyPower + 2, a / tin, b / tin);
        value = Norm.Value * PhotonConstant * (4.0 / 3.0) * Math.Pow(tin, 8.0 / 3.0) * (Boundary(b) - Boundary(a) + inner) / p;
        return true;
    }
}
