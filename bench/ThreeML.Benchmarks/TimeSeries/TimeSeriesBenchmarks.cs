using BenchmarkDotNet.Attributes;
using ThreeML.TimeSeries;

namespace ThreeML.Benchmarks.TimeSeries;

/// <summary>Issue 16 targets on the real GBM CSPEC file (../shared/data/ogip, required): building the time series
/// (3ML 0.62 s), fitting the background polynomials with automatic order (3ML 3.79 s); goal build + fit ≤ 0.1 s.
/// Bayesian blocks on 10 000 events: goal ≤ 50 ms.</summary>
[MemoryDiagnoser]
public class TimeSeriesBenchmarks
{
    private string _cspec = null!;
    private string _rsp = null!;
    private TimeSeriesBuilder _builder = null!;
    private double[] _events = null!;

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
    }

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
    public double[] BayesianBlocks10000Events() => BayesianBlocks.ForEvents(_events, p0: 0.05);

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
