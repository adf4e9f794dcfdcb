using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ThreeML.Analysis;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>One joint log-likelihood of the tutorial (two DispersionSpectrumLike plugins on a 140×128 response;
/// Blackbody and Blackbody + Powerlaw_flux with linked kT). 3ML: 70–80 µs; target (issue 19) ≤ 1 µs and 0 bytes.</summary>
/// <remarks>The headline figure is <see cref="TutorialLogLikelihood"/>: each call visits another point, with another
/// temperature and index, as a fit or a sampler does. <see cref="TutorialLogLikelihoodSamePoint"/> repeats one point,
/// where every spectral shape comes from the grids' memo (the cost of a normalization-only step). The Floor column is the
/// physical limit of the arithmetic of one call on this machine (<see cref="LikelihoodWork"/>).</remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class JointLikelihoodBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new LikelihoodFloorColumn());
        }
    }

    private LikelihoodEvaluator _evaluator = null!;
    private double[][] _points = null!;
    private double[] _bestFit = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        // As the tutorial: the response read once per plugin (two objects with one content).
        var (model, data) = TutorialFixture.BuildReadingTwice(DemoData.ResponsePath);
        _evaluator = new LikelihoodEvaluator(model, data);
        _points = TutorialFixture.ScatteredPoints();
        _bestFit = TutorialFixture.BestFit;
    }

    [Benchmark]
    public double TutorialLogLikelihood() => _evaluator.LogLikelihood(_points[_next++ & 1023]);

    [Benchmark]
    public double TutorialLogLikelihoodSamePoint() => _evaluator.LogLikelihood(_bestFit);
}
