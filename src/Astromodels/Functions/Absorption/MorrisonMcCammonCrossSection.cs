namespace Astromodels.Functions;

/// <summary>The Morrison &amp; McCammon (1983) interstellar photoabsorption cross-section (XSPEC's <c>wabs</c>).</summary>
/// <remarks>
/// <para>Morrison, R. &amp; McCammon, D. (1983), ApJ 270, 119, Table 2: on each of 14 energy intervals from 0.03 to
/// 10 keV, σ(E) = (c₀ + c₁E + c₂E²) E⁻³ × 10⁻²⁴ cm² (E in keV), per hydrogen atom for the Anders &amp; Ebihara (1982)
/// abundances with gas and grains. The interval bounds are the K edges of C, N, O, Ne, Mg, Si, S, Ar, Ca, Fe (and Fe L
/// at 0.707 keV).</para>
/// <para>Above 10 keV XSPEC continues σ as σ(10 keV)·(E/10 keV)⁻³ (checked against XSPEC's tabulated <c>wabs</c>);
/// so do we. Below 0.03 keV the first interval's polynomial is continued; the fit was not made there.</para>
/// </remarks>
internal sealed class MorrisonMcCammonCrossSection : CrossSection
{
    /// <summary>The one instance (also the key of its memoised values on an <see cref="EnergyGrid"/>).</summary>
    public static MorrisonMcCammonCrossSection Instance { get; } = new();

    // Lower bounds of the intervals, keV (the last interval ends at 10 keV).
    private static readonly double[] LowerEdges =
        [0.030, 0.100, 0.284, 0.400, 0.532, 0.707, 0.867, 1.303, 1.840, 2.471, 3.210, 4.038, 7.111, 8.331];

    // c0, c1, c2 of each interval (Morrison & McCammon 1983, Table 2).
    private static readonly double[] C0 = [17.3, 34.6, 78.1, 71.4, 95.5, 308.9, 120.6, 141.3, 202.7, 342.7, 352.2, 433.9, 629.0, 701.2];
    private static readonly double[] C1 = [608.1, 267.9, 18.8, 66.8, 145.8, -380.6, 169.3, 146.8, 104.7, 18.7, 18.7, -2.4, 30.9, 25.2];
    private static readonly double[] C2 = [-2150.0, -476.1, 4.3, -51.4, -61.1, 294.0, -47.7, -31.5, -17.0, 0.0, 0.0, 0.75, 0.0, 0.0];

    private const double UpperEnd = 10.0;

    private static readonly double[] BreakpointList = [.. LowerEdges, UpperEnd];

    private MorrisonMcCammonCrossSection()
    {
    }

    /// <inheritdoc />
    public override IReadOnlyList<double>? Breakpoints => BreakpointList;

    /// <inheritdoc />
    public override double Sigma(double energyKeV)
    {
        if (energyKeV > UpperEnd)
        {
            var r = UpperEnd / energyKeV;
            return Polynomial(LowerEdges.Length - 1, UpperEnd) * r * r * r;
        }

        var i = LowerEdges.Length - 1;
        while (i > 0 && energyKeV < LowerEdges[i])
        {
            i--;
        }

        return Polynomial(i, energyKeV);
    }

    // 10⁻²⁴ cm² → 10⁻²² cm² is the factor 0.01.
    private static double Polynomial(int i, double e) => (C0[i] + e * (C1[i] + e * C2[i])) / (e * e * e) * 0.01;
}
