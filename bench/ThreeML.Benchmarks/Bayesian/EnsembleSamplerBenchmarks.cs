using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;

namespace ThreeML.Benchmarks.Bayesian;

/// <summary>3ML's default emcee configuration (50 walkers, 500 kept + 125 burn-in steps) on the 5-D correlated Gaussian.</summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class EnsembleSamplerBenchmarks
{
    private readonly SamplingProblem problem = CorrelatedGaussian.Problem(5, 0.1, 0.9);

    /// <summary>Worker threads (the machine has 2 cores).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>The 3ML-default run, started near the mode as 3ML starts from the fitted values.</summary>
    [Benchmark]
    public SamplerRun DefaultEmcee5D() => new EnsembleSampler { MaxDegreeOfParallelism = Threads, StartValues = [0.1, 0.1, 0.1, 0.1, 0.1] }.Run(problem);

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
    }
}
