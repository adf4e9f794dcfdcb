namespace Astromodels.Functions;

/// <summary>The per-element photoionisation cross-sections <see cref="PhAbs"/> sums (XSPEC's <c>xsect</c> setting).</summary>
public enum PhotoionizationCrossSections
{
    /// <summary>Verner et al. (1996), ApJ 465, 487, and Verner &amp; Yakovlev (1995), A&amp;AS 109, 125, analytic fits
    /// for every element (XSPEC <c>vern</c>, its default, and what astromodels' tabulated <c>phabs</c> holds).</summary>
    Vern,

    /// <summary>Balucinska-Church &amp; McCammon (1992), ApJ 400, 699, with the He cross-section of Yan, Sadeghpour &amp;
    /// Dalgarno (1998), ApJ 496, 1044 (XSPEC <c>bcmc</c>).</summary>
    Bcmc,
}
