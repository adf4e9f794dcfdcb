using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Tests.Bayesian.Samplers.Nested;

/// <summary>Determinism, parallelism, cancellation and bad input of <see cref="NestedSampler"/>.</summary>
public sealed class NestedSamplerBehaviourTests
{
    private static readonly SamplingProblem Small = TestTargets.Isotropic(3, 0.5, 1.0);

    [Fact]
    public void Same_seed_gives_identical_runs_and_another_seed_does_not()
    {
        var a = new NestedSampler { MinNumLivePoints = 100, Seed = 7 }.Run(Small);
        var b = new NestedSampler { MinNumLivePoints = 100, Seed = 7 }.Run(Small);
        var c = new NestedSampler { MinNumLivePoints = 100, Seed = 8 }.Run(Small);

        Assert.Equal(a.Samples, b.Samples);
        Assert.Equal(a.LnZ, b.LnZ);
        Assert.Equal(a.LikelihoodCalls, b.LikelihoodCalls);
        Assert.NotEqual(a.LnZ, c.LnZ);
    }

    /// <summary>The likelihood is made slow enough (~20 µs) that batches really run on two threads.</summary>
    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var workersUsed = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var problem = new SamplingProblem(TestTargets.Names(3), UniformBoxPrior.Cube(3, -10, 10), worker => new SlowGaussian(0.5, () => workersUsed[worker] = true));

        var one = new NestedSampler { MinNumLivePoints = 80, Seed = 11, MaxDegreeOfParallelism = 1 }.Run(problem);
        var two = new NestedSampler { MinNumLivePoints = 80, Seed = 11, MaxDegreeOfParallelism = 2 }.Run(problem);

