using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class BayesianFitTests
{
    private const string Text = """
base_dir: .
data:
  - name: sim
    observation: src.pha
    selections: "12-900"
model:
  yaml: |
    src (point source):
      position:
        ra: {value: 10.0}
        dec: {value: 20.0}
      spectrum:
        main:
          Powerlaw:
            K: {value: 0.4, prior: {Log_uniform_prior: {lower_bound: 0.01, upper_bound: 10.0}}}
            index: {value: -1.9, prior: {Uniform_prior: {lower_bound: -4.0, upper_bound: 0.0}}}
            piv: {value: 100.0, free: false}
analysis:
  type: bayesian
  sampler: emcee
  options: {n_walkers: 8, n_iterations: 150, n_burn_in: 50}
  seed: 5
""";

    [Fact]
    public void Emcee_analysis_runs_from_a_file_with_priors()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("bayes.yml"), Text);
        var run = Threeml.Run("fit", temp.File("bayes.yml"), "--json", "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var results = doc.RootElement.GetProperty("results");
        Assert.Equal("Bayesian", results.GetProperty("resutype").GetString());
        var index = results.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("path").GetString()!.EndsWith(".index", StringComparison.Ordinal));
        Assert.InRange(index.GetProperty("value").GetDouble(), -2.3, -1.7);

        // The ensemble's diagnostics: acceptance fraction and one autocorrelation time per parameter, no evidence.
        var sampler = doc.RootElement.GetProperty("sampler");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sampler.GetProperty("ln_z").ValueKind);
        Assert.InRange(sampler.GetProperty("acceptance_fraction").GetDouble(), 0.05, 0.95);
        Assert.Equal(2, sampler.GetProperty("autocorrelation_times").GetArrayLength());
        Assert.True(sampler.GetProperty("effective_sample_size").GetDouble() > 0);
        Assert.InRange(sampler.GetProperty("likelihood_calls").GetInt64(), 8 * 200, 8 * 210);
    }

    [Fact]
    public void Nested_sampling_reports_the_evidence_with_its_error_and_the_likelihood_calls()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("nested.yml"), Text
            .Replace("sampler: emcee", "sampler: ultranest", StringComparison.Ordinal)
            .Replace("options: {n_walkers: 8, n_iterations: 150, n_burn_in: 50}", "options: {min_num_live_points: 50}", StringComparison.Ordinal));
        var run = Threeml.Run("fit", temp.File("nested.yml"), "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Sampler (", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"ln Z\W+-?[0-9.]+ ± [0-9.]+", run.Stdout);
        Assert.Contains("likelihood calls", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("acceptance fraction", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nautilus_runs_from_a_file_with_its_options_and_reports_the_evidence()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("nautilus.yml"), Text
            .Replace("sampler: emcee", "sampler: nautilus", StringComparison.Ordinal)
            .Replace("options: {n_walkers: 8, n_iterations: 150, n_burn_in: 50}", "options: {n_live: 60, f_live: 0.5, n_eff: 300}", StringComparison.Ordinal));
        var run = Threeml.Run("fit", temp.File("nautilus.yml"), "--json", "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var sampler = doc.RootElement.GetProperty("sampler");
        Assert.True(double.IsFinite(sampler.GetProperty("ln_z").GetDouble()));
        Assert.True(sampler.GetProperty("effective_sample_size").GetDouble() >= 300);
        var index = doc.RootElement.GetProperty("results").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("path").GetString()!.EndsWith(".index", StringComparison.Ordinal));
        Assert.InRange(index.GetProperty("value").GetDouble(), -2.3, -1.7);
    }

    [Fact]
    public void Nautilus_rejects_ultranest_option_names()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("nautilus.yml"), Text
            .Replace("sampler: emcee", "sampler: nautilus", StringComparison.Ordinal)
            .Replace("options: {n_walkers: 8, n_iterations: 150, n_burn_in: 50}", "options: {min_num_live_points: 60}", StringComparison.Ordinal));
        var run = Threeml.Run("fit", temp.File("nautilus.yml"), "--out", temp.File("out"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("min_num_live_points", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_the_progress_bar_path_completes_and_tables_follow()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("bayes.yml"), Text);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApplication.Run(["fit", temp.File("bayes.yml"), "--out", temp.File("out")], stdout, stderr, stdoutIsTerminal: true);
        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("Bayesian results", stdout.ToString());
    }
}
