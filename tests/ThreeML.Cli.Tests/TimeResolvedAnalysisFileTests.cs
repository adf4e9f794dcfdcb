using System.Globalization;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Tests.Support;
using ThreeML.Fits;
using ThreeML.Fitting;
using ThreeML.Results.Persistence;
using ThreeML.TimeSeries;
using ThreeML.Results;

namespace ThreeML.Cli.Tests;

/// <summary>Analysis files with a time_resolved section: one fit per interval through <c>threeml fit</c>, on simulated
/// CSPEC data with known spectral evolution and on the shared GRB 080916C CSPEC file, the "time" SEQUENCE 3ML reads, and
/// results independent of the number of threads.</summary>
public class TimeResolvedAnalysisFileTests
{
    private static string SimulatedAnalysis(string intervals, string extra = "") => $"""
base_dir: .
data:
  - name: sim
    kind: time_series
    observation: sim.pha
    response: sim.rsp
    background_intervals: ["-60--10", "40-80"]
    poly_order: 0
time_resolved:
  {intervals}
model:
  yaml: |
    src (point source):
      position: {"{"}ra: {"{"}value: 10.0{"}"}, dec: {"{"}value: 20.0{"}"}{"}"}
      spectrum:
        main:
          Powerlaw:
            K: {"{"}value: 0.05{"}"}
            index: {"{"}value: -2.0{"}"}
            piv: {"{"}value: 100.0, free: false{"}"}
analysis:
  type: mle
  options: {"{"}samples: 200{"}"}
{extra}
""";

    private static AnalysisFile Parse(TempFolder temp, string text)
    {
        var path = temp.File("analysis.yml");
        File.WriteAllText(path, text);
        return AnalysisFileReader.Parse(text, path, temp.Path);
    }

    [Fact]
    public void Each_interval_recovers_the_simulated_index_over_several_seeds()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            using var temp = new TempFolder();
            SimulatedCspec.Write(temp.Path, seed);
            var file = Parse(temp, SimulatedAnalysis("intervals: [\"0-10\", \"10-20\"]"));
            var run = TimeResolvedRunner.Run(file);

