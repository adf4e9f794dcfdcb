#:project ../src/ThreeML/ThreeML.csproj
// Real data: a joint MLE fit of GRB 090217A seen by Fermi GBM (NaI n6, n9 + BGO b1) with a Band function.
// Reads ../shared/data/ogip/bn090217206 (third-party data kept beside the repository, not in it).
// Run from the repository root:  dotnet run examples/gbm_joint_fit.cs
using Astromodels;
using Astromodels.Functions;
using ThreeML;
using ThreeML.Fitting;
using ThreeML.Plugins;

var folder = Path.Combine("..", "shared", "data", "ogip", "bn090217206");
if (!Directory.Exists(folder))
{
    Console.WriteLine($"The GBM data folder {Path.GetFullPath(folder)} is absent; nothing to fit.");
    return;
}

string File(string detector, string kind) => Path.Combine(folder, $"bn090217206_{detector}_{kind}");

// The PHA headers name response files on the author's disk, so the responses are given explicitly.
var n6 = new OgipLike("n6", File("n6", "srcspectra.pha"), File("n6", "bkgspectra.bak"), File("n6", "weightedrsp.rsp"));
var n9 = new OgipLike("n9", File("n9", "srcspectra.pha"), File("n9", "bkgspectra.bak"), File("n9", "weightedrsp.rsp"));
var b1 = new OgipLike("b1", File("b1", "srcspectra.pha"), File("b1", "bkgspectra.bak"), File("b1", "weightedrsp.rsp"));
n6.SetActiveMeasurements("8.1-900");
n9.SetActiveMeasurements("8.1-900");
b1.SetActiveMeasurements("250-30000");
n9.UseEffectiveAreaCorrection(0.8, 1.2);  // cross-calibration against n6
b1.UseEffectiveAreaCorrection(0.8, 1.2);

var band = new Band(K: 0.01, alpha: -1.0, xp: 500.0, beta: -2.2, piv: 100.0);
var model = new Model(new PointSource("grb", ra: 0, dec: 0, spectralShape: band));
var jl = new JointLikelihood(model, new DataList(n6, n9, b1));
var result = jl.Fit();
Console.WriteLine(result);

foreach (var (path, error) in jl.GetErrors(confidenceLevel: 0.9))
{
    Console.WriteLine($"{path,-40} 90% profile errors: {error.NegativeError:G4} / +{error.PositiveError:G4}");
}

Console.WriteLine(result.GetFlux(10 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/(cm2 s)"));
