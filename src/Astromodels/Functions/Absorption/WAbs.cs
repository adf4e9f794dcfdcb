namespace Astromodels.Functions;

/// <summary>Morrison &amp; McCammon absorption, f(E) = exp(−NH·σ((1 + z)E)) (astromodels' <c>WAbs</c>, XSPEC's <c>wabs</c>).</summary>
/// <remarks>
/// <para>σ is evaluated from the published piecewise polynomials of Morrison &amp; McCammon (1983), ApJ 270, 119
/// (<see cref="MorrisonMcCammonCrossSection"/>), which assume the Anders &amp; Ebihara (1982) abundances; the only
/// table astromodels offers is therefore AG89, as a label. Defaults as astromodels: NH = 1 (10²² cm⁻², normalization
/// flag set, log10), redshift = 0 fixed.</para>
/// </remarks>
public sealed class WAbs : PhotoelectricAbsorption
{
    private static readonly AbundanceTable[] Allowed = [AbundanceTable.AG89];

    /// <summary>Creates the absorber; omitted arguments take astromodels' defaults.</summary>
    /// <param name="NH">Hydrogen column density, 10²² cm⁻².</param>
    /// <param name="redshift">Redshift of the absorber.</param>
    public WAbs(double? NH = null, double? redshift = null)
        : base(nhIsNormalization: true, AbundanceTable.AG89)
    {
        if (NH is { } nh) { this.NH.Value = nh; }
        if (redshift is { } z) { Redshift.Value = z; }
    }

    /// <inheritdoc />
    public override string Name => "WAbs";

    /// <inheritdoc />
    public override string Latex => @"$f(E) = \exp(-N_H \sigma(E))$";

    /// <inheritdoc />
    public override string Description => "Photometric absorption (Wabs implementation), f(E) = exp(- NH * sigma(E))";

    /// <inheritdoc />
    public override IReadOnlyList<AbundanceTable> AllowedAbundanceTables => Allowed;

    /// <inheritdoc />
    private protected override CrossSection CurrentCrossSection => MorrisonMcCammonCrossSection.Instance;

    /// <inheritdoc />
    protected override Function1D CreateDefault() => new WAbs();
}
