using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class ResultsRoundTripTests
{
    private const string Analysis = """
base_dir: .
data:
  - name: sim
    observation: src.pha
    selections: "12-900"
model:
  file: model.yml
analysis:
  type: mle
  options: {samples: 400}
outputs:
  results: results.fits
  plots: [count_spectra, spectra]
""";

    [Fact]
    public void Fit_writes_results_and_plots_that_flux_and_info_read()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis);
        var outDir = temp.File("out");
        var fit = Threeml.Run("fit", temp.File("analysis.yml"), "--out", outDir, "--json");
        Assert.True(fit.ExitCode == 0, fit.ToString());
        var results = Path.Combine(outDir, "results.fits");
        Assert.True(File.Exists(results));
        Assert.True(new FileInfo(Path.Combine(outDir, "count_spectra.png")).Length > 1000);
        Assert.True(new FileInfo(Path.Combine(outDir, "spectra.png")).Length > 1000);

        var flux = Threeml.Run("flux", results, "--emin", "10keV", "--emax", "1MeV", "--unit", "erg/cm2/s", "--cl", "0.95", "--json");
        Assert.True(flux.ExitCode == 0, flux.ToString());
        using (var doc = flux.Json())
        {
            var row = doc.RootElement.GetProperty("rows")[0];
            Assert.Equal("src: total", row.GetProperty("name").GetString());
            Assert.Equal(0.95, doc.RootElement.GetProperty("confidence_level").GetDouble());
            Assert.Equal("MLE", doc.RootElement.GetProperty("resutype").GetString());
            Assert.True(row.GetProperty("flux").GetDouble() > 0);
        }

        var table = Threeml.Run("flux", results, "--emin", "10keV", "--emax", "1MeV", "--sum-sources");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("total", table.Stdout);

        var info = Threeml.Run("info", results, "--json");
        Assert.True(info.ExitCode == 0, info.ToString());
        using var i = info.Json();
        var ogip = i.RootElement.GetProperty("ogip");
        Assert.Equal("MLE", ogip.GetProperty("resutype").GetString());
        Assert.Equal(2, ogip.GetProperty("parameters").GetArrayLength());
    }

    [Fact]
    public void Unknown_source_in_flux_is_a_usage_error_with_a_suggestion()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis.Replace("  plots: [count_spectra, spectra]\n", "", StringComparison.Ordinal));
        Assert.Equal(0, Threeml.Run("fit", temp.File("analysis.yml"), "--out", temp.Path).ExitCode);
        var run = Threeml.Run("flux", temp.File("results.fits"), "--source", "scr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("src", run.Stderr);
    }
}
