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
    /// <param name="options">Output folder, seed, response and sampler settings.</param>
    /// <param name="output">Receives the narration.</param>
    /// <param name="progress">Receives the sampler's progress, or null.</param>
    /// <param name="phases">Receives the end of each phase (for <c>--timings</c>), or null.</param>
    /// <param name="cancellationToken">Stops the sampling.</param>
    public static TutorialSummary Run(TutorialOptions options, TextWriter output, IProgress<SamplerProgress>? progress = null, PhaseClock? phases = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(options.OutputFolder);
        var files = new List<string>();

        // Synthetic data: two galactic sources with the same blackbody temperature, the second with a power law too.
        var responsePath = options.ResponsePath ?? DemoData.ResponsePath;
        var response1 = OgipResponse.Read(responsePath);
        var response2 = OgipResponse.Read(responsePath);
        phases?.Mark("reading the response twice");
        output.WriteLine($"Response: {Path.GetFileName(responsePath)} ({response1.ChannelCount} channels, {response1.EnergyBinCount} energy bins)");
        var rng = new Random(options.Seed);
        var generator1 = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-8, kT: 500.0), response1, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1.0e3));
        var generator2 = DispersionSpectrumLike.FromFunction("s2", new Blackbody(K: 1e-7, kT: 500.0) + new PowerlawFlux(F: 2e2, index: -1.5, a: 10, b: 500), response2, rng,
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1.0e3));
        phases?.Mark("simulating both sources");

        // The count spectra read only the simulated data, which nothing changes from here on: they are drawn while the
        // model is built and sampled, in the gaps the sampler's threads leave.
        var countSpectra = Task.Run(() => TutorialFigures.CountSpectra(options.OutputFolder, generator1, generator2, phases));

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
        phases?.Mark("model set-up");
        var results = ba.Sample(progress, cancellationToken);
        phases?.Mark("nested sampling (count spectra alongside)");
        files.AddRange(countSpectra.GetAwaiter().GetResult());
        output.WriteLine(results);
        phases?.Mark("results summary");

        // The figures and the flux tables only read the results, so the figures are drawn on another core meanwhile
        // (every file is the same as when they ran one after the other; the narration stays on this thread, in order).
        var figures = Task.Run(() => TutorialFigures.AfterSampling(options.OutputFolder, ba, results, phases));
        var tables = TutorialFluxTables.Write(options.OutputFolder, results, output);
        phases?.Mark("flux tables (figures alongside)");
        var resultsPath = Path.Combine(options.OutputFolder, "results.fits");
        results.Write(resultsPath, overwrite: true);
        phases?.Mark("results file (figures alongside)");
        files.AddRange(figures.GetAwaiter().GetResult());
        phases?.Mark("rest of the figures");
        files.AddRange(tables);
        files.Add(resultsPath);
        return new TutorialSummary(files, results.LikelihoodCalls, results.LnZ, results.LnZError, clock.Elapsed);
    }
}
