using MathNet.Numerics.Distributions;
using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

/// <summary>
/// A synthetic analogue of the 3ML tutorial's MLE fit: two Poisson spectra (128 log-spaced channels,
/// 10 keV – 1 MeV, diagonal response), source 1 a blackbody, source 2 a blackbody sharing kT plus a
/// power law normalised by its 10–500 keV photon flux; five free parameters started at astromodels'
/// defaults (K = 10⁻⁴, kT = 30, F = 1, index = −2) far from the truth, as the tutorial does.
/// </summary>
internal static class TutorialLikeProblem
{
    private const int Channels = 128;

    /// <summary>Truth: log10 K1, kT, log10 K2, log10 F, index.</summary>
    public static readonly double[] Truth = [-7.3, 500, -7.0, -1.0, -1.6];

    public static MinimizationProblem Create(int seed)
    {
        var edges = new double[Channels + 1];
        for (int i = 0; i <= Channels; i++)
        {
            edges[i] = 10 * Math.Pow(100, (double)i / Channels);
        }

        var random = new Random(seed);
        double[] expected1 = new double[Channels], expected2 = new double[Channels];
        Fold(Truth, edges, expected1, expected2);
        int[] counts1 = expected1.Select(m => Poisson.Sample(random, m)).ToArray();
        int[] counts2 = expected2.Select(m => Poisson.Sample(random, m)).ToArray();
        double[] mu1 = new double[Channels], mu2 = new double[Channels];
        var objective = new FunctionObjective(5, p =>
        {
            Fold(p, edges, mu1, mu2);
            double sum = 0;
            for (int i = 0; i < Channels; i++)
            {
                sum += mu1[i] - (counts1[i] * Math.Log(mu1[i])) + mu2[i] - (counts2[i] * Math.Log(mu2[i]));
            }

            return sum;
        });
        return new MinimizationProblem(objective,
        [
            new FitParameterSpec("log10_K_1", -4, 0.1, -10, 2),
            new FitParameterSpec("kT", 30, 3, 0, 1000),
            new FitParameterSpec("log10_K_2", -4, 0.1, -10, 2),
            new FitParameterSpec("log10_F_2", 0, 0.1, -10, 3),
            new FitParameterSpec("index_2", -2, 0.1, -10, 10),
        ]);
    }

    /// <summary>Expected counts (10⁴ cm² s × midpoint flux × bin width) in both spectra.</summary>
    private static void Fold(ReadOnlySpan<double> p, double[] edges, double[] mu1, double[] mu2)
    {
        double k1 = Math.Pow(10, p[0]), kT = p[1], k2 = Math.Pow(10, p[2]), f = Math.Pow(10, p[3]), index = p[4];
        double norm = (index + 1) / (Math.Pow(500, index + 1) - Math.Pow(10, index + 1));
        for (int i = 0; i < Channels; i++)
        {
            double e = Math.Sqrt(edges[i] * edges[i + 1]);
            double width = edges[i + 1] - edges[i];
            double planck = e * e / (Math.Exp(e / kT) - 1);
            mu1[i] = 1e4 * width * k1 * planck;
            mu2[i] = 1e4 * width * ((k2 * planck) + (f * norm * Math.Pow(e, index)));
        }
    }
}
