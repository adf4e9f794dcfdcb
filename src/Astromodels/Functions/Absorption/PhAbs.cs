namespace Astromodels.Functions;

/// <summary>Photoelectric absorption, f(E) = exp(−NH·σ((1 + z)E)) (astromodels' <c>PhAbs</c>, XSPEC's <c>phabs</c>).</summary>
/// <remarks>
/// <para>σ is the sum over H, He, C, N, O, Ne, Na, Mg, Al, Si, S, Cl, Ar, Ca, Cr, Fe, Co and Ni of abundance ×
/// photoionisation cross-section of the neutral atom; no molecules, no grains. The cross-sections follow
/// <see cref="CrossSections"/>, as XSPEC's <c>xsect</c> setting: <see cref="PhotoionizationCrossSections.Vern"/>
/// (default; Verner &amp; Yakovlev 1995, A&amp;AS 109, 125, and Verner et al. 1996, ApJ 465, 487 — XSPEC's default and
/// what astromodels' tabulated <c>phabs</c> holds) or <see cref="PhotoionizationCrossSections.Bcmc"/>
/// (Balucinska-Church &amp; McCammon 1992, ApJ 400, 699, with the He cross-section of Yan, Sadeghpour &amp; Dalgarno
/// 1998, ApJ 496, 1044). Abundances AG89 (default; Anders &amp; Grevesse 1989) or ASPL (Asplund et al. 2009).</para>
/// <para>Valid from 0.03 keV to 1 MeV. Defaults as astromodels: NH = 1 (10²² cm⁻², log10; astromodels does not flag
/// NH as a normalization here), redshift = 0 fixed.</para>
/// </remarks>
public sealed class PhAbs : PhotoelectricAbsorption
{
    private static readonly AbundanceTable[] Allowed = [AbundanceTable.AG89, AbundanceTable.ASPL];

    /// <summary>Creates the absorber; omitted arguments take astromodels' defaults.</summary>
    /// <param name="NH">Hydrogen column density, 10²² cm⁻².</param>
    /// <param name="redshift">Redshift of the absorber.</param>
    /// <param name="abundanceTable">Solar abundances (AG89 by default).</param>
    /// <param name="crossSections">Per-element cross-sections (Verner's by default, as XSPEC).</param>
    public PhAbs(double? NH = null, double? redshift = null, AbundanceTable abundanceTable = AbundanceTable.AG89,
        PhotoionizationCrossSections crossSections = PhotoionizationCrossSections.Vern)
        : base(nhIsNormalization: false, AbundanceTable.AG89)
    {
        AbundanceTable = abundanceTable;
        CrossSections = crossSections;
        if (NH is { } nh) { this.NH.Value = nh; }
        if (redshift is { } z) { Redshift.Value = z; }
    }

    /// <inheritdoc />
    public override string Name => "PhAbs";

    /// <inheritdoc />
    public override string Latex => @"$f(E) = \exp(-N_H \sigma(E))$";

    /// <inheritdoc />
    public override string Description => "Photometric absorption (phabs implementation), f(E) = exp(- NH * sigma(E))";

    /// <inheritdoc />
    public override IReadOnlyList<AbundanceTable> AllowedAbundanceTables => Allowed;

    /// <inheritdoc />
    internal override IEnumerable<(string Name, string Value)> DisplayedProperties =>
        [.. base.DisplayedProperties, ("cross_sections", CrossSections.ToString().ToLowerInvariant())];

    /// <summary>The per-element cross-sections summed (XSPEC's <c>xsect</c>; Verner's by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a member of the enumeration.</exception>
    public PhotoionizationCrossSections CrossSections
    {
        get;
        set
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "PhAbs cross-sections must be Vern or Bcmc.");
            }

            field = value;
        }
    }

    /// <inheritdoc />
    private protected override CrossSection CurrentCrossSection => CrossSections == PhotoionizationCrossSections.Bcmc
        ? BcmcCrossSection.For(AbundanceTable)
        : VernerGasCrossSection.For(AbundanceTable);

    /// <inheritdoc />
    /// <remarks>The abundance table and the cross-section choice travel with the copy.</remarks>
    public override Function1D Clone()
    {
        var copy = (PhAbs)base.Clone();
        copy.CrossSections = CrossSections;
        return copy;
    }

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new PhAbs();
}
