namespace Astromodels.Functions;

/// <summary>Tuebingen-Boulder interstellar absorption, f(E) = exp(−NH·σ((1 + z)E)) (astromodels' <c>TbAbs</c>, XSPEC's <c>tbabs</c>).</summary>
/// <remarks>
/// <para>σ is the cross-section per H atom of Wilms, Allen &amp; McCray (2000), ApJ 542, 914, computed here from the
/// published physics as XSPEC's <c>tbabs</c> (version 2.3) computes it: gas-phase photoionisation of H, He and 16
/// metals from the fits of Verner &amp; Yakovlev (1995), A&amp;AS 109, 125, and Verner et al. (1996), ApJ 465, 487
/// (He from Yan, Sadeghpour &amp; Dalgarno 1998, ApJ 496, 1044; resolved O K, Ne K and Fe L edges from laboratory and
/// R-matrix tables), molecular H₂ (20 % of H), and grains with the depletion factors and the MRN size distribution
/// of that paper, self-shielding included (see <see cref="TbAbsCrossSection"/>). Abundances WILM (default; Wilms et
/// al. 2000), AG89 (Anders &amp; Grevesse 1989) or ASPL (Asplund et al. 2009).</para>
/// <para>Valid from 0.03 keV to 1 MeV; within 0.08 % of XSPEC's tabulated <c>tbabs</c> at every energy from 0.1 to
/// 20 keV, O K resonances included, when compared in XSPEC's bin convention
/// (docs/design/0009-photoelectric-absorption.md). Defaults as astromodels: NH = 1
/// (10²² cm⁻², normalization flag set, log10), redshift = 0 fixed.</para>
/// </remarks>
public sealed class TbAbs : PhotoelectricAbsorption
{
    private static readonly AbundanceTable[] Allowed = [AbundanceTable.WILM, AbundanceTable.AG89, AbundanceTable.ASPL];

    /// <summary>Creates the absorber; omitted arguments take astromodels' defaults.</summary>
    /// <param name="NH">Hydrogen column density, 10²² cm⁻².</param>
    /// <param name="redshift">Redshift of the absorber.</param>
    /// <param name="abundanceTable">Solar abundances (WILM by default).</param>
    public TbAbs(double? NH = null, double? redshift = null, AbundanceTable abundanceTable = AbundanceTable.WILM)
        : base(nhIsNormalization: true, AbundanceTable.WILM)
    {
        AbundanceTable = abundanceTable;
        if (NH is { } nh) { this.NH.Value = nh; }
        if (redshift is { } z) { Redshift.Value = z; }
    }

    /// <inheritdoc />
    public override string Name => "TbAbs";

    /// <inheritdoc />
    public override string Latex => @"$f(E) = \exp(-N_H \sigma(E))$";

    /// <inheritdoc />
    public override string Description => "Photometric absorption (Tbabs implementation), f(E) = exp(- NH * sigma(E))";

    /// <inheritdoc />
    public override IReadOnlyList<AbundanceTable> AllowedAbundanceTables => Allowed;

    /// <inheritdoc />
    private protected override CrossSection CurrentCrossSection => TbAbsCrossSection.For(AbundanceTable);

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new TbAbs();
}
