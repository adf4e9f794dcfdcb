using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Benchmarks.Bayesian;

/// <summary>
/// Nested sampling of a 5-D correlated Gaussian with the tutorial's settings (400 live points,
/// FracRemain 0.5): DESIGN §6 asks for ≤ 1 s and ≤ 76,000 likelihood calls (UltraNest: 16.9 s, 75,949 calls).
/// </summary>
/// <remarks>
/// The posterior (σ = 0.1, ρ = 0.9, on [−10, 10]^5) carries H ≈ 23 nats of information, about what a
/// 5-parameter spectral fit gains over broad log-normal priors. The extra columns re-run the same seeded
/// configuration once to show the call count and ln Z ± error, which do not depend on the thread count.
/// </remarks>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class NestedSamplerBenchmarks
{
    private readonly SamplingProblem problem = CorrelatedGaussian.Problem(5, 0.1, 0.9);
    private readonly SamplingProblem spectral = LogNormalSpectralProblem.Problem();

    /// <summary>Worker threads (the machine has 2 cores).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>The tutorial-like run.</summary>
    [Benchmark]
    public SamplerRun TutorialLike5D() => new NestedSampler { FracRemain = 0.5, MaxDegreeOfParallelism = Threads }.Run(problem);

    /// <summary>The same settings with the tutorial's log-normal priors (non-affine transform).</summary>
    [Benchmark]
    public SamplerRun LogNormalPriors5D() => new NestedSampler { FracRemain = 0.5, MaxDegreeOfParallelism = Threads }.Run(spectral);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
            AddColumn(new NestedRunColumn("Calls", run => run.LikelihoodCalls.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            AddColumn(new NestedRunColumn("LnZ", run => FormattableString.Invariant($"{run.LnZ:F2} ± {run.LnZError:F2} (tail {run.LnZTailError:F2})")));
        }
    }
}
