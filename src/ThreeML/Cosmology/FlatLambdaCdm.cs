using Astromodels.Numerics;

namespace ThreeML.Cosmology;

/// <summary>A flat ΛCDM cosmology with photons and (massive) neutrinos, as astropy's <c>FlatLambdaCDM</c>; distances in cm.</summary>
/// <remarks>
/// <para>E(z)² = Ωm(1+z)³ + Ωγ(1+z)⁴[1 + ρν(z)/ργ(z)] + ΩΛ, ΩΛ = 1 − Ωm − Ωγ − Ων (flat). Ωγ = (4σ_SB/c³)·T_CMB⁴/ρ_crit,
/// ρ_crit = 3H₀²/(8πG). The neutrino-to-photon density ratio is (7/8)(4/11)^(4/3)·(Neff/3)·Σᵢ f(mᵢ c²/(k T_ν (1+z)⁻¹)) with
/// f(y) = (1 + (0.3173 y)^1.83)^(1/1.83) for each massive species and 1 for each massless one (Komatsu et al. 2011,
/// ApJS 192, 18, eq. 26, as astropy does), T_ν = (4/11)^(1/3) T_CMB.</para>
/// <para>Comoving distance D_C = (c/H₀) ∫₀^z dz'/E(z') by adaptive Gauss–Kronrod to 1e-12; luminosity distance
/// D_L = (1+z) D_C (Hogg 1999, astro-ph/9905116, eqs. 15, 21). <see cref="Planck18"/> holds Planck 2018 VI (A&amp;A 641, A6,
/// Table 2 TT,TE,EE+lowE+lensing+BAO) parameters as astropy's <c>Planck18</c>: H₀ = 67.66, Ωm = 0.30966, T_CMB = 2.7255 K,
/// Neff = 3.046, masses (0, 0, 0.06) eV. Constants CODATA 2018.</para>
/// </remarks>
public sealed class FlatLambdaCdm
{
    private const double SpeedOfLightKmPerS = 299792.458;
    private const double MegaparsecCm = 3.0856775814913673e24;
    private const double MegaparsecKm = 3.0856775814913673e19;
    private const double GravitationalConstant = 6.67430e-11; // m³/(kg s²)
    private const double StefanBoltzmann = 5.670374419e-8;   // W/(m² K⁴)
    private const double SpeedOfLight = 299792458.0;          // m/s
    private const double BoltzmannEv = 8.617333262e-5;        // eV/K
    private const double NeutrinoPrefactor = 0.22710731766;  // (7/8)(4/11)^(4/3)
    private readonly double[] _neutrinoY;
    private readonly int _massless;

    /// <summary>Creates the cosmology.</summary>
    /// <param name="h0">Hubble constant, km/(s Mpc).</param>
    /// <param name="om0">Matter density today (baryons + cold dark matter), in units of the critical density.</param>
    /// <param name="tcmb0">CMB temperature today, K (0: no radiation, as astropy's default <c>FlatLambdaCDM</c>).</param>
    /// <param name="neff">Effective number of neutrino species.</param>
    /// <param name="neutrinoMassesEv">The three neutrino masses, eV (all 0 when omitted).</param>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive H₀, Ωm outside [0, 1], or a negative temperature or mass.</exception>
    public FlatLambdaCdm(double h0, double om0, double tcmb0 = 0, double neff = 3.046, IReadOnlyList<double>? neutrinoMassesEv = null)
    {
        if (!(h0 > 0) || !(om0 >= 0 && om0 <= 1) || !(tcmb0 >= 0) || !(neff >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(h0), $"Need H0 > 0, 0 ≤ Om0 ≤ 1, Tcmb0 ≥ 0 and Neff ≥ 0 (got H0 = {h0}, Om0 = {om0}, Tcmb0 = {tcmb0}, Neff = {neff}).");
        }

        H0 = h0;
        Om0 = om0;
        Tcmb0 = tcmb0;
        Neff = neff;
        var masses = neutrinoMassesEv ?? [];
        if (masses.Any(m => !(m >= 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(neutrinoMassesEv), "Neutrino masses must be ≥ 0 eV.");
        }

        var tnu = 0.7137658555036082 * tcmb0; // (4/11)^(1/3) T_CMB
        _neutrinoY = tcmb0 > 0 ? masses.Where(m => m > 0).Select(m => m / (BoltzmannEv * tnu)).ToArray() : [];
        _massless = 3 - _neutrinoY.Length;
        var h0PerSecond = h0 / MegaparsecKm;
        var critical = 3 * h0PerSecond * h0PerSecond / (8 * Math.PI * GravitationalConstant);
        Ogamma0 = 4 * StefanBoltzmann / (SpeedOfLight * SpeedOfLight * SpeedOfLight) * Math.Pow(tcmb0, 4) / critical;
        Onu0 = Ogamma0 * NeutrinoRatio(0);
        Ode0 = 1 - om0 - Ogamma0 - Onu0;
    }

    /// <summary>Planck 2018 (astropy's <c>Planck18</c>): H₀ = 67.66 km/(s Mpc), Ωm = 0.30966, T_CMB = 2.7255 K, Neff = 3.046, m_ν = (0, 0, 0.06) eV.</summary>
    public static FlatLambdaCdm Planck18 { get; } = new(67.66, 0.30966, 2.7255, 3.046, [0, 0, 0.06]);

    /// <summary>Hubble constant, km/(s Mpc).</summary>
    public double H0 { get; }

    /// <summary>Matter density today, in units of the critical density.</summary>
    public double Om0 { get; }

    /// <summary>CMB temperature today, K.</summary>
    public double Tcmb0 { get; }

    /// <summary>Effective number of neutrino species.</summary>
    public double Neff { get; }

    /// <summary>Photon density today, in units of the critical density.</summary>
    public double Ogamma0 { get; }

    /// <summary>Neutrino density today, in units of the critical density.</summary>
    public double Onu0 { get; }

    /// <summary>Dark-energy density today (1 − Ωm − Ωγ − Ων), in units of the critical density.</summary>
    public double Ode0 { get; }

    /// <summary>E(z) = H(z)/H₀, dimensionless.</summary>
    public double E(double z)
    {
        var a = 1 + z;
        return Math.Sqrt(Om0 * a * a * a + Ogamma0 * a * a * a * a * (1 + NeutrinoRatio(z)) + Ode0);
    }

    /// <summary>Line-of-sight comoving distance to redshift z, cm.</summary>
    /// <exception cref="ArgumentOutOfRangeException">z negative or not finite.</exception>
    public double ComovingDistance(double z)
    {
        if (!(z >= 0) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The redshift must be finite and ≥ 0.");
        }

        return z == 0 ? 0 : SpeedOfLightKmPerS / H0 * MegaparsecCm * GaussKronrod.Integrate(x => 1 / E(x), 0, z, 1e-12);
    }

    /// <summary>Luminosity distance to redshift z, cm.</summary>
    public double LuminosityDistance(double z) => (1 + z) * ComovingDistance(z);

    private double NeutrinoRatio(double z)
    {
        if (Tcmb0 == 0)
        {
            return 0;
        }

        var sum = (double)_massless;
        foreach (var y in _neutrinoY)
        {
            sum += Math.Pow(1 + Math.Pow(0.3173 * y / (1 + z), 1.83), 1 / 1.83);
        }

        return NeutrinoPrefactor * Neff / 3 * sum;
    }
}
