using Astromodels;
using Astromodels.Functions;
using ThreeML.Analysis;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Spectra;
using ThreeML.Tests.Plugins;

namespace ThreeML.Tests.Analysis;

public class LikelihoodEvaluatorTests
{
    private static (Model, DataList) TwoSourceProblem()
    {
        var response = SimulationTests.SmallResponse();
        var rng = new Random(3);
        var g1 = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-3, kT: 150.0), response, rng, backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10);
        var g2 = DispersionSpectrumLike.FromFunction("s2", new Blackbody(K: 1e-2, kT: 150.0) + new PowerlawFlux(F: 20, index: -1.5, a: 10, b: 500), response, rng, backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10);
        g1.AssignToSource("src1");
        g2.AssignToSource("src2");
        var model = new Model(
            new PointSource("src1", ra: 1, dec: 20, new Blackbody()),
            new PointSource("src2", ra: 2, dec: -10, new Blackbody() + new PowerlawFlux(a: 10, b: 500)));
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        return (model, new DataList(g1, g2));
    }

    [Fact]
    public void Registers_nuisance_parameters_and_sums_the_plugins()
    {
        var (model, data) = TwoSourceProblem();
        var evaluator = new LikelihoodEvaluator(model, data);
        Assert.Equal(["src1.spectrum.main.Blackbody.K", "src2.spectrum.main.composite.K_1", "src2.spectrum.main.composite.kT_1", "src2.spectrum.main.composite.F_2", "src2.spectrum.main.composite.index_2"], evaluator.FreeParameterPaths);
        Assert.True(model.Contains("cons_s1"));
        Assert.True(model.Contains("cons_s2"));
        var total = evaluator.LogLikelihood([5e-3, 1e-2, 150.0, 20.0, -1.5]);
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.Equal(evaluator.Plugins[0].GetLogLike() + evaluator.Plugins[1].GetLogLike(), total, 10);
        Assert.Equal(perPlugin[0] + perPlugin[1], total, 10);
        Assert.Equal(150.0, model["src1.spectrum.main.Blackbody.kT"].Value);
        Assert.Equal(80, evaluator.NumberOfDataPoints);
    }

    [Fact]
    public void A_point_outside_the_bounds_has_minus_infinite_log_likelihood_and_changes_nothing()
    {
        var (model, data) = TwoSourceProblem();
        var evaluator = new LikelihoodEvaluator(model, data);
        evaluator.LogLikelihood([5e-3, 1e-2, 150.0, 20.0, -1.5]);
        Assert.Equal(double.NegativeInfinity, evaluator.LogLikelihood([-1.0, 1e-2, 150.0, 20.0, -1.5]));
        Assert.Equal(double.NegativeInfinity, evaluator.LogLikelihood([5e-3, 1e-2, double.NaN, 20.0, -1.5]));
        Assert.Equal(5e-3, model["src1.spectrum.main.Blackbody.K"].Value);
        var ex = Assert.Throws<ArgumentException>(() => evaluator.LogLikelihood([1.0]));
        Assert.Contains("5 free parameters but 1 values", ex.Message);
    }

    [Fact]
    public void Worker_clone_evaluates_the_same_likelihood_independently()
    {
        var (model, data) = TwoSourceProblem();
        var evaluator = new LikelihoodEvaluator(model, data);
        var worker = evaluator.CloneForWorker();
        double[] values = [4e-3, 1.2e-2, 160.0, 19.0, -1.4];
        Assert.Equal(evaluator.FreeParameterPaths, worker.FreeParameterPaths);
        Assert.Equal(evaluator.LogLikelihood(values), worker.LogLikelihood(values), 12);
        worker.LogLikelihood([5e-3, 1e-2, 150.0, 20.0, -1.5]);
        Assert.Equal(160.0, model["src2.spectrum.main.composite.kT_1"].Value);
        Assert.NotSame(model, worker.Model);
    }

    [Fact]
    public void A_worker_clone_and_its_original_on_two_threads_at_once_give_their_one_thread_values_bit_for_bit()
    {
        // Every call changes kT and the index, so every call computes new shapes into each plan's own caches.
        var (model, data) = TwoSourceProblem();
        var evaluator = new LikelihoodEvaluator(model, data);
        var worker = evaluator.CloneForWorker();
        var reference = new LikelihoodEvaluator(TwoSourceProblem().Item1, data);
        double[][] Points(int seed)
        {
            var random = new Random(seed);
            return [.. Enumerable.Range(0, 300).Select(_ => new[] { 5e-3 * (0.8 + (0.4 * random.NextDouble())), 1e-2, 120 + (60 * random.NextDouble()), 20.0, -1.2 - (0.6 * random.NextDouble()) })];
        }

        var (first, second) = (Points(1), Points(2));
        var expectedFirst = first.Select(p => reference.LogLikelihood(p)).ToArray();
        var expectedSecond = second.Select(p => reference.LogLikelihood(p)).ToArray();
        var gotFirst = new double[first.Length];
        var gotSecond = new double[second.Length];
        Parallel.Invoke(
            () => { for (var i = 0; i < first.Length; i++) { gotFirst[i] = evaluator.LogLikelihood(first[i]); } },
            () => { for (var i = 0; i < second.Length; i++) { gotSecond[i] = worker.LogLikelihood(second[i]); } });
        Assert.Equal(expectedFirst, gotFirst);
        Assert.Equal(expectedSecond, gotSecond);
    }

    [Fact]
    public void A_model_without_free_parameters_is_rejected()
    {
        var plugin = new SpectrumLike("s", new BinnedSpectrum([1, 2], 1, [1, 2, 3]));
        var f = new Line(a: 1, b: 0);
        f.A.Free = false;
        f.B.Free = false;
        var ex = Assert.Throws<ArgumentException>(() => new LikelihoodEvaluator(new Model(new PointSource("x", ra: 0, dec: 0, f)), new DataList(plugin)));
        Assert.Contains("no free parameter", ex.Message);
    }

    private sealed class CountingPowerlaw() : Function1D([new Parameter("K", 1.0, 1e-30, 1e3), new Parameter("index", -2.0, -10, 10)])
    {
        public int SpanEvaluations { get; private set; }

        public override string Name => "CountingPowerlaw";

        public override double Evaluate(double x) => Parameters[0].Value * Math.Pow(x / 100, Parameters[1].Value);

        public override void Evaluate(ReadOnlySpan<double> x, Span<double> destination)
        {
            SpanEvaluations++;
            base.Evaluate(x, destination);
        }

        public override void SetUnits(Unit xUnit, Unit yUnit)
        {
        }

        protected override Function1D CreateDefault() => new CountingPowerlaw();
    }

    [Fact]
    public void Plugins_sharing_a_response_and_a_source_evaluate_the_model_once_per_call()
    {
        var response = SimulationTests.SmallResponse();
        var rng = new Random(9);
        var a = DispersionSpectrumLike.FromFunction("a", new Powerlaw(K: 0.5, index: -1.5, piv: 100), response, rng, exposure: 10);
        var b = DispersionSpectrumLike.FromFunction("b", new Powerlaw(K: 0.5, index: -1.5, piv: 100), response, rng, exposure: 20);
        var shape = new CountingPowerlaw();
        var model = new Model(new PointSource("src", ra: 0, dec: 0, shape));
        var evaluator = new LikelihoodEvaluator(model, new DataList(a, b));
        var before = shape.SpanEvaluations;
        var shared = evaluator.LogLikelihood([0.6, -1.4]);
        Assert.Equal(1, shape.SpanEvaluations - before);

        // Outside the evaluator each plugin computes its own model, and the totals agree.
        var separate = evaluator.Plugins[0].GetLogLike() + evaluator.Plugins[1].GetLogLike();
        Assert.Equal(separate, shared, 10);
        Assert.Equal(3, shape.SpanEvaluations - before);
    }

    [Fact]
    public void Responses_read_twice_count_as_one_grid_as_in_the_tutorial()
    {
        // The tutorial reads ogip_powerlaw.rsp once per plugin: two objects, one content.
        var rng = new Random(9);
        var a = DispersionSpectrumLike.FromFunction("a", new Powerlaw(K: 0.5, index: -1.5, piv: 100), SimulationTests.SmallResponse(), rng, exposure: 10);
        var b = DispersionSpectrumLike.FromFunction("b", new Powerlaw(K: 0.5, index: -1.5, piv: 100), SimulationTests.SmallResponse(), rng, exposure: 20);
        Assert.NotSame(a.Response, b.Response);
        var shape = new CountingPowerlaw();
        var evaluator = new LikelihoodEvaluator(new Model(new PointSource("src", ra: 0, dec: 0, shape)), new DataList(a, b));
        var before = shape.SpanEvaluations;
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.Equal(1, shape.SpanEvaluations - before);
        Assert.Equal([evaluator.Plugins[0].GetLogLike(), evaluator.Plugins[1].GetLogLike()], perPlugin);
    }

    [Fact]
    public void Responses_that_differ_in_one_weight_share_the_model_but_are_not_folded_together()
    {
        var rng = new Random(9);
        var changed = SimulationTests.SmallResponse().ToDenseMatrix();
        changed[30, 20] *= 1.5;
        var original = SimulationTests.SmallResponse();
        var other = ThreeML.Responses.InstrumentResponse.FromMatrix(changed, original.EnergyEdges, original.ChannelEdges);
        var a = DispersionSpectrumLike.FromFunction("a", new Powerlaw(K: 0.5, index: -1.5, piv: 100), original, rng, exposure: 10);
        var b = DispersionSpectrumLike.FromFunction("b", new Powerlaw(K: 0.5, index: -1.5, piv: 100), other, rng, exposure: 20);
        var shape = new CountingPowerlaw();
        var model = new Model(new PointSource("src", ra: 0, dec: 0, shape));
        var evaluator = new LikelihoodEvaluator(model, new DataList(a, b));
        var before = shape.SpanEvaluations;
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);

        // One true-energy grid, so one model evaluation; two matrices, so no paired fold.
        Assert.Equal(1, shape.SpanEvaluations - before);
        Assert.Equal(0, new EvaluationPlan(model, [.. evaluator.Plugins]).PairCount);
        Assert.Equal([evaluator.Plugins[0].GetLogLike(), evaluator.Plugins[1].GetLogLike()], perPlugin);
    }
}
