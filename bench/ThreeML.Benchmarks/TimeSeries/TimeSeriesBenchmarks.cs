using BenchmarkDotNet.Attributes;
using ThreeML.TimeSeries;

namespace ThreeML.Benchmarks.TimeSeries;

/// <summary>Issue 16 targets on the real GBM CSPEC file (../shared/data/ogip, required): building the time series
/// (3ML 0.62 s), fitting the background polynomials with automatic order (3ML 3.79 s); goal build + fit ≤ 0.1 s.
/// Bayesian blocks on 10 000 events: goal ≤ 50 ms. Also a simulated TTE file (128 channels, ~165 000 events over
/// 100 s, written in the GBM layout): reading it and the unbinned background fit with automatic order.</summary>
[MemoryDiagnoser]
public class TimeSeriesBenchmarks
{
    private string _cspec = null!;
    private string _rsp = null!;
    private TimeSeriesBuilder _builder = null!;
    private double[] _events = null!;
    private string _tte = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = Path.Combine(FindRoot(), "..", "shared", "data", "ogip");
        _cspec = Path.Combine(data, "glg_cspec_n3_bn080916009_v01.pha");
        _rsp = Path.Combine(data, "glg_cspec_n3_bn080916009_v07.rsp");
        if (!File.Exists(_cspec) || !File.Exists(_rsp))
        {
            throw new FileNotFoundException($"These benchmarks need the GBM CSPEC file and its response in '{data}'.");
        }

        _builder = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", _cspec, _rsp);

        // 10 000 events with piecewise-constant rates over 40 s (a burst of four pulses).
        var random = new Random(1);
        var events = new List<double>();
        foreach (var (a, b, n) in new[] { (0.0, 10.0, 2000), (10.0, 12.0, 3000), (12.0, 20.0, 1500), (20.0, 21.0, 1000), (21.0, 40.0, 2500) })
        {
            for (var i = 0; i < n; i++)
            {
                events.Add(a + (random.NextDouble() * (b - a)));
            }
        }

        events.Sort();
        _events = [.. events];
        _tte = WriteTte(Path.Combine(Path.GetTempPath(), $"threeml_bench_tte_{Environment.ProcessId}.fit"));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_tte);

    [Benchmark]
    public TimeSeriesBuilder BuildCspec() => TimeSeriesBuilder.FromGbmCspecOrCtime("n3", _cspec, _rsp);

    [Benchmark]
    public BackgroundModel? FitBackgroundAutomaticOrder()
    {
        _builder.SetBackgroundInterval("-24--5", "100-200");
        return _builder.Background;
    }

    [Benchmark]
    public BackgroundModel? BuildAndFitBackground()
    {
        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", _cspec, _rsp);
        ts.SetBackgroundInterval("-24--5", "100-200");
        return ts.Background;
    }

    [Benchmark]
    public BackgroundModel? BuildTteAndFitBackgroundUnbinned()
    {
        var ts = TimeSeriesBuilder.FromGbmTte("n3", _tte, _rsp);
        ts.SetBackgroundInterval("-30--5", "20-70");
        return ts.Background;
    }

    [Benchmark]
    public double[] BayesianBlocks10000Events() => BayesianBlocks.ForEvents(_events, p0: 0.05);

    /// <summary>A flat 12 counts/s per channel from −30 to 70 s with a 10 s pulse, on the 128 channels of the CSPEC
    /// response, in the GBM TTE layout.</summary>
    private string WriteTte(string path)
    {
        var response = ThreeML.Ogip.OgipResponse.Read(_rsp);
        var edges = response.ChannelEdges.ToArray();
        var random = new Random(2);
        var events = new List<(double T, short C)>();
        for (short c = 0; c < edges.Length - 1; c++)
        {
            for (var t = -30 - (Math.Log(random.NextDouble()) / 12); t < 70; t -= Math.Log(random.NextDouble()) / (t is >= 0 and < 10 ? 40 : 12))
            {
                events.Add((t, c));
            }
        }

        events.Sort((a, b) => a.T.CompareTo(b.T));
        const double trigger = 250_000_000.0;
        var primary = ThreeML.Fits.ImageHdu.CreateEmpty();
        primary.Header.Set("DATATYPE", "TTE");
        primary.Header.Set("TRIGTIME", trigger);
        primary.Header.Set("TSTART", trigger - 30);
        primary.Header.Set("TSTOP", trigger + 70);
        var file = new ThreeML.Fits.FitsFile();
        file.Add(primary);
        file.Add(new ThreeML.Fits.BinaryTableBuilder("EBOUNDS")
            .AddColumn("CHANNEL", Enumerable.Range(0, edges.Length - 1).Select(i => (short)i).ToArray())
            .AddColumn("E_MIN", edges[..^1], "keV")
            .AddColumn("E_MAX", edges[1..], "keV")
            .Build());
        file.Add(new ThreeML.Fits.BinaryTableBuilder("EVENTS")
            .AddColumn("TIME", events.Select(e => e.T + trigger).ToArray(), "s")
            .AddColumn("PHA", events.Select(e => e.C).ToArray())
            .Build());
        file.Write(path);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThreeML.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
