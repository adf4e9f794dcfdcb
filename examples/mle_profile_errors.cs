#:project ../src/ThreeML/ThreeML.csproj
// Maximum likelihood with profile-likelihood (MINOS-like) errors at several confidence levels, on a spectrum simulated
// through the embedded demo response. Run from the repository root:  dotnet run examples/mle_profile_errors.cs
using Astromodels;
using Astromodels.Functions;
using ThreeML;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;

var response = OgipResponse.Read(DemoData.ResponsePath);
var simulated = DispersionSpectrumLike.FromFunction("bgo", new CutoffPowerlaw(K: 0.1, index: -1.0, xc: 800, piv: 100),
    response, new Random(42), backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 30.0);
simulated.SetActiveMeasurements("200-30000");

var shape = new CutoffPowerlaw(piv: 100);
var model = new Model(new PointSource("source", ra: 0, dec: 0, spectralShape: shape));
var jl = new JointLikelihood(model, new DataList(simulated));
var result = jl.Fit();
Console.WriteLine(result);

foreach (var level in new[] { 0.6827, 0.9, 0.99 })
{
    Console.WriteLine($"Profile errors at {level:P1}:");
    foreach (var (path, error) in jl.GetErrors(level))
    {
        // Each bound is verified by an independent constrained refit (Δ(−ln L) within 0.01 of its target); a side that
        // could not be verified, or runs into a parameter bound, says why.
        Console.WriteLine($"  {path,-40} {result.Parameters[path].Value,12:G5}  {error.NegativeError,12:G4} {"+" + error.PositiveError.ToString("G4", System.Globalization.CultureInfo.InvariantCulture),-11}  (Δ {error.LowerRise:F3} / {error.UpperRise:F3}){(error.IsValid ? "" : "  " + error.Reason)}");
    }
}

Console.WriteLine($"XSPEC-convention statistic: {((SpectrumLike)jl.BoundData[0]).GetXspecStatistic()}");
