using System.Text.Json;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

/// <summary><c>threeml lightcurve</c> on GRB 080916C seen by NaI n3 (the shared CSPEC file).</summary>
public sealed class LightcurveCommandTests
{
    private static string Cspec => SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha")!;

    private static string Rsp => SharedData.Path("ogip/glg_cspec_n3_bn080916009_v07.rsp")!;

    // Observed totals of the 11 bins overlapping 0-10 s (from -2.5600560 to 10.752106 s), all channels: astropy 5.2.1
    // outside CI, d['COUNTS'][mask].sum() and d['EXPOSURE'][mask].sum() with mask = (ENDTIME-TRIGTIME > 0) &
    // (TIME-TRIGTIME < 10); the background interval -24..-5 s shrinks to the bins wholly inside it, -23.040317982435226
    // to -6.6561179757118225 s (the same astropy session).
    [RequiresSharedDataFact]
    public void Writes_the_figure_and_the_interval_table_with_the_counts_of_the_file()
    {
        using var temp = new TempFolder();
        var run = Threeml.Run("lightcurve", Cspec, "--rsp", Rsp, "--background", "-24--5", "100-200", "--active", "0-10",
            "--energy", "0-100000", "--blocks", "0.01", "--out", temp.File("grb"), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        var rows = doc.RootElement.GetProperty("intervals").EnumerateArray().ToArray();
        Assert.Equal("n3", doc.RootElement.GetProperty("detector").GetString());

        var background = rows.Where(r => r.GetProperty("role").GetString() == "background").ToArray();
        Assert.Equal(["-24--5", "100-200"], background.Select(r => r.GetProperty("requested").GetString()));
        Assert.Equal(-23.040317982435226, background[0].GetProperty("start").GetDouble(), 6);
        Assert.Equal(-6.6561179757118225, background[0].GetProperty("stop").GetDouble(), 6);

        var active = Assert.Single(rows, r => r.GetProperty("role").GetString() == "active");
        Assert.Equal(29768.0, active.GetProperty("counts").GetDouble());
        Assert.Equal(13.228213, active.GetProperty("exposure").GetDouble(), 5);
        Assert.True(active.GetProperty("background").GetDouble() > 0);

        // The blocks tile the active interval and their counts add up to its counts.
        var blocks = rows.Where(r => r.GetProperty("role").GetString() == "block").ToArray();
        Assert.True(blocks.Length >= 2, run.Stdout);
        Assert.Equal(active.GetProperty("start").GetDouble(), blocks[0].GetProperty("start").GetDouble());
        Assert.Equal(active.GetProperty("stop").GetDouble(), blocks[^1].GetProperty("stop").GetDouble());
        Assert.All(blocks.Zip(blocks.Skip(1)), p => Assert.Equal(p.First.GetProperty("stop").GetDouble(), p.Second.GetProperty("start").GetDouble()));
        Assert.Equal(29768.0, blocks.Sum(b => b.GetProperty("counts").GetDouble()));

        Assert.True(new FileInfo(temp.File("grb.png")).Length > 10_000);
        var csv = File.ReadAllLines(temp.File("grb_intervals.csv"));
        Assert.Equal("role,requested,start,stop,exposure,counts,background,background_error", csv[0]);
        Assert.Equal(rows.Length + 1, csv.Length);
        Assert.StartsWith("active,\"0-10\",", csv[3], StringComparison.Ordinal);
    }

    [RequiresSharedDataFact]
    public void Existing_outputs_are_kept_unless_overwrite()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lc.png"), "keep me");
        var run = Threeml.Run("lightcurve", Cspec, "--rsp", Rsp, "--out", temp.File("lc"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pass --overwrite", run.Stderr);
        Assert.Equal("keep me", File.ReadAllText(temp.File("lc.png")));
        Assert.Equal(0, Threeml.Run("lightcurve", Cspec, "--rsp", Rsp, "--out", temp.File("lc"), "--overwrite").ExitCode);
    }

    [Theory]
    [InlineData("--order", "7", "--order 7: expected 0..4, or -1")]
    [InlineData("--blocks", "1.5", "--blocks 1.5: p0 is a false-alarm probability")]
    [InlineData("--energy", "900-8", "--energy 900-8: expected a range 'a-b' in keV with a < b")]
    [InlineData("--active", "5-", "--active: Time interval '5-' is not 'start-stop'")]
    [InlineData("--range", "abc", "--range abc: expected a range 'a-b' in s")]
    public void Bad_options_are_usage_errors_naming_the_option(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var run = Threeml.Run("lightcurve", temp.File("none.pha"), "--rsp", temp.File("none.rsp"), option, value, "--out", temp.File("x"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var temp = new TempFolder();
        var run = Threeml.Run("lightcurve", temp.File("none.pha"), "--rsp", temp.File("none.rsp"), "--out", temp.File("x"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.pha", run.Stderr);
    }
}
