using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Responses;

namespace ThreeML.Plotting.Tests.TestSupport;

/// <summary>The seed tutorial's two-source problem scaled to a small 60x40 response (copied from ThreeML.Tests, which
/// this project cannot reference): data from FromFunction with a fixed seed, the tutorial model with the kT link,
/// fitted by JointLikelihood with 400 covariance samples. Built once; the tests only read it.</summary>
internal sealed class TutorialAnalysis
{
    private static readonly Lazy<TutorialAnalysis> Shared = new(() => new TutorialAnalysis(), LazyThreadSafetyMode.ExecutionAndPublication);

    private TutorialAnalysis()
    {
        var response = SmallResponse();
        var rng = new Random(1234);
        var s1 = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-5, kT: 150.0), response, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);
        var s2 = DispersionSpectrumLike.FromFunction("s2", new Blackbody(K: 1e-4, kT: 150.0) + new PowerlawFlux(F: 20, index: -1.5, a: 10, b: 500), response, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);
        s1.AssignToSource("src1");
        s2.AssignToSource("src2");
        Model = BuildModel();
        Data = new DataList(s1, s2);
        Fit = new JointLikelihood(Model, Data);
        Results = Fit.Fit(samples: 400, random: new Random(7));

        // The fit's own plugins, bound to the model at the best fit (the data list's are unbound data).
        S1 = (DispersionSpectrumLike)Fit.BoundData[0];
        S2 = (DispersionSpectrumLike)Fit.BoundData[1];
    }

    public static TutorialAnalysis Instance => Shared.Value;

    /// <summary>A separate copy, for tests that move the model's parameters (sampling does).</summary>
    public static TutorialAnalysis CreateSeparate() => new();

    public DispersionSpectrumLike S1 { get; }

    public DispersionSpectrumLike S2 { get; }

    public Model Model { get; }

    public DataList Data { get; }

    public JointLikelihood Fit { get; }

    public MLEResults Results { get; }

    /// <summary>A Bayesian analysis over the same data (priors only; its construction sets the model on the plugins).</summary>
    public BayesianAnalysis Bayesian() => new(Model, Data);

    public static InstrumentResponse SmallResponse()
    {
        var e = Enumerable.Range(0, 61).Select(i => 20.0 * Math.Pow(100.0, i / 60.0)).ToArray();
        var ch = Enumerable.Range(0, 41).Select(i => 25.0 * Math.Pow(60.0, i / 40.0)).ToArray();
        var m = new double[60, 40];
        for (var j = 0; j < 60; j++)
        {
            var centre = Math.Sqrt(e[j] * e[j + 1]);
            var sigma = 0.08 * centre;
            var area = 100.0 * centre / (centre + 100.0);
            for (var c = 0; c < 40; c++)
            {
                var mid = 0.5 * (ch[c] + ch[c + 1]);
                m[j, c] = area * (ch[c + 1] - ch[c]) * Math.Exp(-0.5 * Math.Pow((mid - centre) / sigma, 2)) / (sigma * Math.Sqrt(2 * Math.PI));
            }
        }

        return InstrumentResponse.FromMatrix(m, e, ch);
    }

    private static Model BuildModel()
    {
        var spectrum1 = new Blackbody(K: 4e-5, kT: 120.0);
        spectrum1.K.Prior = new LogNormal(mu: Math.Log(5e-5), sigma: 1);
        spectrum1.KT.Prior = new LogNormal(mu: Math.Log(150), sigma: 2);
        var spectrum2 = new Blackbody(K: 8e-5) + new PowerlawFlux(F: 10, a: 10, b: 500);
        spectrum2["K_1"].Prior = new LogNormal(mu: Math.Log(1e-4), sigma: 1);
        spectrum2["kT_1"].Prior = new LogNormal(mu: Math.Log(150), sigma: 2);
        spectrum2["F_2"].Prior = new LogNormal(mu: Math.Log(20), sigma: 1);
        spectrum2["F_2"].Bounds = (null, null);
        spectrum2["index_2"].Prior = new GaussianPrior(mu: -1.5, sigma: 1);
        spectrum2["index_2"].Bounds = (null, null);
        var model = new Model(new PointSource("src1", ra: 1, dec: 20, spectrum1), new PointSource("src2", ra: 2, dec: -10, spectrum2));
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        return model;
    }
}
