using ThreeML.Cli.Analysis;
using ThreeML.Cli.Tests.Support;
using ThreeML.Plugins;
using ThreeML.TimeSeries;

namespace ThreeML.Cli.Tests;

/// <summary>Analysis-file data sets of kind time_series: the example on the shared GRB 080916C CSPEC file, and the
/// checks of the keys with their YAML lines.</summary>
public class TimeSeriesAnalysisFileTests
{
    private static string Example => Path.Combine(SharedData.RepositoryRoot!, "examples", "analyses", "gbm_bn080916009_cspec.yml");

    [RequiresSharedDataFact]
    public void The_cspec_example_builds_the_plugin_the_library_builds_and_fits()
    {
        var file = AnalysisFileReader.Parse(File.ReadAllText(Example), Example, SharedData.RepositoryRoot!);
        var entry = Assert.Single(file.Data);
        var series = entry.TimeSeries!;
        Assert.Equal(("cspec", -1), (series.Format, series.PolyOrder));
        Assert.Equal(["-24--5", "100-200"], series.BackgroundIntervals);
        Assert.Equal(["0-10"], series.ActiveIntervals);
        var plugin = Assert.IsType<DispersionSpectrumLike>(Assert.Single(AnalysisDataBuilder.Build(file)), exactMatch: false);

        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha")!,
            SharedData.Path("ogip/glg_cspec_n3_bn080916009_v00.rsp2")!);
        ts.SetBackgroundInterval("-24--5", "100-200");
        ts.SetActiveTimeInterval("0-10");
        var library = ts.ToSpectrumLike();
        Assert.Equal(library.Observation.Counts.ToArray(), plugin.Observation.Counts.ToArray());
        Assert.Equal(library.Observation.Exposure, plugin.Observation.Exposure);
        Assert.Equal(library.Background!.Counts.ToArray(), plugin.Background!.Counts.ToArray());
        Assert.Equal(BackgroundNoise.Gaussian, plugin.BackgroundNoise);
        Assert.Equal(29768.0, plugin.Observation.TotalCounts);

        var (results, valid, reason) = AnalysisRunner.Run(file, new DataList(plugin));
        Assert.True(valid, reason);
        Assert.InRange(results.BestFit[1], -1.2, -0.6);
    }

    [Fact]
    public void Time_series_keys_are_checked_with_their_lines()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("ts.pha"), "not read: the checks stop first");
        var text = """
base_dir: .
data:
  - name: n3
    kind: time_serie
    observation: ts.pha
  - name: n4
    kind: time_series
    observation: ts.pha
    background: src.pha
    background_intervals: ["-24--5", "200-100"]
    poly_order: 7
    format: tte2
  - name: sim
    observation: src.pha
    active_intervals: "0-10"
model:
  file: model.yml
""";
        var path = temp.File("analysis.yml");
        File.WriteAllText(path, text);
        var run = Threeml.Run("fit", path);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 4: unknown data kind 'time_serie' (did you mean 'time_series'?)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 6: time series 'n4' needs a 'response'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 9: n4.background: a time series fits its background in time; give background_intervals", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 10: n4.background_intervals: Time interval '200-100': the stop must exceed the start", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 11: n4.poly_order 7: expected 0..4, or -1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 12: unknown time-series format 'tte2'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 6: time series 'n4' needs active_intervals", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 15: sim.active_intervals is for data of 'kind: time_series'", StringComparison.Ordinal));
    }

    [RequiresSharedDataFact]
    public void A_format_that_disagrees_with_the_file_is_named()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var text = $"""
base_dir: .
data:
  - name: n3
    kind: time_series
    format: ctime
    observation: {SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha")}
    response: {SharedData.Path("ogip/glg_cspec_n3_bn080916009_v07.rsp")}
    background_intervals: ["-24--5", "100-200"]
    active_intervals: "0-10"
model:
  file: model.yml
""";
        var path = temp.File("analysis.yml");
        File.WriteAllText(path, text);
        var run = Threeml.Run("fit", path, "--check");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("line 3: data set 'n3': '", run.Stderr);
        Assert.Contains("holds DATATYPE = 'CSPEC' data but the analysis file says format: ctime.", run.Stderr);
    }
}
