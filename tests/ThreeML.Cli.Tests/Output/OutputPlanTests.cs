using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests.Output;

/// <summary>`threeml fit` checks its outputs before any fit starts (issue 18 item 6).</summary>
public sealed class OutputPlanTests
{
    private const string Analysis = """
base_dir: .
data:
  - name: sim
    observation: src.pha
    background: src_bak.pha
    response: src.rsp
model:
  file: model.yml
  assign: {sim: src}
analysis:
  type: mle
  options: {samples: 100}
outputs:
  parameters: table.csv
  flux:
    - {emin: 10 keV, emax: 1 MeV, unit: 1/(cm2 s), file: FLUXFILE}
""";

    [Fact]
    public void Two_outputs_with_one_file_name_are_refused_before_the_fit()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis.Replace("FLUXFILE", "table.csv", StringComparison.Ordinal));
        var outDir = temp.File("out");
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--out", outDir);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"outputs.parameters and outputs.flux[0].file all write '{Path.Combine(outDir, "table.csv")}'; give each output its own file name.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Fitting", run.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "table.csv")));
    }

    [Fact]
    public void An_existing_file_as_the_output_folder_is_refused_before_the_fit()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis.Replace("FLUXFILE", "flux.csv", StringComparison.Ordinal));
        var notAFolder = temp.File("out.txt");
        File.WriteAllText(notAFolder, "keep me");
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--out", notAFolder);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"--out '{notAFolder}' is an existing file; expected a folder for the outputs.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(notAFolder));
    }

    [Fact]
    public void A_folder_where_an_output_file_should_go_is_refused_before_the_fit()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        File.WriteAllText(temp.File("analysis.yml"), Analysis.Replace("FLUXFILE", "flux.csv", StringComparison.Ordinal));
        var outDir = temp.File("out");
        Directory.CreateDirectory(Path.Combine(outDir, "flux.csv"));
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--out", outDir);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"outputs.flux[0].file would write '{Path.Combine(outDir, "flux.csv")}', which is an existing folder; expected a file name.", run.Stderr, StringComparison.Ordinal);
    }
}
