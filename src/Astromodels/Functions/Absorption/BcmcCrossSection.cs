namespace Astromodels.Functions;

/// <summary>Cold gas with the cross-sections of Balucinska-Church &amp; McCammon (1992) and the He cross-section of
/// Yan et al. (1998) (XSPEC's <c>phabs</c> under <c>xsect bcmc</c>).</summary>
/// <remarks>
/// <para>σ(E) = Σ_Z A_Z σ_Z(E) over H, He, C, N, O, Ne, Na, Mg, Al, Si, S, Cl, Ar, Ca, Cr, Fe, Co, Ni
/// (<see cref="BcmcFitParameters"/>; He from <see cref="LightElementCrossSections.Helium"/> with the resonance
/// positions scaled as XSPEC's <c>bcmc</c> scales them).</para>
/// <para>The fits were made from 30 eV to 10 keV; like XSPEC we continue the polynomials to 100 keV. Beyond 100 keV,
/// where the polynomials turn upwards, each element keeps the E⁻³ law of the fit's form with ln(σE³) frozen at its
/// 100 keV value (XSPEC returns no absorption there). Below the Lyman limit, 13.6 eV, σ is zero, as in XSPEC.</para>
/// </remarks>
internal sealed class BcmcCrossSection : CrossSection
{
    private const double PolynomialEndEv = 100_000;
    private const double LymanLimitEv = 13.5984;
    private readonly double _heliumAbundance;
    private readonly double[] _abundance;

    private BcmcCrossSection(AbundanceTable table)
    {
        var elements = BcmcFitParameters.Elements;
        _abundance = new double[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            _abundance[i] = SolarAbundances.Relative(table, elements[i].Z);
        }

        _heliumAbundance = SolarAbundances.Relative(table, 2);
    }

    /// <inheritdoc />
    /// <remarks>Every element's edges, H and He thresholds, and 100 keV where the polynomials are frozen.</remarks>
    public override IReadOnlyList<double>? Breakpoints { get; } =
        [.. BcmcFitParameters.Elements.SelectMany(e => e.Edges).Append(LymanLimitEv).Append(24.58).Append(PolynomialEndEv).Select(e => e / 1000).Distinct().Order()];

    /// <summary>The cross-section for <paramref name="table"/> (one instance per table).</summary>
    public static BcmcCrossSection For(AbundanceTable table) => table switch
    {
        AbundanceTable.AG89 => Instances.Ag89,
        AbundanceTable.ASPL => Instances.Aspl,
        _ => Instances.Wilm,
    };

    /// <inheritdoc />
    public override double Sigma(double energyKeV)
    {
        var e = energyKeV * 1000;
        if (e < LymanLimitEv)
        {
            return 0;
        }

        var elements = BcmcFitParameters.Elements;
        var logE = Math.Log(e);
        var logFit = Math.Log(Math.Min(e, PolynomialEndEv));
        var sum = 0.0;
        for (var i = 0; i < elements.Length; i++)
        {
            sum += _abundance[i] * Element(elements[i], e, logE, logFit);
        }

        // Element() is in 10⁻²⁴ cm², Helium in Mb (10⁻¹⁸ cm²); the result in 10⁻²² cm².
        return (sum * 0.01) + (_heliumAbundance * LightElementCrossSections.Helium(e, 12398.54 / 911.2671) * 1e4);
    }

    // σ in 10⁻²⁴ cm²: exp(P(ln E) − 3 ln E − 55.26204) m_Z cm², with 55.26204 = 24 ln 10 taken out.
    private static double Element(BcmcFitParameters.Element element, double e, double logE, double logFit)
    {
        var interval = 0;
        while (interval < element.Edges.Length && e >= element.Edges[interval])
        {
            interval++;
        }

        var c = element.Polynomials[interval];
        var p = c[^1];
        for (var n = c.Length - 2; n >= 0; n--)
        {
            p = (p * logFit) + c[n];
        }

        return Math.Exp(p - (3 * logE) - 55.26204 + (24 * Math.Log(10))) * element.Mass;
    }

    // Built on first use, once per process: immutable, not mutable state.
    private static class Instances
    {
        public static readonly BcmcCrossSection Wilm = new(AbundanceTable.WILM);
        public static readonly BcmcCrossSection Ag89 = new(AbundanceTable.AG89);
        public static readonly BcmcCrossSection Aspl = new(AbundanceTable.ASPL);
    }
}
