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

    /// <summary>A dense BGO-like stand-in response of the tutorial's size (140 log bins 100 keV–200 MeV, 128 channels
    /// 110 keV–50 MeV, Gaussian photopeak with 12 % FWHM at 1 MeV ∝ E^-½ and a flat Compton shelf).</summary>
    public static InstrumentResponse SyntheticResponse()
    {
        var e = Enumerable.Range(0, 141).Select(i => 100.0 * Math.Pow(2000.0, i / 140.0)).ToArray();
        var ch = Enumerable.Range(0, 129).Select(i => 110.0 * Math.Pow(50000.0 / 110.0, i / 128.0)).ToArray();
        var m = new double[140, 128];
        for (var j = 0; j < 140; j++)
        {
            var en = Math.Sqrt(e[j] * e[j + 1]);
            var sigma = 0.12 / 2.355 * en * Math.Sqrt(1000.0 / en);
            var area = 120.0 * Math.Exp(-en / 3e4);
            for (var c = 0; c < 128; c++)
            {
                var mid = Math.Sqrt(ch[c] * ch[c + 1]);
                var width = ch[c + 1] - ch[c];
                var peak = Math.Exp(-0.5 * Math.Pow((mid - en) / sigma, 2)) / (sigma * Math.Sqrt(2 * Math.PI));
                var shelf = mid < en ? 0.3 / en : 0.0;
                m[j, c] = area * width * (0.7 * peak + shelf);
            }
        }

        return InstrumentResponse.FromMatrix(m, e, ch);
    }
}
