using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Importance;

namespace ThreeML.Tests.Bayesian.Samplers.Importance;

/// <summary>Determinism, parallelism, budgets, cancellation and bad input of <see cref="ImportanceNestedSampler"/>.</summary>
public sealed class ImportanceNestedSamplerBehaviourTests
{
    private static readonly SamplingProblem Small = TestTargets.Isotropic(3, 0.5, 1.0);

    [Fact]
    public void Same_seed_gives_identical_runs_and_another_seed_does_not()
    {
        var a = new ImportanceNestedSampler { Seed = 7 }.Run(Small);
        var b = new ImportanceNestedSampler { Seed = 7 }.Run(Small);
        var c = new ImportanceNestedSampler { Seed = 8 }.Run(Small);

        Assert.Equal(a.Samples, b.Samples);
        Assert.Equal(a.LnZ, b.LnZ);
        Assert.Equal(a.LikelihoodCalls, b.LikelihoodCalls);
        Assert.NotEqual(a.LnZ, c.LnZ);
        Assert.Equal("nautilus", a.SamplerName);
    }

    /// <summary>The likelihood is made slow enough (~20 µs) that batches really run on two threads; every result must be bit-identical.</summary>
    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var workersUsed = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var problem = new SamplingProblem(TestTargets.Names(3), UniformBoxPrior.Cube(3, -10, 10), worker => new SlowGaussian(0.5, () => workersUsed[worker] = true));

        var one = new ImportanceNestedSampler { LivePoints = 60, Seed = 11, MaxDegreeOfParallelism = 1 }.Run(problem);
        var two = new ImportanceNestedSampler { LivePoints = 60, Seed = 11, MaxDegreeOfParallelism = 2 }.Run(problem);

        Assert.Equal(2, workersUsed.Count);
        Assert.Equal(one.LikelihoodCalls, two.LikelihoodCalls);
        Assert.Equal(one.LnZ, two.LnZ);
        Assert.Equal(one.LnZError, two.LnZError);
        Assert.Equal(one.Samples, two.Samples);
        Assert.Equal(one.Weights, two.Weights);
    }

    [Fact]
    public void Equal_weight_samples_carry_their_log_likelihood_and_log_prior()
    {
        var run = new ImportanceNestedSampler().Run(Small);
        var likelihood = Small.CreateLikelihood(0);
        Assert.Equal(run.Samples.GetLength(0), run.LogLikelihood.Count);
        Assert.Equal(run.Weights!.Count, run.Samples.GetLength(0));
        Assert.Equal(1.0, run.Weights.Sum(), 12);
        Assert.Equal(run.LikelihoodCalls, run.Weights.Count);
        for (var i = 0; i < run.LogLikelihood.Count; i += 97)
        {
            double[] row = [run.Samples[i, 0], run.Samples[i, 1], run.Samples[i, 2]];
            Assert.Equal(likelihood.Evaluate(row), run.LogLikelihood[i], 12);
            Assert.Equal(-3 * Math.Log(20), run.LogPrior[i], 12);
        }

        Assert.True(run.EffectiveSampleSize >= 400, $"ESS {run.EffectiveSampleSize}");
    }

    [Fact]
    public void MaxNcalls_stops_early_and_says_so()
    {
        var run = new ImportanceNestedSampler { MaxNcalls = 500 }.Run(Small);
        Assert.Equal(500, run.LikelihoodCalls);
        Assert.Contains("MaxNcalls = 500", run.Diagnostics);
        Assert.Contains("warning: the run stopped before its goals", run.Diagnostics);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new ImportanceNestedSampler().Run(Small, null, cts.Token));
    }

    [Fact]
    public void NaN_likelihood_in_part_of_the_space_is_treated_as_impossible_and_counted()
    {
        var inner = TestTargets.Isotropic(2, 0, 1).CreateLikelihood(0);
        var problem = SamplingProblem.FromFunction(TestTargets.Names(2), UniformBoxPrior.Cube(2, -10, 10), x => x[0] < -3 ? double.NaN : inner.Evaluate(x));
        var run = new ImportanceNestedSampler().Run(problem);

        Assert.True(run.NonFiniteLikelihoodCount > 0);
        Assert.Contains("NaN", run.Diagnostics);
        Assert.InRange(run.LnZ!.Value, (-2 * Math.Log(20)) - (3 * run.LnZError!.Value), (-2 * Math.Log(20)) + (3 * run.LnZError.Value));
    }

    [Fact]
    public void Likelihood_that_is_never_finite_gives_a_clear_error()
    {
        var problem = SamplingProblem.FromFunction(["a", "b"], UniformBoxPrior.Cube(2, 0, 1), _ => double.NaN);
        var e = Assert.Throws<InvalidOperationException>(() => new ImportanceNestedSampler().Run(problem));
        Assert.Contains("all 100 initial prior draws", e.Message);
        Assert.Contains("100 returned NaN", e.Message);
    }

    [Fact]
    public void Too_few_live_points_for_the_dimension_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new ImportanceNestedSampler { LivePoints = 20 }.Run(TestTargets.Isotropic(10, 0, 1)));
        Assert.Contains("LivePoints = 20", e.Message);
        Assert.Contains("22", e.Message);
    }

    [Fact]
    public void Invalid_option_values_name_the_option()
    {
        Assert.Equal("LivePoints", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { LivePoints = 9 }).ParamName);
        Assert.Equal("FracRemain", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { FracRemain = 1 }).ParamName);
        Assert.Equal("Dlogz", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { Dlogz = double.NaN }).ParamName);
        Assert.Equal("MinEss", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { MinEss = -1 }).ParamName);
        Assert.Equal("EnlargePerDimension", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { EnlargePerDimension = 0.9 }).ParamName);
        Assert.Equal("MaxNcalls", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { MaxNcalls = 0 }).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { MaxDegreeOfParallelism = 0 }).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ImportanceNestedSampler { MinProposalBatch = 0 });
        Assert.Contains("ImportanceNestedSampler.MinProposalBatch = 0 is invalid", e.Message);
    }
}
