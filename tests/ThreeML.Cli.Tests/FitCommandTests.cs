using System.Globalization;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class FitCommandTests
{
    private const string Analysis = """
base_dir: .
data:
  - name: sim
    observation: src.pha
    background: src_bak.pha
    response: src.rsp
    selections: "12-900"
model:
  file: model.yml
  assign: {sim: src}
analysis:
  type: mle
  options: {samples: 500}
  seed: 3
outputs:
  parameters: params.csv
  flux:
    - {emin: 10 keV, emax: 1 MeV, unit: 1/(cm2 s), file: flux.csv}
""";

    [Fact]
    public void Mle_fit_end_to_end_with_json_and_files()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis);
        var outDir = temp.File("out");
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--out", outDir, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var root = doc.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        var parameters = root.GetProperty("results").GetProperty("parameters").EnumerateArray().ToDictionary(
            p => p.GetProperty("path").GetString()!, p => p.GetProperty("value").GetDouble());
        // The data were simulated from K = 0.5, index = -2 with 100 s: the fit lands near them.
        Assert.InRange(parameters["src.spectrum.main.Powerlaw.index"], -2.2, -1.8);
        Assert.InRange(parameters["src.spectrum.main.Powerlaw.K"], 0.4, 0.6);
        var flux = root.GetProperty("fluxes")[0].GetProperty("rows")[0];
        Assert.Equal("src: total", flux.GetProperty("name").GetString());
        Assert.True(flux.GetProperty("low_bound").GetDouble() < flux.GetProperty("flux").GetDouble());
        Assert.True(File.Exists(Path.Combine(outDir, "params.csv")));
        var csv = File.ReadAllLines(Path.Combine(outDir, "flux.csv"));
        Assert.Equal("name,flux,low_bound,hi_bound,unit", csv[0]);
        Assert.Equal(flux.GetProperty("flux").GetDouble(), double.Parse(csv[1].Split(',')[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Tables_without_json()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis);
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("MLE results", run.Stdout);
        Assert.Contains("src.spectrum.main.Powerlaw.index", run.Stdout);
        Assert.Contains("wrote ", run.Stdout);
        Assert.Empty(run.Stderr);

        // One line per parameter, in 3ML's value-with-errors notation, within 80 columns: no number broken across lines.
        Assert.All(run.Stdout.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, $"{line.Length} columns: {line}"));
        Assert.Matches(@"Powerlaw\.index\s+│ \(?-?[0-9.]+ (\+/- [0-9.]+|-[0-9.]+ \+[0-9.]+)", run.Stdout);
    }

    [Fact]
    public void Check_validates_and_loads_without_fitting()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis);
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--check", "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("valid (1 data sets, 2 free parameters)", run.Stdout);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Broken_data_file_is_reported_with_the_entry_line()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("src.rsp"), "not a FITS file at all");
        File.WriteAllText(temp.File("analysis.yml"), Analysis);
        var run = Threeml.Run("fit", temp.File("analysis.yml"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("threeml: analysis.yml line 3: data set 'sim':", run.Stderr);
    }

    [Fact]
    public void Missing_analysis_file_is_one_line()
    {
        var run = Threeml.Run("fit", "/nonexistent/analysis.yml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("threeml: no such analysis file: '/nonexistent/analysis.yml'.", run.Stderr.Trim());
    }
}
