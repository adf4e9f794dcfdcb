using MathNet.Numerics;
using ThreeML.Ogip;
using ThreeML.Responses;

namespace ThreeML;

/// <summary>Computes the demo response: a 12.7 cm × 12.7 cm (5″ × 5″) cylindrical BGO scintillator seen face-on,
/// 140 true-energy bins from 100 keV to 200 MeV, 128 channels from 110 keV to 50 MeV, in the spirit of a Fermi GBM
/// BGO detector.</summary>
/// <remarks>
/// <para>For a photon of energy E (keV) hitting the front face (geometric area A = π·6.35² = 126.7 cm²) the
/// probability to interact in the crystal of thickness L = 12.7 cm is P = 1 − exp(−ρμ(E)L), with μ = τ + σ + κ the
/// photoelectric, Compton and pair coefficients of <see cref="BgoAttenuation"/>. The first interaction is
/// photoelectric, Compton or pair with probabilities τ/μ, σ/μ, κ/μ, and deposits:</para>
/// <list type="bullet">
/// <item>photoelectric: all of E (fluorescence escape neglected);</item>
/// <item>Compton: the electron energy T, distributed as Klein–Nishina dσ/dT on [0, E·2k/(1+2k)]; the scattered photon
/// (E − T) escapes with probability P_esc(E, E − T), giving the Compton continuum at T, and is otherwise absorbed,
/// adding to the full-energy peak (multiple scattering is folded into that one step);</item>
/// <item>pair: E − 2mc² to the pair, plus each 511 keV annihilation photon unless it escapes (probability
/// p = P_esc(E, 511 keV)): full energy with (1−p)², single escape E − 511 keV with 2p(1−p), double escape
/// E − 1022 keV with p².</item>
/// </list>
/// <para>Escape: a secondary photon of energy E′ is emitted isotropically at the depth z of the first interaction,
/// z distributed as ρμ(E)·e^{−ρμ(E)z} on [0, L]; along direction cosine u it must cross the distance d(u) =
/// min((L − z)/u or z/(−u) to the back or front face, r̄/√(1 − u²) to the side wall) and escapes with probability
/// exp(−ρμ(E′)d). The interaction point is put at the mean in-plane distance of a uniformly illuminated disc from its
/// rim, r̄ = 8R/(3π) = 5.39 cm (the average over azimuths of the distance from a uniform point to the circle); a full
/// average over the radial position is left out for speed. P_esc = ⟨exp(−ρμ(E′)d)⟩ over z and u, each by a 32-point
/// midpoint rule (z in equal-probability slices); the Klein–Nishina average is a 32-point midpoint rule in T.
/// Multiple Compton scattering is not followed: a scattered photon that interacts again counts as absorbed, so the
/// full-energy peak is somewhat too strong at high energies.</para>
/// <para>Every deposit D is smeared by a Gaussian of FWHM(D) = 0.12·√(D · 1000 keV), i.e. 12 % at 1 MeV ∝ D^−½, and
/// integrated over the channels. Each matrix row is the average over four energies evenly spaced within its true-energy
/// bin (a flat spectrum within the bin) of A·P·(distribution over channels), cm². Energies and matrix elements are
/// rounded to single precision so that the file written with <see cref="ResponseWriter"/> (TFORM E) reads back equal
/// to this response. There is no randomness: the result is a pure function of these constants.</para>
/// </remarks>
internal static class BgoResponseGenerator
{
    /// <summary>Crystal radius, cm.</summary>
    public const double Radius = 6.35;

    /// <summary>Crystal thickness along the line of sight, cm.</summary>
    public const double Thickness = 12.7;

    /// <summary>FWHM / E at 1 MeV.</summary>
    public const double ResolutionAt1MeV = 0.12;

    private const int SubEnergies = 4;
    private const int ComptonSteps = 32;
    private const int DepthSteps = 32;
    private const int AngleSteps = 32;
    private const double AnnihilationEnergy = BgoAttenuation.ElectronMass;

    /// <summary>Geometric area of the front face, cm².</summary>
    public static double GeometricArea => Math.PI * Radius * Radius;

    /// <summary>True-energy bin edges: 140 log-spaced bins from 100 keV to 200 MeV (single-precision values), keV.</summary>
    public static double[] EnergyEdges() => LogEdges(100, 200_000, 140);

    /// <summary>Channel edges: 128 log-spaced channels from 110 keV to 50 MeV (single-precision values), keV.</summary>
    public static double[] ChannelEdges() => LogEdges(110, 50_000, 128);

    /// <summary>The Gaussian σ of the energy resolution at a deposit of <paramref name="deposit"/> keV, keV.</summary>
    public static double Sigma(double deposit) =>
        ResolutionAt1MeV * Math.Sqrt(deposit * 1000.0) / (2 * Math.Sqrt(2 * Math.Log(2)));

    /// <summary>Builds the demo response.</summary>
    public static InstrumentResponse Generate()
    {
        var energyEdges = EnergyEdges();
        var channelEdges = ChannelEdges();
        var matrix = new double[energyEdges.Length - 1, channelEdges.Length - 1];
        var row = new double[channelEdges.Length - 1];
        for (var j = 0; j < energyEdges.Length - 1; j++)
        {
            Array.Clear(row);
            for (var i = 0; i < SubEnergies; i++)
            {
                var e = energyEdges[j] + (i + 0.5) / SubEnergies * (energyEdges[j + 1] - energyEdges[j]);
                AddPhoton(e, 1.0 / SubEnergies, channelEdges, row);
            }

            for (var c = 0; c < row.Length; c++)
            {
                matrix[j, c] = (float)row[c];
            }
        }

        return InstrumentResponse.FromMatrix(matrix, energyEdges, channelEdges, new ResponseInfo("DEMO", "BGO"));
    }