        Assert.Equal(2, workersUsed.Count);
        Assert.Equal(one.LikelihoodCalls, two.LikelihoodCalls);
        Assert.Equal(one.LnZ, two.LnZ);
        Assert.Equal(one.Samples, two.Samples);
        Assert.Equal(one.Weights, two.Weights);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        var progress = new CancelOnReport(cts);
        Assert.ThrowsAny<OperationCanceledException>(() => new NestedSampler { Seed = 1 }.Run(Small, progress, cts.Token));
        Assert.Equal(1, progress.Reports);
    }

    [Fact]
    public void Progress_reports_increasing_iterations_and_calls()
    {
        var reports = new List<SamplerProgress>();
        var run = new NestedSampler { MinNumLivePoints = 100 }.Run(Small, new SynchronousProgress(reports.Add));
        Assert.NotEmpty(reports);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.LikelihoodCalls >= p.First.LikelihoodCalls));
        Assert.Equal(run.LikelihoodCalls, reports[^1].LikelihoodCalls);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void FracRemain_outside_open_unit_interval_is_rejected(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new NestedSampler { FracRemain = value });
        Assert.Equal("FracRemain", e.ParamName);
        Assert.Contains("FracRemain", e.Message);
        Assert.Contains("(0, 1)", e.Message);
    }

    [Fact]
    public void FracRemain_that_cannot_reach_Dlogz_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new NestedSampler { FracRemain = 0.9, Dlogz = 0.1 }.Run(Small));
        Assert.Contains("FracRemain = 0.9", e.Message);
        Assert.Contains("Dlogz = 0.1", e.Message);
    }

    [Fact]
    public void Too_few_live_points_for_the_dimension_are_rejected()
    {
        var problem = TestTargets.Isotropic(10, 0, 1);
        var e = Assert.Throws<ArgumentException>(() => new NestedSampler { MinNumLivePoints = 20, Dlogz = 10 }.Run(problem));
        Assert.Contains("MinNumLivePoints = 20", e.Message);
        Assert.Contains("22", e.Message);
    }

    [Fact]
    public void Invalid_option_values_name_the_option()
    {
        Assert.Equal("MinNumLivePoints", Assert.Throws<ArgumentOutOfRangeException>(() => new NestedSampler { MinNumLivePoints = 1 }).ParamName);
        Assert.Equal("Dlogz", Assert.Throws<ArgumentOutOfRangeException>(() => new NestedSampler { Dlogz = 0 }).ParamName);
        Assert.Equal("MaxNcalls", Assert.Throws<ArgumentOutOfRangeException>(() => new NestedSampler { MaxNcalls = 0 }).ParamName);
        Assert.Equal("Bootstraps", Assert.Throws<ArgumentOutOfRangeException>(() => new NestedSampler { Bootstraps = 0 }).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => new NestedSampler { MaxDegreeOfParallelism = 0 }).ParamName);
    }

    [Fact]
    public void Parameter_names_must_match_the_prior_dimension()
    {
        var e = Assert.Throws<ArgumentException>(() => SamplingProblem.FromFunction(["a", "b"], UniformBoxPrior.Cube(3, 0, 1), _ => 0));
        Assert.Contains("2 parameter names", e.Message);
        Assert.Contains("dimension 3", e.Message);
    }

    [Fact]
    public void Likelihood_that_is_never_finite_gives_a_clear_error()
    {
        var problem = SamplingProblem.FromFunction(["a", "b"], UniformBoxPrior.Cube(2, 0, 1), _ => double.NaN);
        var e = Assert.Throws<InvalidOperationException>(() => new NestedSampler { MinNumLivePoints = 100 }.Run(problem));
        Assert.Contains("all 100 initial prior draws", e.Message);
        Assert.Contains("100 returned NaN", e.Message);
    }

    [Fact]
    public void NaN_likelihood_in_part_of_the_space_is_treated_as_impossible_and_counted()
    {
        // Gaussian at the origin on [-10, 10]^2, NaN on the half-plane x < -3 (outside the bulk).
        var inner = TestTargets.Isotropic(2, 0, 1).CreateLikelihood(0);
        var problem = SamplingProblem.FromFunction(TestTargets.Names(2), UniformBoxPrior.Cube(2, -10, 10), x => x[0] < -3 ? double.NaN : inner.Evaluate(x));
        var run = new NestedSampler { MinNumLivePoints = 100 }.Run(problem);

        Assert.True(run.NonFiniteLikelihoodCount > 0);
        Assert.Contains("NaN", run.Diagnostics);
        Assert.InRange(run.LnZ!.Value, (-2 * Math.Log(20)) - (3 * run.LnZError!.Value), (-2 * Math.Log(20)) + (3 * run.LnZError.Value));
    }

    [Fact]
    public void MaxNcalls_stops_early_and_says_so()
    {
        var run = new NestedSampler { MinNumLivePoints = 100, MaxNcalls = 500 }.Run(Small);
        Assert.InRange(run.LikelihoodCalls, 500, 500 + 4096);
        Assert.Contains("MaxNcalls = 500 reached", run.Diagnostics);
    }

    [Fact]
    public void Improvement_loops_merge_runs_until_MinEss_is_reached()
    {
        var problem = TestTargets.Isotropic(2, 0, 1);
        var run = new NestedSampler { MinNumLivePoints = 64, MinEss = 400, Seed = 5 }.Run(problem);
        var single = new NestedSampler { MinNumLivePoints = 64, MinEss = 400, Seed = 5, MaxImprovementLoops = 0 }.Run(problem);

        Assert.Contains("improvement loop 1", run.Diagnostics);
        Assert.True(run.EffectiveSampleSize >= 400, $"ESS {run.EffectiveSampleSize}");
        Assert.True(run.LnZError < single.LnZError);
        Assert.InRange(run.LnZ!.Value, (-2 * Math.Log(20)) - (3 * run.LnZError!.Value), (-2 * Math.Log(20)) + (3 * run.LnZError.Value));
        Assert.True(single.EffectiveSampleSize < 400);
        Assert.Contains("goals not met after 1 run(s)", single.Diagnostics);
    }

    [Fact]
    public void Equal_weight_samples_carry_their_log_likelihood_and_log_prior()
    {
        var run = new NestedSampler { MinNumLivePoints = 100 }.Run(Small);
        var likelihood = Small.CreateLikelihood(0);
        Assert.Equal(run.Samples.GetLength(0), run.LogLikelihood.Count);
        Assert.Equal(run.Weights!.Count, run.Samples.GetLength(0));
        for (var i = 0; i < run.LogLikelihood.Count; i += 97)
        {
            double[] row = [run.Samples[i, 0], run.Samples[i, 1], run.Samples[i, 2]];
            Assert.Equal(likelihood.Evaluate(row), run.LogLikelihood[i], 12);
            Assert.Equal(-3 * Math.Log(20), run.LogPrior[i], 12);
        }

        Assert.Equal(run.LnZ!.Value / Math.Log(10), run.Log10Z!.Value, 12);
    }

    private sealed class CancelOnReport(CancellationTokenSource cts) : IProgress<SamplerProgress>
    {
        public int Reports { get; private set; }

        public void Report(SamplerProgress value)
        {
            Reports++;
            cts.Cancel();
        }
    }

    private sealed class SynchronousProgress(Action<SamplerProgress> action) : IProgress<SamplerProgress>
    {
        public void Report(SamplerProgress value) => action(value);
    }
}
