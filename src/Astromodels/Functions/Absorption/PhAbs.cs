namespace Astromodels.Functions;

/// <summary>Photoelectric absorption, f(E) = exp(−NH·σ((1 + z)E)) (astromodels' <c>PhAbs</c>, XSPEC's <c>phabs</c>).</summary>
/// <remarks>
/// <para>σ is the sum over elements of abundance × photoionisation cross-section of Balucinska-Church &amp; McCammon
/// (1992), ApJ 400, 699, with the He cross-section of Yan, Sadeghpour &amp; Dalgarno (1998), ApJ 496, 1044; no
/// molecules, no grains. Abundances AG89 (default; Anders &amp; Grevesse 1989) or ASPL (Asplund et al. 2009).</para>
/// <para>σ(E) is XSPEC's own, as tabulated by astromodels (BSD-3; see docs/design/0009-photoelectric-absorption.md),
/// interpolated linearly on its 10 000-point grid from 0.1 to 20 keV and continued as a power law beyond. Defaults
/// as astromodels: NH = 1 (10²² cm⁻², log10; astromodels does not flag NH as a normalization here), redshift = 0 fixed.</para>
/// </remarks>
public sealed class PhAbs : PhotoelectricAbsorption
{
    private static readonly AbundanceTable[] Allowed = [AbundanceTable.AG89, AbundanceTable.ASPL];

    /// <summary>Creates the absorber; omitted arguments take astromodels' defaults.</summary>
    /// <param name="NH">Hydrogen column density, 10²² cm⁻².</param>
    /// <param name="redshift">Redshift of the absorber.</param>
    /// <param name="abundanceTable">Solar abundances (AG89 by default).</param>
    public PhAbs(double? NH = null, double? redshift = null, AbundanceTable abundanceTable = AbundanceTable.AG89)
        : base(nhIsNormalization: false, AbundanceTable.AG89)
    {
        AbundanceTable = abundanceTable;
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
    private protected override CrossSection CurrentCrossSection => TabulatedCrossSection.PhAbs(AbundanceTable);

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new PhAbs();
}
