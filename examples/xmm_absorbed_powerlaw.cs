#:project ../src/ThreeML/ThreeML.csproj
// An absorbed power law (TbAbs × Powerlaw) simulated through the XMM-Newton EPIC-pn response of the HEACIT ULX
// observation (RMF + ARF, 4096 channels, 20.3 ks) and fitted back over 0.3–10 keV, 200 times: the pulls
// (fit − truth)/error of NH, index and K should have mean ≈ 0 and width ≈ 1. Then one fit from astromodels' defaults.
// Run from the repository root:  dotnet run examples/xmm_absorbed_powerlaw.cs
using Astromodels;
using Astromodels.Functions;
using ThreeML;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;

const string dir = "../shared/data/heacit/XMM-Newton/EPIC-PN";
var response = OgipResponse.Read($"{dir}/PN.rmf", $"{dir}/PN.arf");
var truth = new TbAbs(NH: 0.5) * new Powerlaw(K: 1e-3, index: -2.0);
var names = new[] { "NH_1", "index_2", "K_2" };
var pulls = names.ToDictionary(n => n, _ => new List<double>());
var random = new Random(2026);
for (var s = 0; s < 200; s++)
{
    var data = DispersionSpectrumLike.FromFunction("pn", truth, response, random, exposure: 20265.98);
    data.SetActiveMeasurements("0.3-10");
    var shape = (CompositeFunction)truth.Clone();
    var jl = new JointLikelihood(new Model(new PointSource("ulx", ra: 0, dec: 0, spectralShape: shape)), new DataList(data));
    var result = jl.Fit();
    foreach (var n in names)
    {
        var p = result.Parameters[$"ulx.spectrum.main.composite.{n}"];
        pulls[n].Add((p.Value - truth[n].Value) / p.Error);
    }
}

foreach (var (n, list) in pulls)
{
    var mean = list.Average();
    var width = Math.Sqrt(list.Sum(x => (x - mean) * (x - mean)) / (list.Count - 1));
    Console.WriteLine($"{n,-8} pull mean {mean,7:F3} ± {width / Math.Sqrt(list.Count):F3}   width {width:F3}");
}

var once = DispersionSpectrumLike.FromFunction("pn", truth, response, new Random(1), exposure: 20265.98);
once.SetActiveMeasurements("0.3-10");
var fromDefaults = new JointLikelihood(new Model(new PointSource("ulx", ra: 0, dec: 0, spectralShape: new TbAbs() * new Powerlaw())), new DataList(once)).Fit();
Console.WriteLine(fromDefaults);
