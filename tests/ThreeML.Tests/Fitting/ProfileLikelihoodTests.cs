using ThreeML.Fitting;
using Xunit.Abstractions;

namespace ThreeML.Tests.Fitting;

public sealed class ProfileLikelihoodTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2, 21)]
    [InlineData(3, 22)]
    [InlineData(4, 23)]
    [InlineData(5, 24)]
    [InlineData(6, 25)]
    public void Errors_of_a_correlated_gaussian_are_the_square_roots_of_its_variances(int n, int seed)
    {
        double[,] c = TestProblems.Covariance(n, seed);
        double[] mean = Enumerable.Range(0, n).Select(i => 0.5 * i).ToArray();
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        for (int i = 0; i < n; i++)
        {
            AsymmetricError error = ProfileLikelihood.Compute(problem, best, i, 0.5);

            output.WriteLine($"n={n} p{i}: {error.Lower.Error:G8} / +{error.Upper.Error:G8} (σ {Math.Sqrt(c[i, i]):G8}), {error.FunctionCalls} calls");
            double sigma = Math.Sqrt(c[i, i]);
            Assert.True(error.IsValid, error.Lower.Reason ?? error.Upper.Reason);
            Assert.Equal(-sigma, error.Lower.Error, 1e-4 * sigma);
            Assert.Equal(sigma, error.Upper.Error, 1e-4 * sigma);
            Assert.Equal($"p{i}", error.ParameterName);
        }
    }

    [Fact]
    public void Ninety_percent_errors_scale_with_the_delta()
    {
        double[,] c = { { 4.0 } };
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, [1.0]), [new FitParameterSpec("a", 0, 1)]);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        AsymmetricError error = ProfileLikelihood.Compute(problem, best, 0, ConfidenceLevels.DeltaObjectiveFor(0.9));

        Assert.Equal(2 * 1.6448536, error.Upper.Error, 1e-4);
        Assert.Equal(-2 * 1.6448536, error.Lower.Error, 1e-4);
    }

    [Fact]
    public void Poisson_rate_errors_are_asymmetric()
    {
        int[] counts = [1, 0, 2, 1, 0];
        var problem = new MinimizationProblem(TestProblems.PoissonConstant(counts), [new FitParameterSpec("rate", 1, 0.3, Lower: 0)]);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        AsymmetricError error = ProfileLikelihood.Compute(problem, best, 0);

        // Σ(λ − cᵢ ln λ) = 5λ − 4 ln λ rises by ½ where r − 1 − ln r = 1/8 with r = λ/0.8:
        // r = 0.579623533 and 1.586582045 (bisection, independent of the code under test).
        output.WriteLine($"Poisson: {error.Lower.Error:G8} / +{error.Upper.Error:G8}, {error.FunctionCalls} calls");
        Assert.True(error.IsValid);
        Assert.Equal(0.8 * 0.579623533, error.Lower.Value, 1e-4);
        Assert.Equal(0.8 * 1.586582045, error.Upper.Value, 1e-4);
    }

    [Fact]
    public void Error_reaching_a_bound_is_reported_at_limit()
    {
        var problem = new MinimizationProblem(TestProblems.Gaussian(new double[,] { { 1.0 } }, [0.2]), [new FitParameterSpec("a", 0.5, 0.5, Lower: 0)]);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        AsymmetricError error = ProfileLikelihood.Compute(problem, best, 0);

        Assert.True(error.Lower.AtLimit);
        Assert.False(error.Lower.IsValid);
        Assert.Equal(0.0, error.Lower.Value);
        Assert.Contains("'a'", "'" + error.ParameterName + "'", StringComparison.Ordinal);
        Assert.Equal(ProfileCrossingStatus.AtParameterBound, error.Lower.Status);
        Assert.Contains("a reached its lower bound 0 where the objective had risen by only", error.Lower.Reason, StringComparison.Ordinal);
        Assert.Contains("the interval is open on this side", error.Lower.Reason, StringComparison.Ordinal);
        Assert.Equal(ProfileCrossingStatus.Verified, error.Upper.Status);
        Assert.Equal(0.5, error.Upper.VerifiedRise, 0.01);
        Assert.True(error.Upper.IsValid);
        Assert.Equal(1.0, error.Upper.Error, 1e-4);
        Assert.False(error.IsValid);
    }

    [Fact]
    public void Parameter_fitted_on_its_bound_has_an_error_only_on_the_open_side()
    {
        // Minimum of (x + 0.3)² at x = −0.3 lies beyond the bound x ≥ 0; with errordef 1 the objective
        // (the default Δ) rises by 1 from its value at x = 0 where (x + 0.3)² − 0.09 = 1, x = −0.3 + √1.09.
        var problem = new MinimizationProblem(new FunctionObjective(1, x => Math.Pow(x[0] + 0.3, 2)), [new FitParameterSpec("x", 1, 0.1, Lower: 0)], 1);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        AsymmetricError error = ProfileLikelihood.Compute(problem, best, 0);

        output.WriteLine($"at limit: {error.Lower.Error:G6} / +{error.Upper.Error:G6}, {error.FunctionCalls} calls");
        Assert.Equal(["x"], best.ParametersAtLimit);
        Assert.Equal(1.0, error.DeltaObjective);
        Assert.True(error.Lower.AtLimit);
        Assert.True(error.Upper.IsValid, error.Upper.Reason);
        Assert.Equal(-0.3 + Math.Sqrt(1.09), error.Upper.Value, 1e-4);
        Assert.True(error.FunctionCalls < 200, $"{error.FunctionCalls} calls");
    }

    [Fact]
    public void A_profile_that_levels_off_below_the_target_is_unconstrained_not_verified()
    {
        // Profiled over a, the objective in b is 0.3·(1 − exp(−b²)): it never rises by 0.5, so neither side has a crossing.
        var problem = new MinimizationProblem(new FunctionObjective(2, x => (0.3 * (1 - Math.Exp(-x[1] * x[1]))) + (x[0] * x[0])), [new FitParameterSpec("a", 0.5, 0.1), new FitParameterSpec("b", 0.5, 0.1)], 1);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        AsymmetricError error = ProfileLikelihood.Compute(problem, best, 1, 0.5);

        Assert.False(error.IsValid);
        foreach (ProfileCrossing side in new[] { error.Lower, error.Upper })
        {
            Assert.Equal(ProfileCrossingStatus.Unconstrained, side.Status);
            Assert.Equal(0.3, side.VerifiedRise, 0.01);
            Assert.StartsWith("the profile of b levels off at a rise of 0.3", side.Reason);
            Assert.EndsWith("the data do not limit it on this side at this level", side.Reason);
        }
    }

    [Fact]
    public void Errors_of_a_two_valley_objective_follow_the_lower_valley_at_each_value()
    {
        // Two valleys: x² + y² (minimum 0 at the origin) and 0.2 + x²/4 + (y − 5)². The profile in x is min(x², 0.2 + x²/4),
        // so beyond |x| = 0.516 it follows the second valley and crosses 0.5 at |x| = √1.2 = 1.0954, not at √0.5 = 0.7071 as
        // the first valley alone would; the profile in y crosses at ±√0.5.
        var problem = new MinimizationProblem(
            new FunctionObjective(2, x => Math.Min((x[0] * x[0]) + (x[1] * x[1]), 0.2 + (x[0] * x[0] / 4) + ((x[1] - 5) * (x[1] - 5)))),
            [new FitParameterSpec("x", 2, 0.1) { SearchLower = -10, SearchUpper = 10 }, new FitParameterSpec("y", 2, 0.1) { SearchLower = -10, SearchUpper = 10 }],
            1);
        MinimizationResult best = new GlobalMinimizer().Minimize(problem);

        IReadOnlyList<AsymmetricError> errors = ProfileLikelihood.ComputeAll(problem, best, 0.5);

        Assert.Equal(0, best.MinimumValue, 1e-6);
        Assert.Equal(["x", "y"], errors.Select(e => e.ParameterName));
        Assert.All(errors, e => Assert.True(e.IsValid, e.Lower.Reason ?? e.Upper.Reason));
        Assert.Equal(-Math.Sqrt(1.2), errors[0].Lower.Error, 1e-3);
        Assert.Equal(Math.Sqrt(1.2), errors[0].Upper.Error, 1e-3);
        Assert.Equal(-Math.Sqrt(0.5), errors[1].Lower.Error, 1e-3);
        Assert.Equal(Math.Sqrt(0.5), errors[1].Upper.Error, 1e-3);
    }

    [Fact]
    public void Profile_scan_of_a_two_valley_objective_finds_the_valley_no_refit_from_the_best_fit_reaches()
    {
        // Valleys x² + y² (minimum 0) and 11 + (x − 6)²/4 + (y − 5)² (minimum 11, beyond the ten errordefs within which
        // other minima start the refits). At x = 4, 4.5, 5 the profile is the second valley's 12, 11.5625, 11.25, but refits
        // from the best fit (y = 0) or from the start (y = 0.5) descend into the first (16, 20.25, 25); the global check of
        // a multimodal problem finds the second.
        var problem = new MinimizationProblem(
            new FunctionObjective(2, x => Math.Min((x[0] * x[0]) + (x[1] * x[1]), 11 + ((x[0] - 6) * (x[0] - 6) / 4) + ((x[1] - 5) * (x[1] - 5)))),
            [new FitParameterSpec("x", 0.5, 0.1) { SearchLower = -10, SearchUpper = 10 }, new FitParameterSpec("y", 0.5, 0.1) { SearchLower = -10, SearchUpper = 10 }],
            1);
        MinimizationResult best = new GlobalMinimizer().Minimize(problem);

        ProfileScan1D scan = ProfileLikelihood.Profile1D(problem, best, 0, [4.0, 4.5, 5.0]);

        Assert.Equal(0, best.MinimumValue, 1e-6);
        Assert.Equal(2, best.LocalMinima.Count);
        Assert.Equal([12.0, 11.5625, 11.25], scan.Objective.Select(v => Math.Round(v, 4)));
        Assert.Equal(1, scan.CorrectedPoints); // the later points warm-start from the first point's fit, in the second valley
    }

    [Fact]
    public void A_better_minimum_found_while_profiling_is_reported()
    {
        var problem = new MinimizationProblem(TestProblems.DoubleWell(), [new FitParameterSpec("x", 1, 0.1)]);
        MinimizationResult local = new MigradMinimizer().Minimize(problem);
        var scan = ProfileLikelihood.Profile1D(problem, local, 0, [-1.5, -1.0, -0.5, 0.0, 0.5, 1.0]);

        Assert.True(local.BestFit[0] > 0);
        Assert.NotNull(scan.BetterMinimum);
        Assert.True(scan.BetterMinimum!.MinimumValue < local.MinimumValue);
    }

    [Fact]
    public void Profile_2d_of_a_gaussian_is_the_quadratic_form_of_the_marginal_covariance()
    {
        double[,] c = TestProblems.Covariance(3, 7);
        double[] mean = [0, 0, 0];
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, mean), TestProblems.GaussianStart(c, mean));
        MinimizationResult best = new MigradMinimizer().Minimize(problem);
        double[] a = [-1, 0, 1];
        double[] b = [-0.5, 0.5];

        ProfileScan2D scan = ProfileLikelihood.Profile2D(problem, best, 0, 1, a, b);

        double det = (c[0, 0] * c[1, 1]) - (c[0, 1] * c[0, 1]);
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < b.Length; j++)
            {
                double expected = 0.5 * ((c[1, 1] * a[i] * a[i]) - (2 * c[0, 1] * a[i] * b[j]) + (c[0, 0] * b[j] * b[j])) / det;
                Assert.Equal(expected, scan.Objective[i, j] - best.MinimumValue, 1e-4);
                Assert.True(scan.IsValid[i, j]);
            }
        }

        Assert.Null(scan.BetterMinimum);
        Assert.True(scan.FunctionCalls > 0);
    }

    [Fact]
    public void Cancellation_throws_from_the_inner_fits()
    {
        double[,] c = TestProblems.Covariance(2, 3);
        var problem = new MinimizationProblem(TestProblems.Gaussian(c, [0, 0]), TestProblems.GaussianStart(c, [0, 0]));
        MinimizationResult best = new MigradMinimizer().Minimize(problem);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => ProfileLikelihood.Compute(problem, best, 0, cancellationToken: cts.Token));
        Assert.Throws<OperationCanceledException>(() => Hesse.Compute(problem, [0.0, 0.0], cts.Token));
    }

    [Fact]
    public void Invalid_arguments_are_named()
    {
        var problem = new MinimizationProblem(
            TestProblems.Gaussian(new double[,] { { 1, 0 }, { 0, 1 } }, [0, 0]),
            [new FitParameterSpec("a", 0.5, 0.5, -2, 2), new FitParameterSpec("b", 0, 1, Fixed: true)]);
        MinimizationResult best = new MigradMinimizer().Minimize(problem);

        var fixedEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.Compute(problem, best, 1));
        Assert.Contains("Parameter 'b' is fixed", fixedEx.Message, StringComparison.Ordinal);
        var indexEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.Compute(problem, best, 2));
        Assert.Contains("Parameter index 2 is outside 0..1", indexEx.Message, StringComparison.Ordinal);
        var deltaEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.Compute(problem, best, 0, 0));
        Assert.Contains("deltaObjective=0 must be a positive finite number", deltaEx.Message, StringComparison.Ordinal);
        var allDeltaEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.ComputeAll(problem, best, double.NaN));
        Assert.Contains("deltaObjective=NaN must be a positive finite number", allDeltaEx.Message, StringComparison.Ordinal);
        var mismatchEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.ComputeAll(problem, new MigradMinimizer().Minimize(new MinimizationProblem(TestProblems.Gaussian(new double[,] { { 1 } }, [0]), [problem.Parameters[0]]))));
        Assert.Contains("The best fit has 1 values but the problem has 2 parameters", mismatchEx.Message, StringComparison.Ordinal);
        var gridEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.Profile1D(problem, best, 0, [0, 3]));
        Assert.Contains("Profile value 3 of parameter 'a' is outside its bounds [-2, 2]", gridEx.Message, StringComparison.Ordinal);
        var sameEx = Assert.Throws<ArgumentException>(() => ProfileLikelihood.Profile2D(problem, best, 0, 0, [0], [0]));
        Assert.Contains("needs two different parameters", sameEx.Message, StringComparison.Ordinal);
        var optionEx = Assert.Throws<ArgumentOutOfRangeException>(() => new ProfileOptions { Tolerance = 2 });
        Assert.Contains("Tolerance must lie strictly between 0 and 1", optionEx.Message, StringComparison.Ordinal);
        var iterEx = Assert.Throws<ArgumentOutOfRangeException>(() => new ProfileOptions { MaxIterations = 1 });
        Assert.Contains("MaxIterations must be at least 2", iterEx.Message, StringComparison.Ordinal);
    }
}
