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
    public void Options_are_validated()
    {
        var threads = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { MaxDegreeOfParallelism = 0 });
        Assert.Contains("MaxDegreeOfParallelism must be positive (1 runs the fits one after another).", threads.Message, StringComparison.Ordinal);
        var runs = Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalOptions { MaxRunsPerMinimum = 0 });
        Assert.Contains("MaxRunsPerMinimum must be positive (1 never continues a fit).", runs.Message, StringComparison.Ordinal);
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
