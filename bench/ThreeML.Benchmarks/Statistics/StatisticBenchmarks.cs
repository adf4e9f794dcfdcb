using BenchmarkDotNet.Attributes;
using ThreeML.Statistics;

namespace ThreeML.Benchmarks.Statistics;

/// <summary>Cost of one 128-channel likelihood evaluation; every statistic must allocate 0 bytes.</summary>
[MemoryDiagnoser]
public class StatisticBenchmarks
{
    private const int Channels = 128;

    private readonly double[] _observed = new double[Channels];
    private readonly double[] _background = new double[Channels];
    private readonly double[] _backgroundErrors = new double[Channels];
    private readonly double[] _model = new double[Channels];
    private readonly double[] _estimate = new double[Channels];

    [GlobalSetup]
    public void Setup()
    {
        // A falling power-law-like spectrum with low counts at high channels, so zero-count paths are exercised too.
        var random = new Random(12345);
        for (var i = 0; i < Channels; i++)
        {
            var expected = 200.0 * Math.Pow(1.0 + i, -1.5);
            _model[i] = expected;
            _observed[i] = Math.Round(expected + Math.Sqrt(expected) * (random.NextDouble() - 0.5));
            _background[i] = Math.Round(5.0 * random.NextDouble());
            _backgroundErrors[i] = Math.Sqrt(_background[i] + 1.0);
        }
    }

    [Benchmark(Baseline = true)]
    public double WStatProfile() =>
        PoissonObservedPoissonBackground.LogLikelihood(_observed, _background, _model, 0.2, _estimate);

    [Benchmark]
    public double PoissonNoBackground() => PoissonObservedNoBackground.LogLikelihood(_observed, _model);

    [Benchmark]
    public double PgStatProfile() =>
        PoissonObservedGaussianBackground.LogLikelihood(_observed, _background, _backgroundErrors, _model, 0.2, _estimate);

    [Benchmark]
    public double XspecWStat() => XspecStatistics.WStat(_observed, _background, _model, 1000.0, 5000.0);
}
