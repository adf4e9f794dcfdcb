using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Ogip;
using ThreeML.Plugins;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>The seed tutorial's two-source problem: data simulated from Blackbody and Blackbody + Powerlaw_flux
/// through a 140×128 response, the model with the tutorial's priors and the kT link.</summary>
internal static class TutorialFixture
{
    public static (Model Model, DataList Data) Build(InstrumentResponse response, int seed = 1234)
    {
        var rng = new Random(seed);
        var g1 = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-8, kT: 500.0), response, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3));
        var g2 = DispersionSpectrumLike.FromFunction("s2", new Blackbody(K: 1e-7, kT: 500.0) + new PowerlawFlux(F: 2e2, index: -1.5, a: 10, b: 500), response, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3));

        var spectrum1 = new Blackbody();
        spectrum1.K.Prior = new LogNormal(mu: Math.Log(1e-7), sigma: 1);
        spectrum1.KT.Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
        var spectrum2 = new Blackbody() + new PowerlawFlux(a: 10, b: 500);
        spectrum2["K_1"].Prior = new LogNormal(mu: Math.Log(1e-6), sigma: 1);
        spectrum2["kT_1"].Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
        spectrum2["F_2"].Prior = new LogNormal(mu: Math.Log(1e2), sigma: 1);
        spectrum2["F_2"].Bounds = (null, null);
        spectrum2["index_2"].Prior = new GaussianPrior(mu: -1.0, sigma: 1);
        spectrum2["index_2"].Bounds = (null, null);
        var model = new Model(new PointSource("src1", ra: 1, dec: 20, spectrum1), new PointSource("src2", ra: 2, dec: -10, spectrum2));
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        g1.AssignToSource("src1");
        g2.AssignToSource("src2");
        return (model, new DataList(g1, g2));
    }

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