            Assert.Equal(2, run.Results.Count);
            for (var i = 0; i < 2; i++)
            {
                var fit = Assert.IsType<MLEResults>(run.Results[i]);
                Assert.True(fit.IsValid, fit.Reason);
                var index = fit.GetParameterTable().Single(r => r.Path.EndsWith(".index", StringComparison.Ordinal));
                var pull = (index.Value - SimulatedCspec.Epochs[i].Index) / (0.5 * (index.PositiveError - index.NegativeError));
                Assert.True(Math.Abs(pull) < 4, $"seed {seed} interval {i}: index {index.Value} ± {index.PositiveError}, truth {SimulatedCspec.Epochs[i].Index}");
                Assert.Equal((SimulatedCspec.Epochs[i].Start, SimulatedCspec.Epochs[i].Stop), (run.Intervals[i].Start, run.Intervals[i].Stop));
            }
        }
    }

    [Fact]
    public void Results_are_bit_identical_for_one_and_two_threads_and_interval_zero_equals_a_single_fit()
    {
        using var temp = new TempFolder();
        SimulatedCspec.Write(temp.Path, 11);
        var file = Parse(temp, SimulatedAnalysis("edges: [0, 5, 10, 20]"));
        var one = TimeResolvedRunner.Run(file, threads: 1);
        var two = TimeResolvedRunner.Run(file, threads: 2);
        Assert.Equal(3, one.Results.Count);
        for (var i = 0; i < one.Results.Count; i++)
        {
            Assert.Equal(one.Results[i].BestFit, two.Results[i].BestFit);
            for (var p = 0; p < one.Results[i].FreeParameterPaths.Count; p++)
            {
                Assert.True(one.Results[i].Samples[p].SequenceEqual(two.Results[i].Samples[p]), $"interval {i} parameter {p}: samples differ");
            }
        }

        // The single-interval analysis file of the first interval (active_intervals, same seed) gives the same fit.
        var single = Parse(temp, SimulatedAnalysis("threads: 1").Replace("time_resolved:\n  threads: 1\n", "", StringComparison.Ordinal)
            .Replace("    poly_order: 0", "    poly_order: 0\n    active_intervals: \"0-5\"", StringComparison.Ordinal));
        var (alone, valid, _) = AnalysisRunner.Run(single, AnalysisDataBuilder.Build(single));
        Assert.True(valid);
        Assert.Equal(alone.BestFit, one.Results[0].BestFit);
    }

    [Fact]
    public void Threeml_fit_writes_the_time_SEQUENCE_the_tables_and_the_plots()
    {
        using var temp = new TempFolder();
        SimulatedCspec.Write(temp.Path, 5);
        var text = SimulatedAnalysis("intervals: [\"0-10\", \"10-20\"]", """
outputs:
  results: tr.fits
  parameters: tr.csv
  flux:
    - {emin: 10 keV, emax: 1 MeV, unit: erg/cm2/s, file: tr_flux.csv}
  plots: [parameters_vs_time, lightcurve, spectra, count_spectra]
""");
        var path = temp.File("analysis.yml");
        File.WriteAllText(path, text);
        var run = Threeml.Run("fit", path, "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Time-resolved MLE fits (2 intervals", run.Stdout);

        var set = AnalysisResultsSet.Read(temp.File("out/tr.fits"));
        Assert.Equal("time", set.Sequence.Name);
        Assert.Equal([0.0, 10.0], set.Sequence["LOWER_BOUND"].Values);
        Assert.Equal([10.0, 20.0], set.Sequence["UPPER_BOUND"].Values);
        Assert.Equal("s", set.Sequence["LOWER_BOUND"].Unit?.ToString());
        var sequence = FitsFile.Read(temp.File("out/tr.fits")).Hdus.First(h => h.ExtName == "SEQUENCE");
        Assert.True(sequence.Header.TryGetString("SEQ_TYPE", out var type));
        Assert.Equal("time", type.Trim());

        var rows = File.ReadAllLines(temp.File("out/tr.csv"));
        Assert.Equal("interval_start,interval_stop,valid,path,value,negative_error,positive_error,unit", rows[0]);
        Assert.Equal(1 + (2 * 2), rows.Length);
        Assert.StartsWith("10,20,true,src.spectrum.main.Powerlaw.", rows[3], StringComparison.Ordinal);
        var flux = File.ReadAllLines(temp.File("out/tr_flux.csv"));
        Assert.Equal(3, flux.Length);
        Assert.StartsWith("0,10,true,\"src: total\",", flux[1], StringComparison.Ordinal);
        foreach (var png in new[] { "parameters_vs_time", "lightcurve", "spectra", "count_spectra_time0", "count_spectra_time1" })
        {
            Assert.True(new FileInfo(temp.File($"out/{png}.png")).Length > 1000, png);
        }
    }

    [Fact]
    public void Time_resolved_keys_are_checked_with_their_lines()
    {
        using var temp = new TempFolder();
        SimulatedCspec.Write(temp.Path, 1);
        SyntheticData.Write(temp.Path);
        var text = """
base_dir: .
data:
  - name: sim
    kind: time_series
    observation: sim.pha
    response: sim.rsp
    background_intervals: ["-60--10", "40-80"]
    active_intervals: "0-10"
  - name: ogip
    observation: src.pha
time_resolved:
  intervals: ["0-10"]
  edges: [0, 5, 3]
  bayesian_blocks: {data: sim2, start: 5, stop: 1, p0: 2}
  threads: 0
model:
  file: model.yml
analysis:
  type: bayesian
outputs:
  plots: [corner, parameters_vs_tim]
""";
        var path = temp.File("analysis.yml");
        File.WriteAllText(path, text);
        var run = Threeml.Run("fit", path);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Trim().Split('\n');
        void Has(string start) => Assert.True(lines.Any(l => l.StartsWith("threeml: analysis.yml line " + start, StringComparison.Ordinal)), $"no line starting '{start}' in:\n{run.Stderr}");
        Has("8: sim.active_intervals: in a time-resolved analysis the intervals come from time_resolved");
        Has("9: data set 'ogip' is an OGIP spectrum, but a time-resolved analysis (time_resolved) fits each interval of time-series data");
        Has("12: time_resolved gives intervals and edges and bayesian_blocks; give exactly one");
        Has("13: time_resolved.edges must increase: 3 follows 5.");
        Has("14: time_resolved.bayesian_blocks.data: no time-series data set 'sim2' (did you mean 'sim'?)");
        Has("14: time_resolved.bayesian_blocks: stop 1 must be after start 5.");
        Has("14: time_resolved.bayesian_blocks.p0 is 2: a false-alarm probability lies strictly between 0 and 1");
        Has("15: time_resolved.threads is 0: expected a whole number of 1 or more");
        Has("12: a time-resolved analysis fits each interval by maximum likelihood; analysis.type 'bayesian' cannot be time resolved");
        Has("21: unknown plot 'corner'; choose from parameters_vs_time, lightcurve, spectra, count_spectra (a time-resolved analysis).");
        Has("21: unknown plot 'parameters_vs_tim' (did you mean 'parameters_vs_time'?)");
    }

    [RequiresSharedDataFact]
    public void The_cspec_example_fits_each_bayesian_block_as_the_library_does()
    {
        var example = Path.Combine(SharedData.RepositoryRoot!, "examples", "analyses", "gbm_bn080916009_time_resolved.yml");
        var text = File.ReadAllText(example).Replace("options: {samples: 2000}", "options: {samples: 300}", StringComparison.Ordinal);
        var file = AnalysisFileReader.Parse(text, example, SharedData.RepositoryRoot!);
        var run = TimeResolvedRunner.Run(file);

        // The library's blocks on the same light curve, less the pre-trigger bin the range reaches into.
        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha")!,
            SharedData.Path("ogip/glg_cspec_n3_bn080916009_v00.rsp2")!);
        ts.SetBackgroundInterval("-24--5", "100-200");
        var blocks = ts.CreateTimeBinsByBayesianBlocks(new TimeInterval(0, 40), 0.01, 8, 900).Where(b => b.Start + b.Stop > 0).ToArray();
        Assert.Equal(blocks, run.Intervals);
        Assert.Contains(run.Notes, n => n.Contains("Bayesian block -2.56", StringComparison.Ordinal) && n.Contains("left out", StringComparison.Ordinal));
        Assert.Contains(run.Notes, n => n.Contains("row 1146", StringComparison.Ordinal));
        Assert.All(run.Results, r => Assert.True(((MLEResults)r).IsValid, ((MLEResults)r).Reason));

        // Each block's plugin is the library's plugin of that interval: same counts, background and exposure.
        var library = ts.ToSpectrumLikes(blocks);
        for (var i = 0; i < blocks.Length; i++)
        {
            var plugin = (Plugins.DispersionSpectrumLike)run.Data[i][0];
            Assert.Equal(library[i].Observation.Counts.ToArray(), plugin.Observation.Counts.ToArray());
            Assert.Equal(library[i].Background!.Counts.ToArray(), plugin.Background!.Counts.ToArray());
            Assert.Equal(library[i].Observation.Exposure, plugin.Observation.Exposure);
        }

        // The spectrum hardens at the start of the burst (index about -0.5 in the first block, about -1 later).
        var index = run.Results.Select(r => r.GetParameterTable().Single(p => p.Path.EndsWith(".index", StringComparison.Ordinal)).Value).ToArray();
        Assert.InRange(index[0], -0.8, -0.2);
        Assert.All(index[2..], v => Assert.InRange(v, -1.4, -0.8));
        Assert.Equal(string.Join(",", blocks.Select(b => b.Start.ToString("R", CultureInfo.InvariantCulture))),
            string.Join(",", run.Results.Sequence["LOWER_BOUND"].Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
    }
}
