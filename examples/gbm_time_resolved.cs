#:project ../src/ThreeML/ThreeML.csproj
#:project ../src/ThreeML.Plotting/ThreeML.Plotting.csproj
// A GRB from the files GBM distributes to time-resolved spectra: GRB 080916C seen by NaI n3 (CSPEC).
// Reads ../shared/data/ogip (third-party data kept beside the repository, not in it).
// Run from the repository root:  dotnet run examples/gbm_time_resolved.cs
using Astromodels;
using Astromodels.Functions;
using ThreeML;
using ThreeML.Plotting;
using ThreeML.Results.Persistence;
using ThreeML.TimeSeries;

var folder = Path.Combine("..", "shared", "data", "ogip");
var cspec = Path.Combine(folder, "glg_cspec_n3_bn080916009_v01.pha");
var rsp2 = Path.Combine(folder, "glg_cspec_n3_bn080916009_v00.rsp2");
if (!File.Exists(cspec) || !File.Exists(rsp2))
{
    Console.WriteLine($"The GBM CSPEC file or its response is absent from {Path.GetFullPath(folder)}; nothing to fit.");
    return;
}

// ts = TimeSeriesBuilder.from_gbm_cspec_or_ctime("n3", cspec_or_ctime_file=..., rsp_file=..., poly_order=-1)
var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", cspec, rsp2, polyOrder: -1);
foreach (var warning in ts.Warnings)
{
    Console.WriteLine($"warning: {warning}");
}

ts.SetBackgroundInterval("-24--5", "100-200");
Console.WriteLine($"background polynomial order (chosen by likelihood-ratio tests): {ts.Background!.Order}");

// Source intervals from Bayesian blocks on the 8-900 keV light curve between 0 and 40 s (3ML's
// create_time_bins(0, 40, method="bayesblocks", p0=0.01)). The range takes every bin it overlaps, so the coarse
// pre-trigger bin ending 4 ms after the trigger forms a block of background only: it is left out of the fits.
var intervals = ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(0, 40), p0: 0.01, energyMin: 8, energyMax: 900)
    .Where(i => i.Start >= 0).ToArray();
var edges = intervals.Select(i => i.Start).Append(intervals[^1].Stop).ToArray();
foreach (var adjustment in ts.Adjustments)
{
    Console.WriteLine(adjustment);
}

// One plugin per block, each with its own counts-weighted response, fitted with the same cut-off power law; the
// intervals are fitted in parallel and the results are the same for any number of threads.
var model = new Model(new PointSource("grb", ra: 0, dec: 0, spectralShape: new CutoffPowerlaw(K: 0.01, index: -1.0, xc: 300.0, piv: 100.0)));
var results = TimeResolvedAnalysis.Fit(ts, intervals, model, activeMeasurements: ["9-900"]);
Console.WriteLine($"{"interval (s)",-22} {"index",10} {"xc (keV)",12} {"valid",6}");
var lower = results.Sequence["LOWER_BOUND"].Values;
var upper = results.Sequence["UPPER_BOUND"].Values;
for (var i = 0; i < results.Count; i++)
{
    var valid = results[i] is ThreeML.Fitting.MLEResults { IsValid: true };
    Console.WriteLine($"{$"{lower[i]:F2}..{upper[i]:F2}",-22} {results[i].BestFit[1],10:F3} {results[i].BestFit[2],12:F1} {valid,6}");
}

// The set is written as 3ML writes it (SEQUENCE of time bins, then one ANALYSIS_RESULTS per interval).
// Outputs go to the folder given as the first argument, "out" by default.
string outFolder = args.Length > 0 ? args[0] : "out";
Directory.CreateDirectory(outFolder);
results.Write(Path.Combine(outFolder, "gbm_time_resolved.fits"), overwrite: true);
TimeSeriesPlots.ViewLightCurve(ts, -20, 60, 8, 900, blockEdges: edges).SavePng(Path.Combine(outFolder, "gbm_lightcurve.png"));
TimeSeriesPlots.ViewParameterEvolution(results, ["index", "xc"]).SavePng(Path.Combine(outFolder, "gbm_parameters_vs_time.png"));
