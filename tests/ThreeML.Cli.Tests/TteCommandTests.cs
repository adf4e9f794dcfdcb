using ThreeML.Cli.Tests.Support;
using ThreeML.Fits;

namespace ThreeML.Cli.Tests;

/// <summary>GBM TTE files through <c>threeml lightcurve</c> and analysis-file time series: a file in the GBM TTE layout
/// with a flat background of 20 counts/s per channel from −30 to 70 s and a 10 s pulse of 60 counts/s per channel in
/// channels 5-20.</summary>
public sealed class TteCommandTests
{
    private static void WriteTte(string path, int seed = 3)
    {
        const double trigger = 300_000_000.0;
        var random = new Random(seed);
        var events = new List<(double T, short C)>();
        for (var c = 0; c < SyntheticData.Channels; c++)
        {
            for (var t = -30 + (-Math.Log(random.NextDouble()) / 20); t < 70; t += -Math.Log(random.NextDouble()) / 20)
            {
                events.Add((t, (short)c));
            }

            for (var t = -Math.Log(random.NextDouble()) / 60; c is >= 5 and <= 20 && t < 10; t += -Math.Log(random.NextDouble()) / 60)
            {
                events.Add((t, (short)c));
            }
        }

        events.Sort((a, b) => a.T.CompareTo(b.T));
        var edges = Enumerable.Range(0, SyntheticData.Channels + 1).Select(i => 10.0 * Math.Pow(100.0, i / (double)SyntheticData.Channels)).ToArray();
        var primary = ImageHdu.CreateEmpty();
        primary.Header.Set("DATATYPE", "TTE");
        primary.Header.Set("TRIGTIME", trigger);
        primary.Header.Set("TSTART", trigger - 30);
        primary.Header.Set("TSTOP", trigger + 70);
        var file = new FitsFile();
        file.Add(primary);
        file.Add(new BinaryTableBuilder("EBOUNDS")
            .AddColumn("CHANNEL", Enumerable.Range(0, SyntheticData.Channels).Select(i => (short)i).ToArray())
            .AddColumn("E_MIN", edges[..^1], "keV")
            .AddColumn("E_MAX", edges[1..], "keV")
            .Build());
        file.Add(new BinaryTableBuilder("EVENTS")
            .AddColumn("TIME", events.Select(e => e.T + trigger).ToArray(), "s")
            .AddColumn("PHA", events.Select(e => e.C).ToArray())
            .Build());
        file.Write(path);
    }

    [Fact]
    public void Lightcurve_of_a_tte_file_uses_the_events_and_finds_the_pulse()
    {
        using var temp = new TempFolder();
        WriteTte(temp.File("glg_tte_n5_bn000000000_v00.fit"));
        SyntheticData.WriteResponse(temp.File("resp.rsp"));
        var run = Threeml.Run("lightcurve", temp.File("glg_tte_n5_bn000000000_v00.fit"), "--rsp", temp.File("resp.rsp"), "--background", "-30--5", "20-70",
            "--active", "-10-20", "--blocks", "0.01", "--energy", "0-1000", "--out", temp.File("tte"), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = run.Json();
        Assert.Equal("n5", doc.RootElement.GetProperty("detector").GetString());
        var active = doc.RootElement.GetProperty("intervals").EnumerateArray().Single(r => r.GetProperty("role").GetString() == "active");
        Assert.Equal((-10.0, 20.0), (active.GetProperty("start").GetDouble(), active.GetProperty("stop").GetDouble()));
        var edges = doc.RootElement.GetProperty("intervals").EnumerateArray().Where(r => r.GetProperty("role").GetString() == "block")
            .Select(r => r.GetProperty("start").GetDouble()).ToArray();
        Assert.Contains(edges, e => Math.Abs(e) < 0.1);
        Assert.Contains(edges, e => Math.Abs(e - 10) < 0.1);
        Assert.True(File.Exists(temp.File("tte.png")));
    }

    [Fact]
    public void An_analysis_file_fits_a_tte_time_series()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        WriteTte(temp.File("events.fit"));
        File.WriteAllText(temp.File("analysis.yml"), """
base_dir: .
data:
  - name: n5
    kind: time_series
    format: tte
    observation: events.fit
    response: resp.rsp
    background_intervals: ["-30--5", "20-70"]
    active_intervals: "0-10"
model:
  file: model.yml
""");
        var run = Threeml.Run("fit", temp.File("analysis.yml"), "--out", temp.File("out"), "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