    /// <summary>Adds weight·A·P(E)·(distribution of detected energy over channels) for a photon of
    /// <paramref name="energy"/> keV.</summary>
    public static void AddPhoton(double energy, double weight, ReadOnlySpan<double> channelEdges, Span<double> row)
    {
        var muLinear = BgoAttenuation.Density * BgoAttenuation.Total(energy);
        var area = weight * GeometricArea * (1 - Math.Exp(-muLinear * Thickness));
        foreach (var (deposit, share) in Deposits(energy))
        {
            Smear(deposit, area * share, channelEdges, row);
        }
    }

    /// <summary>The energies (keV) an interacting photon of <paramref name="energy"/> keV deposits, each with its
    /// probability: the full energy, the Compton continuum points, and the single and double escape energies.</summary>
    public static List<(double Deposit, double Probability)> Deposits(double energy)
    {
        var photo = BgoAttenuation.Photoelectric(energy);
        var compton = BgoAttenuation.Compton(energy);
        var pair = BgoAttenuation.Pair(energy);
        var mu = photo + compton + pair;
        var muLinear = BgoAttenuation.Density * mu;
        var deposits = new List<(double, double)>(ComptonSteps + 3);

        // Compton: continuum where the scattered photon escapes, full energy where it is absorbed.
        var edge = BgoAttenuation.ComptonEdge(energy);
        Span<double> shape = stackalloc double[ComptonSteps];
        var norm = 0.0;
        for (var k = 0; k < ComptonSteps; k++)
        {
            shape[k] = BgoAttenuation.KleinNishinaShape(energy, (k + 0.5) / ComptonSteps * edge);
            norm += shape[k];
        }

        var comptonFraction = compton / mu;
        var escapedCompton = 0.0;
        for (var k = 0; k < ComptonSteps; k++)
        {
            var t = (k + 0.5) / ComptonSteps * edge;
            var w = comptonFraction * shape[k] / norm * Escape(muLinear, energy - t);
            escapedCompton += w;
            deposits.Add((t, w));
        }

        var fullEnergy = photo / mu + comptonFraction - escapedCompton;
        if (pair > 0)
        {
            var pairFraction = pair / mu;
            var p = Escape(muLinear, AnnihilationEnergy);
            fullEnergy += pairFraction * (1 - p) * (1 - p);
            deposits.Add((energy - AnnihilationEnergy, pairFraction * 2 * p * (1 - p)));
            deposits.Add((energy - 2 * AnnihilationEnergy, pairFraction * p * p));
        }

        deposits.Add((energy, fullEnergy));
        return deposits;
    }

    /// <summary>The probability that a secondary photon of <paramref name="secondaryEnergy"/> keV, emitted isotropically
    /// where a primary with linear attenuation <paramref name="primaryMu"/> (1/cm) interacted, leaves the crystal.</summary>
    public static double Escape(double primaryMu, double secondaryEnergy)
    {
        var mu2 = BgoAttenuation.Density * BgoAttenuation.Total(secondaryEnergy);
        var reach = 1 - Math.Exp(-primaryMu * Thickness);
        var wall = 8 * Radius / (3 * Math.PI);
        var sum = 0.0;
        for (var i = 0; i < DepthSteps; i++)
        {
            // Midpoints of equal-probability depth slices: z = F⁻¹(u) for the truncated exponential.
            var z = -Math.Log(1 - ((i + 0.5) / DepthSteps * reach)) / primaryMu;
            for (var k = 0; k < AngleSteps; k++)
            {
                var cos = -1 + (k + 0.5) * 2.0 / AngleSteps;
                var face = cos > 0 ? (Thickness - z) / cos : z / -cos;
                var side = wall / Math.Sqrt(1 - cos * cos);
                sum += Math.Exp(-mu2 * Math.Min(face, side));
            }
        }

        return sum / (DepthSteps * AngleSteps);
    }

    /// <summary>Adds <paramref name="weight"/> × the Gaussian of σ(<paramref name="deposit"/>) integrated over each channel.</summary>
    private static void Smear(double deposit, double weight, ReadOnlySpan<double> edges, Span<double> row)
    {
        if (deposit <= 0 || weight <= 0)
        {
            return;
        }

        var sigma = Sigma(deposit);
        var lo = deposit - 6 * sigma;
        var hi = deposit + 6 * sigma;
        if (hi <= edges[0] || lo >= edges[^1])
        {
            return;
        }

        var scale = 1 / (Math.Sqrt(2) * sigma);
        for (var c = 0; c < row.Length; c++)
        {
            if (edges[c + 1] <= lo || edges[c] >= hi)
            {
                continue;
            }

            row[c] += weight * 0.5 * (SpecialFunctions.Erf((edges[c + 1] - deposit) * scale) - SpecialFunctions.Erf((edges[c] - deposit) * scale));
        }
    }

    private static double[] LogEdges(double lo, double hi, int bins)
    {
        var edges = new double[bins + 1];
        for (var i = 0; i <= bins; i++)
        {
            edges[i] = (float)(lo * Math.Pow(hi / lo, (double)i / bins));
        }

        return edges;
    }
}
