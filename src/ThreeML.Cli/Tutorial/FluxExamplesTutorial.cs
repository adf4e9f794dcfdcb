using System.Diagnostics;
using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Results.Persistence;

namespace ThreeML.Cli.Tutorial;

/// <summary>3ML's "Point Source Fluxes and Multiple Sources" tutorial, step by step: simulate two sources, build the
/// model with priors and a kT link, sample with nested sampling, plot, compute the tutorial's flux tables and save
/// the results.</summary>
internal static class FluxExamplesTutorial
{
    /// <summary>Runs the tutorial, writing the narration to <paramref name="output"/> and files under the output folder.</summary>
    /// <returns>A summary of what was produced.</returns>
    public static TutorialSummary Run(TutorialOptions options, TextWriter output, IProgress<SamplerProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(options.OutputFolder);
        var files = new List<string>();

        // Synthetic data: two galactic sources with the same blackbody temperature, the second with a power law too.
        var responsePath = options.ResponsePath ?? DemoData.ResponsePath;
        var response1 = OgipResponse.Read(responsePath);
        var response2 = OgipResponse.Read(responsePath);
        output.WriteLine($"Response: {Path.GetFileName(responsePath)} ({response1.ChannelCount} channels, {response1.EnergyBinCount} energy bins)");
        var rng = new Random(options.Seed);
        var generator1 = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-8, kT: 500.0), response1, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1.0e3));
        var generator2 = DispersionSpectrumLike.FromFunction("s2", new Blackbody(K: 1e-7, kT: 500.0) + new PowerlawFlux(F: 2e2, index: -1.5, a: 10, b: 500), response2, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1.0e3));
        files.AddRange(TutorialFigures.CountSpectra(options.OutputFolder, generator1, generator2));

        // The model, with priors as in the tutorial.
        var spectrum1 = new Blackbody();
        spectrum1.K.Prior = new LogNormal(mu: Math.Log(1e-7), sigma: 1);
        spectrum1.KT.Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
        var ps1 = new PointSource("src1", ra: 1, dec: 20, spectrum1);
        var spectrum2 = new Blackbody() + new PowerlawFlux(a: 10, b: 500);
        spectrum2["K_1"].Prior = new LogNormal(mu: Math.Log(1e-6), sigma: 1);
        spectrum2["kT_1"].Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
        spectrum2["F_2"].Prior = new LogNormal(mu: Math.Log(1e2), sigma: 1);
        spectrum2["F_2"].Bounds = (null, null);
        spectrum2["index_2"].Prior = new GaussianPrior(mu: -1.0, sigma: 1);
        spectrum2["index_2"].Bounds = (null, null);
        var ps2 = new PointSource("src2", ra: 2, dec: -10, spectrum2);
        var model = new Model(ps1, ps2);
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        output.WriteLine();
        output.WriteLine(model);

        generator1.AssignToSource("src1");
        generator2.AssignToSource("src2");
        var data = new DataList(generator1, generator2);
        var ba = new BayesianAnalysis(model, data);
        ba.SetSampler(new NestedSampler { MinNumLivePoints = options.LivePoints, FracRemain = options.FracRemain, Seed = options.Seed });
        var results = ba.Sample(progress, cancellationToken);
        output.WriteLine(results);

        files.AddRange(TutorialFigures.AfterSampling(options.OutputFolder, ba, results));
        files.AddRange(TutorialFluxTables.Write(options.OutputFolder, results, output));
        var resultsPath = Path.Combine(options.OutputFolder, "results.fits");
        results.Write(resultsPath, overwrite: true);
        files.Add(resultsPath);
        return new TutorialSummary(files, results.LikelihoodCalls, results.LnZ, results.LnZError, clock.Elapsed);
    }
}
