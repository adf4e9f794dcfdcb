using MathNet.Numerics.Distributions;
using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;
using Xunit.Abstractions;

namespace ThreeML.Tests.Bayesian.Samplers.Ensemble;

/// <summary>Seeded statistical and behavioural tests of <see cref="EnsembleSampler"/>.</summary>
public sealed class EnsembleSamplerTests(ITestOutputHelper output)
{
    /// <summary>
    /// emcee's <c>_test_normal</c> (tests/integration/test_proposal.py): 32 walkers, 2000 steps on a unit
    /// normal; acceptance in (0.1, 0.9), |mean| &lt; 0.08, |σ − 1| &lt; 0.05 and a K-S statistic below 0.05.
    /// </summary>
    [Fact]
    public void Unit_normal_passes_emcee_normal_test()
    {
        var problem = TestTargets.Isotropic(3, 0, 1);
        var run = new EnsembleSampler { Walkers = 32, Iterations = 2000, BurnIn = 500, Seed = 1234 }.Run(problem);
        output.WriteLine(run.Diagnostics);

        Assert.InRange(run.AcceptanceFraction!.Value, 0.1, 0.9);
        for (var i = 0; i < 3; i++)
        {
            var column = Enumerable.Range(0, run.Samples.GetLength(0)).Select(r => run.Samples[r, i]).ToArray();
            var mean = column.Average();
            var sd = Math.Sqrt(column.Sum(x => (x - mean) * (x - mean)) / (column.Length - 1));
            Assert.True(Math.Abs(mean) < 0.08, $"mean {mean}");
            Assert.True(Math.Abs(sd - 1) < 0.05, $"sd {sd}");
            Assert.True(KolmogorovSmirnov(column) < 0.05, $"KS {KolmogorovSmirnov(column)}");
        }
    }

