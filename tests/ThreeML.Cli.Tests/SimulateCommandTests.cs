using ThreeML.Cli.Tests.Support;
using ThreeML.Ogip;

namespace ThreeML.Cli.Tests;

public class SimulateCommandTests
{
    [Fact]
    public void Simulated_files_are_valid_ogip_and_reproducible()
    {
        using var temp = new TempFolder();
        SyntheticData.WriteResponse(temp.File("resp.rsp"));
        File.WriteAllText(temp.File("model.yml"), SyntheticData.ModelYaml());
        File.WriteAllText(temp.File("bkg.yml"), SyntheticData.ModelYaml(k: 0.02, index: -1.0));
        string[] Args(string @out) =>
            ["simulate", "--model", temp.File("model.yml"), "--response", temp.File("resp.rsp"), "--background-model", temp.File("bkg.yml"),
             "--exposure", "50", "--seed", "11", "--out", temp.File(@out), "--json"];

        var run = Threeml.Run(Args("a"));
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        Assert.Equal([temp.File("a.pha"), temp.File("a_bak.pha"), temp.File("a.rsp")], doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));

        var pha = PhaSpectrum.Read(temp.File("a.pha"));
        Assert.Equal(50.0, pha.Exposure);
        Assert.Equal(SyntheticData.Channels, pha.ChannelCount);
        Assert.Equal("a.rsp", pha.ResponseFile is { } r ? Path.GetFileName(r) : null);
        Assert.Equal(doc.RootElement.GetProperty("total_counts").GetDouble(), pha.TotalCounts);
        Assert.True(PhaSpectrum.Read(temp.File("a_bak.pha")).TotalCounts > 0);

        Assert.Equal(0, Threeml.Run(Args("b")).ExitCode);
        Assert.Equal(pha.Counts.ToArray(), PhaSpectrum.Read(temp.File("b.pha")).Counts.ToArray());
    }

    [Fact]
    public void Existing_output_is_kept_unless_overwrite()
    {
        using var temp = new TempFolder();
        SyntheticData.WriteResponse(temp.File("resp.rsp"));
        File.WriteAllText(temp.File("model.yml"), SyntheticData.ModelYaml());
        File.WriteAllText(temp.File("x.pha"), "keep me");
        string[] args = ["simulate", "--model", temp.File("model.yml"), "--response", temp.File("resp.rsp"), "--exposure", "10", "--out", temp.File("x")];
        var run = Threeml.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--overwrite", run.Stderr);
        Assert.Equal("keep me", File.ReadAllText(temp.File("x.pha")));
        Assert.Equal(0, Threeml.Run([.. args, "--overwrite"]).ExitCode);
    }

    [Fact]
    public void Bad_exposure_and_missing_model_are_usage_errors()
    {
        using var temp = new TempFolder();
        var run = Threeml.Run("simulate", "--model", temp.File("none.yml"), "--response", temp.File("none.rsp"), "--exposure", "-1", "--out", temp.File("o"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--exposure", run.Stderr);
        run = Threeml.Run("simulate", "--model", temp.File("none.yml"), "--response", temp.File("none.rsp"), "--out", temp.File("o"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Stderr);
    }
}
