using Astromodels;
using ThreeML.Ogip;
using ThreeML.Responses;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>The seed tutorial's two-source problem: data simulated from Blackbody and Blackbody + Powerlaw_flux
/// through a 140×128 response, the model with the tutorial's priors and the kT link.</summary>
internal static class TutorialFixture
{
    public static (Model Model, DataList Data) Build(InstrumentResponse response, int seed = 1234) =>
        TutorialProblem.Build(response, seed);

    /// <summary>As the tutorial does it: the response file read once for each plugin.</summary>
    public static (Model Model, DataList Data) BuildReadingTwice(string responsePath, int seed = 1234) =>
        TutorialProblem.Build(OgipResponse.Read(responsePath), OgipResponse.Read(responsePath), seed);

    /// <summary>The tutorial's best-fit point (K, K_1, kT, F_2, index_2).</summary>
    public static double[] BestFit => [4.5e-8, 1.1e-7, 518.0, 200.1, -1.5];

    /// <summary>Points scattered by a few per cent around the best fit, as a fit or a sampler visits them: every
    /// call changes the temperature and the index, so the grids' memoised shapes cannot be reused from call to call
    /// (only within one, by the linked temperature).</summary>
    public static double[][] ScatteredPoints(int count = 1024, int seed = 42)
    {
        var random = new Random(seed);
        var best = BestFit;
        var points = new double[count][];
        for (var k = 0; k < count; k++)
        {
            points[k] = [.. best.Select((v, i) => i == 4 ? v + (0.05 * (random.NextDouble() - 0.5)) : v * (1 + (0.05 * (random.NextDouble() - 0.5))))];
        }

        return points;
    }
}
