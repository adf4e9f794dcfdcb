#:project ../src/ThreeML/ThreeML.csproj
#:project ../src/ThreeML.Plotting/ThreeML.Plotting.csproj
// 3ML's "Point Source Fluxes and Multiple Sources" tutorial, line by line in C#, figures included.
// Run from the repository root:  dotnet run -c Release examples/flux_examples.cs [FIGURE_FOLDER]
// The figures go to FIGURE_FOLDER (default ./tutorial-output/example).
using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Ogip;
using ThreeML.Plotting;
using ThreeML.Plugins;
using ThreeML.Results;

var rng = new Random(1234);
var figures = args.Length > 0 ? args[0] : Path.Combine("tutorial-output", "example");
Directory.CreateDirectory(figures);

// Generating some synthetic data: two sources with the same blackbody temperature.
// response_1 = OGIPResponse(get_path_of_data_file("datasets/ogip_powerlaw.rsp"))
var response1 = OgipResponse.Read(DemoData.ResponsePath);
var sourceFunction1 = new Blackbody(K: 5e-8, kT: 500.0);
var backgroundFunction1 = new Powerlaw(K: 1, index: -1.5, piv: 1.0e3);
var spectrumGenerator1 = DispersionSpectrumLike.FromFunction("s1", sourceFunction: sourceFunction1,
    backgroundFunction: backgroundFunction1, response: response1, random: rng);

var response2 = OgipResponse.Read(DemoData.ResponsePath);
var sourceFunction2 = new Blackbody(K: 1e-7, kT: 500.0) + new PowerlawFlux(F: 2e2, index: -1.5, a: 10, b: 500);
var backgroundFunction2 = new Powerlaw(K: 1, index: -1.5, piv: 1.0e3);
var spectrumGenerator2 = DispersionSpectrumLike.FromFunction("s2", sourceFunction: sourceFunction2,
    backgroundFunction: backgroundFunction2, response: response2, random: rng);

// fig = spectrum_generator_1.view_count_spectrum(); fig = spectrum_generator_2.view_count_spectrum()
Plots.ViewCountSpectrum(spectrumGenerator1).SavePng(Path.Combine(figures, "count_spectrum_s1.png"));
Plots.ViewCountSpectrum(spectrumGenerator2).SavePng(Path.Combine(figures, "count_spectrum_s2.png"));

// Make the model.
var spectrum1 = new Blackbody();
spectrum1.K.Prior = new LogNormal(mu: Math.Log(1e-7), sigma: 1);
spectrum1.KT.Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
var ps1 = new PointSource("src1", ra: 1, dec: 20, spectralShape: spectrum1);

var spectrum2 = new Blackbody() + new PowerlawFlux(a: 10, b: 500);
spectrum2["K_1"].Prior = new LogNormal(mu: Math.Log(1e-6), sigma: 1);
spectrum2["kT_1"].Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
spectrum2["F_2"].Prior = new LogNormal(mu: Math.Log(1e2), sigma: 1);
spectrum2["F_2"].Bounds = (null, null);
spectrum2["index_2"].Prior = new GaussianPrior(mu: -1.0, sigma: 1);
spectrum2["index_2"].Bounds = (null, null);
var ps2 = new PointSource("src2", ra: 2, dec: -10, spectralShape: spectrum2);

var model = new Model(ps1, ps2);

// Linking parameters: src1's kT follows src2's kT_1.
model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
Console.WriteLine(model);

// Assigning sources to plugins.
spectrumGenerator1.AssignToSource("src1");
spectrumGenerator2.AssignToSource("src2");
var data = new DataList(spectrumGenerator1, spectrumGenerator2);

// Fitting the data: nested sampling.
var ba = new BayesianAnalysis(model, data);
ba.SetSampler(new NestedSampler { FracRemain = 0.5, Seed = 1234 });
var result = ba.Sample();
Console.WriteLine(result);

// fig = display_spectrum_model_counts(ba); fig = result.corner_plot()
Plots.DisplaySpectrumModelCounts(ba).SavePng(Path.Combine(figures, "model_counts.png"));
Plots.CornerPlot(result).SavePng(Path.Combine(figures, "corner.png"));
Plots.PlotSpectra(new SpectrumPlotOptions { FluxUnit = "erg2/(keV s cm2)" }, result).SavePng(Path.Combine(figures, "spectra_nufnu.png"));

// Computing fluxes (3ML's quad setting, then trapz, then our exact default).
var quad = new FluxOptions(FluxIntegration.Quad);
var trapz = new FluxOptions(FluxIntegration.Trapz);
Console.WriteLine(result.GetFlux(eneMin: 1 * Units.keV, eneMax: 1 * Units.MeV, fluxUnit: "erg/cm2/s", options: quad));
Console.WriteLine(result.GetFlux(eneMin: 1 * Units.keV, eneMax: 1 * Units.MeV, fluxUnit: "erg/cm2/s", sumSources: true, options: trapz));
Console.WriteLine(result.GetFlux(eneMin: 10 * Units.keV, eneMax: 0.5 * Units.MeV, useComponents: true, fluxUnit: "1/(cm2 s)", options: trapz));
Console.WriteLine(result.GetFlux(eneMin: 10 * Units.keV, eneMax: 0.5 * Units.MeV, useComponents: true, componentsToUse: ["Blackbody"],
    fluxUnit: "erg2/(cm2 s)", options: trapz));
var flux = result.GetFlux(eneMin: 1 * Units.keV, eneMax: 1 * Units.MeV, fluxUnit: "erg/cm2/s");
Console.WriteLine($"src1: total = {flux["src1: total"].Flux}");
