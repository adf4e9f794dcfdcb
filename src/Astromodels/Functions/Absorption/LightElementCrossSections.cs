namespace Astromodels.Functions;

/// <summary>Photoionisation cross-sections of H, He and H₂ from their own published fits (the ones tbabs and XSPEC's
/// <c>bcmc</c> use instead of Verner's general fits).</summary>
internal static class LightElementCrossSections
{
    private static readonly double[] YanHelium = [1.0, -4.7416, 14.8200, -30.8678, 37.3584, -23.4585, 5.9133];
    private static readonly double[] FanoQ = [2.81, 2.51, 2.45, 2.44];
    private static readonly double[] FanoNu = [1.610, 2.795, 3.817, 4.824];
    private static readonly double[] FanoGamma = [2.64061e-3, 6.20116e-4, 2.56061e-4, 1.320159e-4];
    private static readonly double[] H2Low = [-37.895, 99.723, -87.227, 25.4];
    private static readonly double[] H2Mid = [0.071, -0.673, 1.977, -0.692];
    private static readonly double[] H2Wilms = [0.664, -11.768, 78.118, -231.339, 368.053, -189.953];
    private static readonly double[] H2High = [1.0, -2.003, -4.806, 50.577, -171.044, 231.608, -81.885];

    /// <summary>Atomic hydrogen, Mb: the hydrogenic form of Band et al. (1990), A&amp;A 237, 267, σ = 605 Mb / (y^1.5 (1 + √y)⁴)
    /// with y = 2E/13.599 eV, zero below the Lyman limit.</summary>
    public static double Hydrogen(double energyEv)
    {
        const double Threshold = 13.599;
        if (energyEv < Threshold)
        {
            return 0;
        }

        var y = 2 * energyEv / Threshold;
        var t = 1 + Math.Sqrt(y);
        return 605.0 / (y * Math.Sqrt(y) * t * t * t * t);
    }

    /// <summary>Neutral helium, Mb: Yan, Sadeghpour &amp; Dalgarno (1998), ApJ 496, 1044, eq. 14 and Table 4
    /// (σ = 733 b (E/keV)^−3.5 Σ aₙ (24.58 eV/E)^(n/2)), times the Fano profiles of the four strongest 2ℓnℓ′
    /// autoionisation resonances (q of Fernley, Taylor &amp; Seaton 1987; ν and Γ of Oza 1986).</summary>
    /// <param name="energyEv">Photon energy, eV.</param>
    /// <param name="rydbergEv">The Rydberg energy the resonance positions are scaled with (tbabs 13.598 eV; XSPEC's
    /// <c>bcmc</c> 12398.54/911.2671 eV).</param>
    public static double Helium(double energyEv, double rydbergEv)
    {
        if (energyEv < 24.58)
        {
            return 0;
        }

        var sq = Math.Sqrt(24.58 / energyEv);
        var sigma = Horner(sq, YanHelium) * 733e-6 * Math.Pow(energyEv / 1000, -3.5);
        var eps = energyEv / rydbergEv;
        for (var i = 0; i < FanoQ.Length; i++)
        {
            var epsI = 3.0 - (1 / (FanoNu[i] * FanoNu[i])) + 1.807317;
            var x = 2 * (eps - epsI) / FanoGamma[i];
            sigma *= (x - FanoQ[i]) * (x - FanoQ[i]) / (1 + (x * x));
        }

        return sigma;
    }

    /// <summary>Molecular hydrogen per H₂ molecule, Mb: Yan, Sadeghpour &amp; Dalgarno (1998) below 30 eV and above
    /// 85 eV, and the fit of Wilms, Allen &amp; McCray (2000) between, zero below 15.4 eV.</summary>
    public static double MolecularHydrogen(double energyEv)
    {
        if (energyEv <= 15.4)
        {
            return 0;
        }

        var x = energyEv / 15.4;
        double barn;
        if (energyEv < 18)
        {
            barn = 1e8 * Horner(x, H2Low);
        }
        else if (energyEv < 30)
        {
            barn = 2e7 * Math.Pow(x, -0.252) * Horner(1 / x, H2Mid);
        }
        else if (energyEv < 85)
        {
            barn = 1e6 * Horner(1 / x, H2Wilms);
        }
        else
        {
            barn = 45.57 * Math.Pow(energyEv / 1000, -3.5) * Horner(1 / Math.Sqrt(x), H2High);
        }

        return barn * 1e-6;
    }

    private static double Horner(double x, double[] coefficients)
    {
        var sum = coefficients[^1];
        for (var i = coefficients.Length - 2; i >= 0; i--)
        {
            sum = (sum * x) + coefficients[i];
        }

        return sum;
    }
}