    [Fact]
    public void Correlated_gaussian_covariance_is_reproduced()
    {
        var cov = new double[,] { { 1.0, 0.9, 0.2 }, { 0.9, 1.0, 0.1 }, { 0.2, 0.1, 0.25 } };
        var run = new EnsembleSampler { Walkers = 32, Iterations = 3000, Seed = 5 }.Run(TestTargets.Gaussian([1, -1, 0], cov));
        output.WriteLine(run.Diagnostics);

        // τ ≈ 30 steps gives about 3000 independent draws: 15 % of the largest variance covers > 4 σ.
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.InRange(TestTargets.Covariance(run.Samples, i, j), cov[i, j] - 0.15, cov[i, j] + 0.15);
            }
        }

        Assert.InRange(TestTargets.Covariance(run.Samples, 2, 2), 0.25 * 0.85, 0.25 * 1.15);
        Assert.All(run.AutocorrelationTimes!, tau => Assert.InRange(tau, 1, 100));
    }

    [Fact]
    public void Walkers_never_leave_the_prior_support()
    {
        // A Gaussian centred on the lower edge of [0, 1]: half of the stretch proposals fall outside.
        var problem = SamplingProblem.FromFunction(["x", "y"], UniformBoxPrior.Cube(2, 0, 1), x => -0.5 * ((x[0] * x[0]) + (x[1] * x[1])) / 0.01);
        var run = new EnsembleSampler { Walkers = 16, Iterations = 300, StartValues = [0.1, 0.1] }.Run(problem);

        foreach (var v in run.Samples)
        {
            Assert.InRange(v, 0, 1);
        }

        Assert.True(run.LogPrior.All(double.IsFinite));
        Assert.True(run.LikelihoodCalls < (16 * 375) + 16, "proposals outside the support must not call the likelihood");
    }

    [Fact]
    public void Same_seed_is_reproducible_and_thread_count_does_not_matter()
    {
        var workersUsed = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var problem = new SamplingProblem(TestTargets.Names(2), UniformBoxPrior.Cube(2, -10, 10), worker => new SlowGaussian(0, () => workersUsed[worker] = true));
        var one = new EnsembleSampler { Walkers = 20, Iterations = 40, Seed = 3, MaxDegreeOfParallelism = 1 }.Run(problem);
        var two = new EnsembleSampler { Walkers = 20, Iterations = 40, Seed = 3, MaxDegreeOfParallelism = 2 }.Run(problem);
        var other = new EnsembleSampler { Walkers = 20, Iterations = 40, Seed = 4, MaxDegreeOfParallelism = 1 }.Run(problem);

        Assert.Equal(2, workersUsed.Count);
        Assert.Equal(one.Samples, two.Samples);
        Assert.Equal(one.AcceptanceFraction, two.AcceptanceFraction);
        Assert.Equal(one.LikelihoodCalls, two.LikelihoodCalls);
        Assert.NotEqual(one.Samples, other.Samples);
    }

    [Fact]
    public void NaN_log_likelihood_is_treated_as_impossible_and_counted()
    {
        var problem = SamplingProblem.FromFunction(["x", "y"], UniformBoxPrior.Cube(2, -10, 10), x => x[0] > 1.5 ? double.NaN : -0.5 * ((x[0] * x[0]) + (x[1] * x[1])));
        var run = new EnsembleSampler { Walkers = 16, Iterations = 400, StartValues = [0.1, 0.1] }.Run(problem);

        Assert.True(run.NonFiniteLikelihoodCount > 0);
        Assert.Contains("NaN", run.Diagnostics);
        foreach (var i in Enumerable.Range(0, run.Samples.GetLength(0)))
        {
            Assert.True(run.Samples[i, 0] <= 1.5);
        }
    }

    [Fact]
    public void Burn_in_and_thinning_set_the_number_of_rows()
    {
        var run = new EnsembleSampler { Walkers = 10, Iterations = 100, Thin = 7 }.Run(TestTargets.Isotropic(2, 0, 1));
        Assert.Equal(14 * 10, run.Samples.GetLength(0)); // steps 6, 13, …, 97 of 100, as emcee
        Assert.Equal(125, run.Iterations);
        Assert.Null(run.LnZ);
    }

    [Fact]
    public void Too_few_walkers_are_rejected_with_the_rule()
    {
        var e = Assert.Throws<ArgumentException>(() => new EnsembleSampler { Walkers = 6 }.Run(TestTargets.Isotropic(4, 0, 1)));
        Assert.Contains("Walkers = 6", e.Message);
        Assert.Contains("at least 8", e.Message);
    }

    [Fact]
    public void Start_values_of_wrong_length_or_outside_support_are_rejected()
    {
        var problem = TestTargets.Isotropic(2, 0, 1);
        var length = Assert.Throws<ArgumentException>(() => new EnsembleSampler { StartValues = [1.0] }.Run(problem));
        Assert.Contains("StartValues has 1 values", length.Message);

        var outside = Assert.Throws<InvalidOperationException>(() => new EnsembleSampler { StartValues = [50, 50], InitialSpread = 0.01 }.Run(problem));
        Assert.Contains("finite log prior", outside.Message);
        Assert.Contains("50, 50", outside.Message);
    }

    [Fact]
    public void Invalid_options_name_the_option()
    {
        Assert.Equal("Thin", Assert.Throws<ArgumentOutOfRangeException>(() => new EnsembleSampler { Thin = 0 }).ParamName);
        Assert.Equal("StretchScale", Assert.Throws<ArgumentOutOfRangeException>(() => new EnsembleSampler { StretchScale = 1 }).ParamName);
        Assert.Equal("BurnIn", Assert.Throws<ArgumentOutOfRangeException>(() => new EnsembleSampler { BurnIn = -1 }).ParamName);
        Assert.Equal("Iterations", Assert.Throws<ArgumentOutOfRangeException>(() => new EnsembleSampler { Iterations = 0 }).ParamName);
        Assert.Contains("Thin = 20 exceeds Iterations = 10", Assert.Throws<ArgumentException>(() => new EnsembleSampler { Iterations = 10, Thin = 20 }.Run(TestTargets.Isotropic(2, 0, 1))).Message);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new EnsembleSampler().Run(TestTargets.Isotropic(2, 0, 1), null, cts.Token));
    }

    private static double KolmogorovSmirnov(double[] sample)
    {
        var sorted = sample.Order().ToArray();
        var d = 0.0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var cdf = Normal.CDF(0, 1, sorted[i]);
            d = Math.Max(d, Math.Max(((i + 1.0) / sorted.Length) - cdf, cdf - ((double)i / sorted.Length)));
        }

        return d;
    }
}
