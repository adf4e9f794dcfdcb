using BenchmarkDotNet.Attributes;
using MathNet.Numerics;
using ThreeML.Statistics;

namespace ThreeML.Benchmarks.Statistics;

/// <summary>ln n! over 128 small integer counts: the lookup table against a Lanczos ln Γ per call.</summary>
[MemoryDiagnoser]
public class LogFactorialStatisticBenchmarks
{
    private readonly double[] _counts = new double[128];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] = (i * 37) % 300;
        }
    }

    [Benchmark(Baseline = true)]
    public double GammaLn()
    {
        var sum = 0.0;
        foreach (var n in _counts)
        {
            sum += SpecialFunctions.GammaLn(n + 1.0);
        }

        return sum;
    }

    [Benchmark]
    public double Table()
    {
        var sum = 0.0;
        foreach (var n in _counts)
        {
            sum += LogFactorial.Of(n);
        }

        return sum;
    }
}
