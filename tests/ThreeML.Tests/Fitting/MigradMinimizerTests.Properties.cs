using CsCheck;
using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed partial class MigradMinimizerTests
{
    [Fact]
    public void Any_correlated_gaussian_gives_its_mean_covariance_and_profile_errors()
    {
        Gen.Select(Gen.Int[2, 6], Gen.Int[0, 1_000_000], Gen.Double[-100, 100]).SampleFixed(
            t =>
            {
                var (n, seed, offset) = t;
                double[,] c = TestProblems.Covariance(n, seed);
                double[] mean = Enumerable.Range(0, n).Select(i => offset + i).ToArray();
                var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));

                MinimizationResult result = new MigradMinimizer().Minimize(problem);

                Assert.True(result.IsValid, result.Reason);
                for (int i = 0; i < n; i++)
                {
                    double sigma = Math.Sqrt(c[i, i]);
                    Assert.Equal(mean[i], result.BestFit[i], 1e-3 * sigma);
                    for (int j = 0; j < n; j++)
                    {
                        Assert.Equal(c[i, j], result.Covariance![i, j], 1e-4 * Math.Sqrt(c[i, i] * c[j, j]));
                    }
                }

                AsymmetricError error = ProfileLikelihood.Compute(problem, result, seed % n);
                double s = Math.Sqrt(c[seed % n, seed % n]);
                Assert.Equal(-s, error.Lower.Error, 1e-4 * s);
                Assert.Equal(s, error.Upper.Error, 1e-4 * s);
            },
            iter: 40);
    }

    [Fact]
    public void Constant_rate_fits_give_the_sample_mean_for_any_counts()
    {
        Gen.Int[0, 50].Array[3, 40].Where(a => a.Sum() > 0).SampleFixed(
            counts =>
            {
                var problem = new MinimizationProblem(TestProblems.PoissonConstant(counts), [new FitParameterSpec("rate", 1, 0.5, Lower: 0)]);

                MinimizationResult result = new MigradMinimizer().Minimize(problem);

                double mean = counts.Average();
                double sigma = Math.Sqrt(mean / counts.Length);
                Assert.True(result.IsValid, result.Reason);
                Assert.Equal(mean, result.BestFit[0], 1e-3 * sigma);
                Assert.Equal(sigma, result.Errors[0], 1e-3 * sigma);
            },
            iter: 40);
    }
}
