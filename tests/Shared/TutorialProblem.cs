using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Plugins;
using ThreeML.Responses;

namespace ThreeML.Tests.TestSupport;

/// <summary>The seed tutorial's two-source problem on a given response: data from FromFunction with a fixed seed, the
/// model with the tutorial's default start values, priors and the kT link.</summary>
/// <remarks>Shared by ThreeML.Tests and the benchmarks (linked into both projects).</remarks>
internal static class TutorialProblem
{
    public static (Model Model, DataList Data) Build(InstrumentResponse response, int seed = 1234, double exposure = 1.0) =>
        Build(response, response, seed, exposure);

    /// <summary>The same with one response object per plugin, as the tutorial reads the file once for each.</summary>
    public static (Model Model, DataList Data) Build(InstrumentResponse response1, InstrumentResponse response2, int seed = 1234, double exposure = 1.0)
    {
        var rng = new Random(seed);
        var g1 = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-8, kT: 500.0), response1, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: exposure);
        var g2 = DispersionSpectrumLike.FromFunction("s2", new Blackbody(K: 1e-7, kT: 500.0) + new PowerlawFlux(F: 2e2, index: -1.5, a: 10, b: 500), response2, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: exposure);
        g1.AssignToSource("src1");
        g2.AssignToSource("src2");
        return (Model(), new DataList(g1, g2));
    }

    /// <summary>Issue 13's problem: the tutorial's data with the tutorial model from astromodels' defaults and without priors
    /// (F_2 and index_2 unbounded, kT linked), so that a global search has only the bounds and the start to go on.</summary>
    public static (Model Model, DataList Data) BuildWithoutPriors(InstrumentResponse response, int seed)
    {
        var (_, data) = Build(response, seed);
        var model = Model();
        foreach (var p in model.Parameters)
        {
            p.Prior = null;
        }

        return (model, data);
    }

    public static Model Model()
    {
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
        return model;
    }
}
