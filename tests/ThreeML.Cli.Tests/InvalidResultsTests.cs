using System.Text;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

/// <summary>A results file whose fit is not valid is refused by 'threeml flux' unless --allow-invalid, and 'threeml info'
/// shows its status.</summary>
public class InvalidResultsTests
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
  options: {samples: 200}
  seed: 3
outputs:
  results: results.fits
""";

    [Fact]
    public void Flux_refuses_an_invalid_fit_unless_allowed_and_then_marks_the_output()
    {
        using var temp = new TempFolder();
        var results = InvalidResults(temp);

        var refused = Threeml.Run("flux", results, "--emin", "10keV", "--emax", "1MeV");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("the fit in these results is not valid", refused.Stderr);
        Assert.Contains("--allow-invalid", refused.Stderr);

        var allowed = Threeml.Run("flux", results, "--emin", "10keV", "--emax", "1MeV", "--allow-invalid");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("FROM A FIT THAT IS NOT VALID", allowed.Stdout);

        var json = Threeml.Run("flux", results, "--emin", "10keV", "--emax", "1MeV", "--allow-invalid", "--json");
        using var doc = json.Json();
        Assert.False(doc.RootElement.GetProperty("fit_valid").GetBoolean());
    }

    [Fact]
    public void Info_shows_the_fit_status()
    {
        using var temp = new TempFolder();
        var results = InvalidResults(temp);
        var run = Threeml.Run("info", results);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("fit_valid", run.Stdout);
        Assert.Contains("False", run.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    // A valid fit written by 'threeml fit', with its FITVALID card turned to F (the value sits in column 30 of the card).
    private static string InvalidResults(TempFolder temp)
    {
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis);
        var fit = Threeml.Run("fit", temp.File("analysis.yml"), "--out", temp.Path);
        Assert.True(fit.ExitCode == 0, fit.ToString());
        var path = temp.File("results.fits");
        var bytes = File.ReadAllBytes(path);
        var card = Encoding.ASCII.GetString(bytes).IndexOf("FITVALID= ", StringComparison.Ordinal);
        Assert.True(card >= 0 && bytes[card + 29] == (byte)'T', "FITVALID = T expected in the written file");
        bytes[card + 29] = (byte)'F';
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
