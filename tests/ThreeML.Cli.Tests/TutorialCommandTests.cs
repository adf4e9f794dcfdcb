using ThreeML.Cli.Tests.Support;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Cli.Tests;

public class TutorialCommandTests
{
    [Fact]
    public void Flux_examples_tutorial_writes_plots_flux_tables_and_results()
    {
        using var folder = new TempFolder();
        var run = Threeml.Run("tutorial", "flux-examples", "--out", folder.Path, "--json", "--timings");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();

        // --timings: one line per phase on standard error, the JSON document untouched.
        Assert.Contains(" ms CPU  nested sampling (count spectra alongside)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(" corner plot (on another thread)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(" ms CPU  total", run.Stderr, StringComparison.Ordinal);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.True(files.Count(f => f.EndsWith(".png", StringComparison.Ordinal)) >= 4, string.Join("\n", files));
        Assert.Contains(files, f => f.EndsWith("results.fits", StringComparison.Ordinal));
        Assert.Equal(20, files.Count(f => Path.GetFileName(f).StartsWith("flux_", StringComparison.Ordinal)));
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.True(json.RootElement.GetProperty("likelihood_calls").GetInt64() <= 76000);

        // The saved results read back and give the tutorial's first flux table.
        var results = AnalysisResults.Read(Path.Combine(folder.Path, "results.fits"));
        Assert.Equal("Bayesian", results.ResultType);
        var text = File.ReadAllText(Path.Combine(folder.Path, "flux_5_energy_flux_again_exact.txt"));
        Assert.Contains("src1: total", text);
        Assert.Contains("erg / (cm2 s)", text);
    }

    [Fact]
    public void A_missing_response_file_is_one_clear_line()
    {
        using var folder = new TempFolder();
        var run = Threeml.Run("tutorial", "flux-examples", "--out", folder.Path, "--response", folder.File("nope.rsp"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.rsp' does not exist", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [RequiresSharedDataFact]
    public void The_tutorial_runs_on_3MLs_own_demo_response_too()
    {
        // 3ML's tutorial uses datasets/ogip_powerlaw.rsp (a GBM BGO DRM); its posterior gave K = (4.5 ± 0.4)e-8 and
        // kT_1 = 518 (+14 −15) keV for its own random data.
        using var folder = new TempFolder();
        var response = SharedData.Path(Path.Combine("ogip", "ogip_powerlaw.rsp"))!;
        var run = Threeml.Run("tutorial", "flux-examples", "--out", folder.Path, "--response", response, "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var results = AnalysisResults.Read(Path.Combine(folder.Path, "results.fits"));
        var kT = results.BestFit[results.FreeParameterPaths.ToList().IndexOf("src2.spectrum.main.composite.kT_1")];
        var k = results.BestFit[results.FreeParameterPaths.ToList().IndexOf("src1.spectrum.main.Blackbody.K")];
        Assert.InRange(kT, 450, 560);
        Assert.InRange(k, 3.5e-8, 6.5e-8);
    }
}
