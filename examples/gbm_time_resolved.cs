#:project ../src/ThreeML/ThreeML.csproj
// A GRB from the files GBM distributes to time-resolved spectra: GRB 080916C seen by NaI n3 (CSPEC).
// Reads ../shared/data/ogip (third-party data kept beside the repository, not in it).
// Run from the repository root:  dotnet run examples/gbm_time_resolved.cs
using Astromodels;
using Astromodels.Functions;
using ThreeML;
using ThreeML.Fitting;
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

// Source intervals from Bayesian blocks on the light curve between 0 and 40 s.
var series = ts.Series;
var bins = Enumerable.Range(0, series.BinCount).Where(i => series.Starts[i] >= 0 && series.Stops[i] <= 40).ToArray();
var edges = BayesianBlocks.ForBinned(
    bins.Select(i => series.Starts[i]).ToArray(), bins.Select(i => series.Stops[i]).ToArray(),
    bins.Select(i => series.CountsOf(i, 0, series.ChannelCount - 1)).ToArray(), bins.Select(i => series.Exposures[i]).ToArray(), p0: 0.01);
var intervals = edges.Zip(edges.Skip(1), (a, b) => new TimeInterval(a, b)).ToArray();
foreach (var adjustment in ts.Adjustments)
{
    Console.WriteLine(adjustment);
}

// One plugin per block, each with its own counts-weighted response, fitted with the same cut-off power law.
var plugins = ts.ToSpectrumLikes(intervals);
Console.WriteLine($"{"interval (s)",-22} {"index",10} {"xc (keV)",12}");
for (var i = 0; i < plugins.Count; i++)
{
    var plugin = plugins[i];
    plugin.SetActiveMeasurements("9-900");
    var shape = new CutoffPowerlaw(K: 0.01, index: -1.0, xc: 300.0, piv: 100.0);
    var model = new Model(new PointSource("grb", ra: 0, dec: 0, spectralShape: shape));
    var jl = new JointLikelihood(model, new DataList(plugin));
    jl.Fit();
    Console.WriteLine($"{intervals[i],-22} {shape.Index.Value,10:F3} {shape.Xc.Value,12:F1}");
}
