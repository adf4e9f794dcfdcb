using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class BoundWarningTests
{
    // The simulated source has index ≈ −2; a lower bound of −1.5 pins the fit there.
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
            K: {value: 0.4, min_value: 0.001, max_value: 100.0}
            index: {value: -1.2, min_value: -1.5, max_value: 0.0}
            piv: {value: 100.0, free: false}
analysis:
  type: mle
""";

    [Fact]
    public void A_parameter_at_its_bound_is_warned_about_and_listed_in_the_json()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("bound.yml"), Text);
        var run = Threeml.Run("fit", temp.File("bound.yml"), "--json", "--out", temp.File("out"));
        Assert.Contains("threeml: warning: src.spectrum.main.Powerlaw.index = -1.5 is at its lower bound (-1.5): its errors are not reliable; widen the bound or fix the parameter.", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        var atBound = doc.RootElement.GetProperty("at_bound");
        Assert.Equal(1, atBound.GetArrayLength());
        Assert.DoesNotContain("Powerlaw.K", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_fit_has_no_warning()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("free.yml"), Text.Replace("min_value: -1.5", "min_value: -5.0", StringComparison.Ordinal));
        var run = Threeml.Run("fit", temp.File("free.yml"), "--json", "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("bound", run.Stderr, StringComparison.Ordinal);
        using var doc = run.Json();
        Assert.Equal(0, doc.RootElement.GetProperty("at_bound").GetArrayLength());
    }

    [Fact]
    public void Tables_fit_80_columns_and_keep_parameter_paths_whole()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("free.yml"), Text.Replace("min_value: -1.5", "min_value: -5.0", StringComparison.Ordinal));
        var run = Threeml.Run("fit", temp.File("free.yml"), "--out", temp.File("out"));
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stdout.Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 80, $"{l.Length} columns: {l}"));
        Assert.Contains(lines, l => l.Contains("src.spectrum.main.Powerlaw.index", StringComparison.Ordinal));
    }
}
