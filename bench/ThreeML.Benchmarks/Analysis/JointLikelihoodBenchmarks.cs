using BenchmarkDotNet.Attributes;

namespace ThreeML.Benchmarks.Analysis;

/// <summary>One joint log-likelihood of the tutorial (two DispersionSpectrumLike plugins on a 140×128 response;
/// Blackbody and Blackbody + Powerlaw_flux with linked kT). 3ML: 70–80 µs; target ≤ 2 µs and 0 bytes.</summary>
[MemoryDiagnoser]
public class JointLikelihoodBenchmarks
{
    private LikelihoodEvaluator _evaluator = null!;
    private double[] _values = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (model, data) = TutorialFixture.Build(ThreeML.Ogip.OgipResponse.Read(DemoData.ResponsePath));
        _evaluator = new LikelihoodEvaluator(model, data);
        _values = [4.5e-8, 1.1e-7, 518.0, 200.1, -1.5];
    }

    [Benchmark]
    public double TutorialLogLikelihood() => _evaluator.LogLikelihood(_values);
}
