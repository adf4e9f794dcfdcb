namespace Astromodels.Functions;

/// <summary>Photoionisation cross-sections of neutral atoms summed over shells from the analytic fits of Verner &amp;
/// Yakovlev (1995) and Verner et al. (1996) (<see cref="VernerFitParameters"/>).</summary>
/// <remarks>
/// <para>Shell bookkeeping as Verner's <c>phfit2</c> (version 2, 1996): every shell contributes above its threshold
/// with the Verner &amp; Yakovlev form; for the Opacity Project elements the outermost shell uses the Verner et al.
/// (1996) fit below the innermost "inner" threshold (1s for the second row, 2p for the third) and the shells between
/// are then folded into it; above that threshold every shell takes its Verner &amp; Yakovlev form. For Cl and the
/// elements beyond Ca except Fe the inner fits hold everywhere.</para>
/// <para>The fits hold from threshold to well above 100 keV (they have the right high-energy asymptote), so unlike
/// XSPEC, which sets them to zero from 100 keV, we evaluate them up to 1 MeV.</para>
/// </remarks>
internal static class VernerCrossSection
{
    private static readonly int[] Angular = [0, 0, 1, 0, 1, 2, 0];
    private static readonly int[] InnerShells = [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
    private static readonly int[] TotalShells = [1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7];

    /// <summary>Every shell threshold of the elements, keV, ascending (where their σ jumps).</summary>
    public static List<double> ThresholdsKeV(IEnumerable<VernerFitParameters.Element> elements) =>
        [.. elements.SelectMany(e => e.Shells.Select(row => row[1] / 1000)).Distinct().Order()];

    /// <summary>The total cross-section of the neutral atom at <paramref name="energyEv"/>, in Mb (10⁻¹⁸ cm²).</summary>
    public static double Sigma(VernerFitParameters.Element element, double energyEv)
    {
        var z = element.Z;
        var outer = z > 18 ? 7 : TotalShells[z - 1];
        var inner = InnerShells[z - 1];
        var innerThreshold = z == 15 || z == 17 || z == 19 || (z > 20 && z != 26)
            ? 0.0
            : z < 3 ? double.PositiveInfinity : Threshold(element, inner);
        var sum = 0.0;
        foreach (var row in element.Shells)
        {
            var shell = (int)row[0];
            if (shell > outer || energyEv < row[1] || (shell < outer && shell > inner && energyEv < innerThreshold))
            {
                continue;
            }

            sum += shell <= inner || energyEv >= innerThreshold || element.Outer is null
                ? InnerForm(row, Angular[shell - 1], energyEv)
                : OuterForm(element.Outer, energyEv);
        }

        return sum;
    }

    private static double Threshold(VernerFitParameters.Element element, int shell)
    {
        foreach (var row in element.Shells)
        {
            if ((int)row[0] == shell)
            {
                return row[1];
            }
        }

        return double.PositiveInfinity;
    }

    // Verner & Yakovlev (1995) eq. 1 with row = (shell, E_th, E0, σ0, y_a, P, y_w).
    private static double InnerForm(double[] row, int l, double e)
    {
        var p = row[5];
        var y = e / row[2];
        var q = (0.5 * p) - l - 5.5;
        return row[3] * (((y - 1) * (y - 1)) + (row[6] * row[6])) * Math.Pow(y, q) * Math.Pow(Math.Sqrt(y / row[4]) + 1, -p);
    }

    // Verner et al. (1996) eq. 1 with fit = (E0, σ0, y_a, P, y_w, y0, y1).
    private static double OuterForm(double[] fit, double e)
    {
        var p = fit[3];
        var x = (e / fit[0]) - fit[5];
        var y = Math.Sqrt((x * x) + (fit[6] * fit[6]));
        var q = (0.5 * p) - 5.5;
        return fit[1] * (((x - 1) * (x - 1)) + (fit[4] * fit[4])) * Math.Pow(y, q) * Math.Pow(1 + Math.Sqrt(y / fit[2]), -p);
    }
}
