using ThreeML.Fitting;

namespace ThreeML.Tests.Fitting;

public sealed class HesseTests
{
    [Fact]
    public void Covariance_of_a_correlated_gaussian_is_exact_at_the_mean()
    {
        double[,] c = TestProblems.Covariance(4, 99);
        double[] mean = [1, 2, 3, 4];
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));

        HesseResult hesse = Hesse.Compute(problem, mean);

        Assert.True(hesse.IsPositiveDefinite);
        Assert.Null(hesse.Diagnostic);
        Assert.Equal(0.0, hesse.Edm, 1e-12);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(Math.Sqrt(c[i, i]), hesse.Errors[i], 1e-6);
            Assert.Equal(1.0, hesse.Correlation[i, i], 1e-12);
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(c[i, j], hesse.Covariance[i, j], 1e-6 * Math.Sqrt(c[i, i] * c[j, j]));
            }
        }

        Assert.InRange(hesse.FunctionCalls, 1 + 8 + 6 + 8, 1 + (7 * 8) + 6 + 8);
    }

    [Fact]
    public void Chi2_error_definition_scales_the_covariance()
    {
        // χ² = (x/σ)² with errordef 1 gives σ²; the same function read as −ln L (errordef ½) gives σ²/2.
        var chi2 = new FunctionObjective(1, x => x[0] * x[0] / 4);

        Assert.Equal(4.0, Hesse.Compute(new MinimizationProblem(chi2, [new FitParameterSpec("x", 0, 1)], 1), [0.0]).Covariance[0, 0], 1e-6);
        Assert.Equal(2.0, Hesse.Compute(new MinimizationProblem(chi2, [new FitParameterSpec("x", 0, 1)], 0.5), [0.0]).Covariance[0, 0], 1e-6);
    }

    [Fact]
    public void Saddle_is_reported_and_forced_positive_definite()
    {
        var saddle = new FunctionObjective(2, x => (x[0] * x[0]) - (x[1] * x[1]) + (0.5 * x[0] * x[1]));
        var problem = new MinimizationProblem(saddle, [new FitParameterSpec("a", 0, 1), new FitParameterSpec("b", 0, 1)]);

        HesseResult hesse = Hesse.Compute(problem, [0.0, 0.0]);

        Assert.False(hesse.IsPositiveDefinite);
        Assert.Contains("not positive definite", hesse.Diagnostic, StringComparison.Ordinal);
        Assert.True(hesse.Covariance[0, 0] > 0 && hesse.Covariance[1, 1] > 0);
    }

    [Fact]
    public void Bounded_parameter_error_is_carried_to_external_coordinates()
    {
        // −ln L = (x − 3)²/(2·0.25) with x ≥ 0: the external error is 0.5 whatever the internal map.
        var problem = new MinimizationProblem(new FunctionObjective(1, x => Math.Pow(x[0] - 3, 2) / 0.5), [new FitParameterSpec("x", 1, 0.1, Lower: 0)]);

        Assert.Equal(0.5, Hesse.Compute(problem, [3.0]).Errors[0], 1e-6);
    }

    [Fact]
    public void Fixed_parameter_has_zero_rows()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), [new FitParameterSpec("x", 1, 0.1), new FitParameterSpec("y", 1, 0.1, Fixed: true)], 1);

        HesseResult hesse = Hesse.Compute(problem, [1.0, 1.0]);

        Assert.Equal(0.0, hesse.Covariance[1, 1]);
        Assert.Equal(0.0, hesse.Covariance[0, 1]);
        // ∂²f/∂x² = 1200x² − 400y + 2 = 802 at (1, 1); covariance 2 · errordef / 802.
        Assert.Equal(2.0 / 802, hesse.Covariance[0, 0], 1e-8);
    }

    [Fact]
    public void Point_of_the_wrong_length_is_rejected()
    {
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);

        var ex = Assert.Throws<ArgumentException>(() => Hesse.Compute(problem, [1.0]));

        Assert.StartsWith("1 start values were given for 2 parameters.", ex.Message, StringComparison.Ordinal);
    }
}
