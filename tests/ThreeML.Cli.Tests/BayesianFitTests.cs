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
