using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Fitting;

/// <summary>The global search's parallel rounds and its finishing of low invalid fits.</summary>
public sealed class GlobalMinimizerTests
{
    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        MinimizationResult Search(int threads, out int workers)
        {
            var objective = new ConcurrentObjective();
            var problem = new MinimizationProblem(objective, [new FitParameterSpec("x", 0, 0.5, -6, 6), new FitParameterSpec("y", 0, 0.5, -6, 6)], errorDefinition: 1);
            var result = new GlobalMinimizer(new GlobalOptions { MaxDegreeOfParallelism = threads }).Minimize(problem);
            workers = objective.WorkersCreated;
            return result;
        }

        var one = Search(1, out int noWorkers);
        var three = Search(3, out int workers);
        Assert.Equal(0, noWorkers);
        Assert.True(workers >= 1, "a parallel search runs on worker copies of the objective");
        Assert.Equal(one.MinimumValue, three.MinimumValue);
        Assert.Equal(one.BestFit, three.BestFit);
        Assert.Equal(one.FunctionCalls, three.FunctionCalls);
        Assert.Equal(one.LocalMinima.Select(m => m.Value), three.LocalMinima.Select(m => m.Value));
    }

    [Fact]
    public void The_tutorial_fit_is_bit_identical_on_one_and_on_two_threads()
    {
        MLEResults Fit(int threads)
        {
            var (model, data) = TutorialProblem.BuildWithoutPriors(OgipResponse.Read(ThreeML.DemoData.ResponsePath), seed: 7);
            return new JointLikelihood(model, data) { GlobalOptions = new GlobalOptions { MaxDegreeOfParallelism = threads } }.Fit(samples: 10);
        }

        var one = Fit(1);
        var two = Fit(2);
        Assert.True(one.IsValid, one.Diagnostics.Reason);
        Assert.Equal(one.MinusLogLikelihood, two.MinusLogLikelihood);
        Assert.Equal(one.LikelihoodCalls, two.LikelihoodCalls);
        Assert.Equal(one.Parameters.Values.Select(p => p.Value), two.Parameters.Values.Select(p => p.Value));
    }

    [Fact]
    public void An_invalid_fit_below_every_valid_minimum_is_run_on_until_valid()
    {
        // Every local fit of 60 calls stops short on Rosenbrock's valley; the lowest is continued from where it stopped.
        var problem = new MinimizationProblem(TestProblems.Rosenbrock(2), TestProblems.RosenbrockStart(2), 1);
        var local = new MigradMinimizer(new MigradOptions { MaxFunctionCalls = 60 });

        var finished = new GlobalMinimizer(new GlobalOptions { LocalMinimizer = local, MaxRunsPerMinimum = 6 }).Minimize(problem);
        var unfinished = new GlobalMinimizer(new GlobalOptions { LocalMinimizer = local, MaxRunsPerMinimum = 1, MaxRounds = 1 }).Minimize(problem);

        Assert.True(finished.IsValid, finished.Reason);
        Assert.Equal(0, finished.MinimumValue, 2e-4);
        Assert.False(unfinished.IsValid);
        Assert.True(unfinished.HasReachedCallLimit);
    }

    [Fact]
    public void Fits_from_screened_starts_stop_on_entering_the_basin_of_a_minimum_already_found()
    {
        // One minimum (Rosenbrock's): every fit of a round goes there. Wrapped so that the search cannot tell it is MIGRAD,
        // the same local minimizer runs every fit to convergence: the control.
        MinimizationProblem Problem() => new(TestProblems.Rosenbrock(2), [new FitParameterSpec("x", -1.2, 0.1, -5, 5), new FitParameterSpec("y", 1, 0.1, -5, 5)], 1);
        var stopping = new GlobalMinimizer().Minimize(Problem());
        var control = new GlobalMinimizer(new GlobalOptions { LocalMinimizer = new Opaque(new MigradMinimizer()) }).Minimize(Problem());

        Assert.True(stopping.IsValid, stopping.Reason);
        // The same minimum (the control may polish it further with a converged round fit): within the EDM goal.
        Assert.Equal(control.MinimumValue, stopping.MinimumValue, 2e-4);
        Assert.All(stopping.BestFit, v => Assert.Equal(1.0, v, 1e-2));
        Assert.True(stopping.FunctionCalls < control.FunctionCalls, $"{stopping.FunctionCalls} calls with basin stops, {control.FunctionCalls} without");
    }

    [Fact]
    public void A_known_basin_holds_points_within_one_standard_error_and_two_errordef()
    {
        var minimum = new MinimizationResult
        {
            ParameterNames = ["a", "b", "fixed"], BestFit = [1.0, 2.0, 5.0], Errors = [0.1, 0.2, 0.0], MinimumValue = 10, Edm = 0, EdmGoal = 1e-4,
            IsValid = true, FunctionCalls = 1, HasReachedCallLimit = false, IsAboveMaxEdm = false, ParametersAtLimit = [],
            HasAccurateCovariance = true, HasPositiveDefiniteHessian = true, Elapsed = TimeSpan.Zero,
        };
        var basins = new KnownBasins([minimum], errorDefinition: 0.5);

        Assert.Same(minimum, basins.Holding([1.05, 2.15, 5.0], 10.9));
        Assert.Null(basins.Holding([1.05, 2.15, 5.0], 11.0));   // two errordef above the minimum: not yet inside
        Assert.Null(basins.Holding([1.11, 2.0, 5.0], 10.1));    // more than one standard error away in a
        Assert.Null(basins.Holding([1.0, 2.0, 5.1], 10.1));     // a fixed parameter that differs: another problem
    }

    [Fact]
    public void Options_are_validated()
    {
        var threads = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { MaxDegreeOfParallelism = 0 });
        Assert.Contains("MaxDegreeOfParallelism must be positive (1 runs the fits one after another).", threads.Message, StringComparison.Ordinal);
        var runs = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { MaxRunsPerMinimum = 0 });
        Assert.Contains("MaxRunsPerMinimum must be positive (1 never continues a fit).", runs.Message, StringComparison.Ordinal);
    }

    /// <summary>Hides the type of a local minimizer from the global search.</summary>
    private sealed class Opaque(IMinimizer inner) : IMinimizer
    {
        public MinimizationResult Minimize(MinimizationProblem problem, CancellationToken cancellationToken = default) => inner.Minimize(problem, cancellationToken);
    }

    /// <summary>Himmelblau's function (four minima of value 0), handing out worker copies and counting them.</summary>
    private sealed class ConcurrentObjective : IConcurrentObjective
    {
        private readonly IObjectiveFunction _body = TestProblems.Himmelblau();
        private int _workers;

        public int Dimension => 2;

        public int WorkersCreated => _workers;

        public double Evaluate(ReadOnlySpan<double> x) => _body.Evaluate(x);

        public IObjectiveFunction CreateWorker()
        {
            Interlocked.Increment(ref _workers);
            return TestProblems.Himmelblau();
        }
    }
}
