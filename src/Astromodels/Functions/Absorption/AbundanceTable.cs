namespace Astromodels.Functions;

/// <summary>The solar abundance tables an absorption model can assume (astromodels' <c>abundance_table</c> values).</summary>
/// <remarks>The names are astromodels' (and XSPEC's <c>abund</c> command's, upper-cased), so model files read the same.</remarks>
public enum AbundanceTable
{
    /// <summary>Anders &amp; Grevesse (1989), Geochim. Cosmochim. Acta 53, 197 (XSPEC <c>angr</c>).</summary>
    AG89,

    /// <summary>Asplund, Grevesse, Sauval &amp; Scott (2009), ARA&amp;A 47, 481 (XSPEC <c>aspl</c>).</summary>
    ASPL,

    /// <summary>Wilms, Allen &amp; McCray (2000), ApJ 542, 914 (XSPEC <c>wilm</c>).</summary>
    WILM,
}
