using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Tests.Bayesian;

/// <summary>Unit tests of the resampler, the autocorrelation estimator and the random streams.</summary>
public sealed class SamplerInternalsTests
{
    [Fact]
    public void Systematic_resampling_gives_each_sample_floor_or_ceiling_of_N_w_copies()
    {
        double[] weights = [0.05, 0.0, 0.5, 0.2, 0.25];
        var rng = new RandomStream(1, 0, 0);
        var counts = new int[weights.Length];
        foreach (var i in SystematicResampler.Resample(weights, 20, ref rng))
        {
            counts[i]++;
        }

        for (var i = 0; i < weights.Length; i++)
        {
            Assert.InRange(counts[i], Math.Floor(20 * weights[i]), Math.Ceiling(20 * weights[i]));
        }

        Assert.Equal(0, counts[1]);
    }

    /// <summary>An AR(1) series x_t = φ x_{t−1} + ε has τ_int = (1 + φ)/(1 − φ) = 19 for φ = 0.9.</summary>
    [Fact]
    public void Autocorrelation_time_of_AR1_process_matches_theory()
    {
        const int steps = 20_000;
        const int walkers = 32;
        var chain = new double[steps * walkers];
        for (var w = 0; w < walkers; w++)
        {
            var rng = new RandomStream(42, 1, (ulong)w);
            var x = 0.0;
            for (var t = 0; t < steps; t++)
            {
                x = (0.9 * x) + rng.NextGaussian();
                chain[(t * walkers) + w] = x;
            }
        }

        Assert.InRange(AutocorrelationTime.Estimate(chain, steps, walkers, 1, 0), 19 * 0.9, 19 * 1.1);
    }

    [Fact]
    public void Random_streams_are_uniform_and_keyed()
    {
        var a = new RandomStream(5, 2, 9);
        var b = new RandomStream(5, 2, 9);
        var c = new RandomStream(5, 2, 10);
        Assert.Equal(a.NextULong(), b.NextULong());
        Assert.NotEqual(b.NextULong(), c.NextULong());

        var sum = 0.0;
        var sumSq = 0.0;
        for (var i = 0; i < 100_000; i++)
        {
            var g = a.NextGaussian();
            sum += g;
            sumSq += g * g;
        }

        Assert.InRange(sum / 100_000, -0.015, 0.015);
        Assert.InRange(sumSq / 100_000, 0.98, 1.02);
    }

    [Fact]
    public void Insertion_order_test_accepts_uniform_ranks_and_flags_biased_ones()
    {
        var rng = new RandomStream(9, 0, 0);
        var fair = new InsertionOrderAccumulator();
        var biased = new InsertionOrderAccumulator();
        for (var i = 0; i < 20_000; i++)
        {
            fair.Add(rng.NextInt(400), 399);

            // New points that land in the lower 45 % of the live points too often: a too-wide sampler.
            biased.Add((int)(rng.NextDouble() * rng.NextDouble() * 400), 399);
        }

        var ok = fair.Result();
        var bad = biased.Result();
        Assert.True(ok.Converged);
        Assert.InRange(ok.ZScore, -4, 4);
        Assert.False(bad.Converged);
        Assert.True(bad.ZScore < -10);
        Assert.NotNull(bad.ShortestRunLength);
    }
}
