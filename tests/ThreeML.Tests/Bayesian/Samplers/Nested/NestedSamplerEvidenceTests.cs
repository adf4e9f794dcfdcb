using ThreeML.Bayesian.Samplers;
using ThreeML.Bayesian.Samplers.Nested;
using Xunit.Abstractions;

namespace ThreeML.Tests.Bayesian.Samplers.Nested;

/// <summary>Seeded statistical tests of <see cref="NestedSampler"/> against analytic evidences and moments.</summary>
public sealed class NestedSamplerEvidenceTests(ITestOutputHelper output)
{
    private const int Seeds = 40;

    /// <summary>
    /// For a normalised Gaussian likelihood well inside the prior box [−10, 10]^d,
    /// Z = 20^(−d) ∫ N(θ; μ, Σ) dθ = 20^(−d), i.e. ln Z = −d ln 20 (see <see cref="TestTargets.Gaussian"/>).
    /// Over 40 seeds with 100 live points, ln Z must fall within 3 reported σ at least 38 times (95 %), also
    /// with the tutorial's FracRemain = 0.5, where the final live points carry up to half of Z.
    /// </summary>
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(2, 0.0, 0.01)]
    [InlineData(5, 0.5, 0.01)]
    [InlineData(10, 0.0, 0.01)]
    [InlineData(5, 0.5, 0.5)]
    public void LnZ_of_gaussian_is_covered_by_3_sigma_in_95_percent_of_seeds(int d, double rho, double fracRemain)
    {
        var problem = TestTargets.Gaussian(Enumerable.Repeat(1.0, d).ToArray(), TestTargets.Correlated(d, 1.0, rho));
        var expected = -d * Math.Log(20);
        TestTargets.AssertLnZCoverage(output, FormattableString.Invariant($"d={d}, FracRemain={fracRemain}"), expected, Seeds,
            seed => new NestedSampler { MinNumLivePoints = 100, Seed = seed, MinEss = 0, FracRemain = fracRemain }.Run(problem));
    }

    [Fact]
    public void Posterior_moments_of_correlated_gaussian_match_within_tolerance()
    {
        const int d = 5;
        var mean = new[] { -2.0, -1.0, 0.0, 1.0, 2.0 };
        var cov = TestTargets.Correlated(d, 0.5, 0.6);
        var run = new NestedSampler { Seed = 3 }.Run(TestTargets.Gaussian(mean, cov));
        output.WriteLine(run.Diagnostics);

        // Standard errors with ESS ≳ 1000: mean σ/√ESS ≈ 0.016, variance σ²√(2/ESS) ≈ 0.011.
        Assert.True(run.EffectiveSampleSize > 1000, $"ESS {run.EffectiveSampleSize}");
        for (var i = 0; i < d; i++)
        {
            Assert.InRange(TestTargets.Mean(run.Samples, i), mean[i] - 0.08, mean[i] + 0.08);
            Assert.InRange(TestTargets.Covariance(run.Samples, i, i), 0.25 * 0.85, 0.25 * 1.15);
        }

        Assert.InRange(TestTargets.Covariance(run.Samples, 0, 1), 0.15 - 0.04, 0.15 + 0.04);
        Assert.InRange(run.LnZ!.Value, (-d * Math.Log(20)) - (3 * run.LnZError!.Value), (-d * Math.Log(20)) + (3 * run.LnZError.Value));
        Assert.True(run.InsertionOrder!.Converged);
        Assert.InRange(run.InsertionOrder.ZScore, -4, 4);
    }

    /// <summary>
    /// Mixture 0.3 N((−5, 0), 0.5² I) + 0.7 N((5, 0), 0.5² I): ln Z = −2 ln 20 and the right-hand mode
    /// holds 70 % of the posterior. The spread of that fraction between runs is about √(0.21/n_live) ≈ 0.023
    /// for 400 live points, so each seed must be within 0.08 (3.5σ).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Bimodal_posterior_has_both_modes_with_their_weights(int seed)
    {
        var lnNorm = -Math.Log(2 * Math.PI * 0.25);
        var problem = SamplingProblem.FromFunction(TestTargets.Names(2), UniformBoxPrior.Cube(2, -10, 10), x =>
        {
            var left = Math.Log(0.3) + lnNorm - ((((x[0] + 5) * (x[0] + 5)) + (x[1] * x[1])) / 0.5);
            var right = Math.Log(0.7) + lnNorm - ((((x[0] - 5) * (x[0] - 5)) + (x[1] * x[1])) / 0.5);
            var max = Math.Max(left, right);
            return max + Math.Log(Math.Exp(left - max) + Math.Exp(right - max));
        });

        var run = new NestedSampler { Seed = seed }.Run(problem);
        var right = 0.0;
        for (var i = 0; i < run.Weights!.Count; i++)
        {
            right += run.WeightedSamples![i, 0] > 0 ? run.Weights[i] : 0;
        }

        output.WriteLine(FormattableString.Invariant($"seed {seed}: right-mode weight {right:F3}, lnZ {run.LnZ:F3} +- {run.LnZError:F3}, calls {run.LikelihoodCalls}"));
        Assert.InRange(right, 0.62, 0.78);
        Assert.InRange(run.LnZ!.Value, (-2 * Math.Log(20)) - (3 * run.LnZError!.Value) - 0.05, (-2 * Math.Log(20)) + (3 * run.LnZError.Value) + 0.05);
    }

    /// <summary>
    /// Log-uniform priors p = e^(10u) and a likelihood normalised in ln p, N(ln p; 5, 0.3²): Z = ∏ ∫ N(ln p) / 10 d ln p,
    /// so ln Z = −3 ln 10. The transform is not affine, so the physical-space ellipsoid is active; it must not bias ln Z.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Non_affine_prior_transform_keeps_the_evidence_unbiased(int seed)
    {
        var problem = SamplingProblem.FromFunction(TestTargets.Names(3), new LogUniformPrior(3, 10), p =>
        {
            var q = 0.0;
            for (var i = 0; i < 3; i++)
            {
                var z = (Math.Log(p[i]) - 5) / 0.3;
                q += (z * z) + Math.Log(2 * Math.PI * 0.09);
            }

            return -0.5 * q;
        });

        var run = new NestedSampler { Seed = seed }.Run(problem);
        output.WriteLine(run.Diagnostics);
        Assert.DoesNotContain(" 0 draws rejected in parameter space", run.Diagnostics);
        Assert.InRange(run.LnZ!.Value, (-3 * Math.Log(10)) - (3 * run.LnZError!.Value), (-3 * Math.Log(10)) + (3 * run.LnZError.Value));
        var meanLog = Enumerable.Range(0, run.Samples.GetLength(0)).Average(r => Math.Log(run.Samples[r, 0]));
        Assert.InRange(meanLog, 4.97, 5.03);
    }

    private sealed class LogUniformPrior(int dimension, double span) : IPriorTransform
    {
        public int Dimension => dimension;

        public void Transform(ReadOnlySpan<double> unitCube, Span<double> parameters)
        {
            for (var i = 0; i < dimension; i++)
            {
                parameters[i] = Math.Exp(span * unitCube[i]);
            }
        }

        public double LogPrior(ReadOnlySpan<double> parameters)
        {
            var sum = 0.0;
            foreach (var p in parameters)
            {
                sum += p >= 1 && p <= Math.Exp(span) ? -Math.Log(p * span) : double.NegativeInfinity;
            }

            return sum;
        }
    }
}
