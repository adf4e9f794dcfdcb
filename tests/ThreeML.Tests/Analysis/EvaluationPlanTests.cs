using Astromodels;
using Astromodels.Functions;
using ThreeML.Analysis;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Spectra;
using ThreeML.Tests.Plugins;

namespace ThreeML.Tests.Analysis;

public class EvaluationPlanTests
{
    private static DispersionSpectrumLike Simulated(string name, ThreeML.Responses.InstrumentResponse response, int seed) =>
        DispersionSpectrumLike.FromFunction(name, new Powerlaw(K: 0.5, index: -1.5, piv: 100), response, new Random(seed),
            backgroundFunction: new Powerlaw(K: 0.2, index: -1.2, piv: 100), exposure: 10);

    private static Model TwoSources()
    {
        var model = new Model(
            new PointSource("src1", ra: 1, dec: 20, new Powerlaw(K: 0.4, index: -1.6, piv: 100)),
            new PointSource("src2", ra: 2, dec: -10, new Blackbody(K: 1e-3, kT: 40) + new Powerlaw(K: 0.3, index: -1.4, piv: 100)));
        return model;
    }

    [Fact]
    public void Plugins_on_one_response_are_paired_and_give_their_own_values_bit_for_bit()
    {
        var response = SimulationTests.SmallResponse();
        var plugins = new IPlugin[] { Simulated("a", response, 1), Simulated("b", response, 2), Simulated("c", response, 3) };
        ((SpectrumLike)plugins[0]).AssignToSource("src1");
        ((SpectrumLike)plugins[1]).AssignToSource("src2");
        var model = TwoSources();
        var evaluator = new LikelihoodEvaluator(model, new DataList(plugins));
        var perPlugin = new double[3];
        evaluator.LogLikelihoodPerPlugin(perPlugin);

        var plan = new EvaluationPlan(model, [.. evaluator.Plugins]);
        Assert.Equal(1, plan.PairCount);
        Assert.Equal(3, plan.ModelEvaluationCount); // src1, src2 and the sum of both, on one grid
        Assert.Equal(1, plan.ShapeCacheCount); // ... sharing one cache, so each shape is computed once per call
        Assert.Equal(evaluator.Plugins.Select(p => p.GetLogLike()), perPlugin);
        Assert.Equal(perPlugin.Sum(), evaluator.LogLikelihood());
    }

    [Fact]
    public void An_excluded_plugin_in_a_pair_contributes_nothing()
    {
        var response = SimulationTests.SmallResponse();
        var a = Simulated("a", response, 1);
        var b = Simulated("b", response, 2);
        b.ExcludedFromFit = true;
        var evaluator = new LikelihoodEvaluator(TwoSources(), new DataList(a, b));
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.Equal(0.0, perPlugin[1]);
        Assert.True(evaluator.Plugins[1].ExcludedFromFit);
        Assert.Equal(evaluator.Plugins[0].GetLogLike(), perPlugin[0]);
    }

    [Fact]
    public void Changing_a_plugins_integration_rule_or_source_after_construction_stops_it_sharing_the_old_model()
    {
        var response = SimulationTests.SmallResponse();
        var a = Simulated("a", response, 1);
        var b = Simulated("b", response, 2);
        var evaluator = new LikelihoodEvaluator(TwoSources(), new DataList(a, b));
        var (boundA, boundB) = ((SpectrumLike)evaluator.Plugins[0], (SpectrumLike)evaluator.Plugins[1]);
        boundB.IntegrationMethod = ModelIntegrationMethod.Trapz;
        boundA.AssignToSource("src2");
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.Equal([boundA.GetLogLike(), boundB.GetLogLike()], perPlugin);
        Assert.Null(a.AssignedSource);
        Assert.Equal(ModelIntegrationMethod.Simpson, b.IntegrationMethod);
    }

    [Fact]
    public void A_plugin_with_its_own_channel_mapping_is_not_paired()
    {
        var response = SimulationTests.SmallResponse();
        var a = Simulated("a", response, 1);
        var inner = Simulated("b", response, 2);
        var b = new DoubledRates(inner);
        Assert.Equal(0, new EvaluationPlan(TwoSources(), [a, b]).PairCount);
        var evaluator = new LikelihoodEvaluator(TwoSources(), new DataList(a, b));
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.IsType<DoubledRates>(evaluator.Plugins[1]);

        // Doubling every normalization doubles the integrals exactly (a factor of 2 is exact in binary floating point).
        var doubled = TwoSources();
        foreach (var k in doubled.Parameters.Where(p => p.IsNormalization))
        {
            k.Value *= 2;
        }

        var reference = (DispersionSpectrumLike)inner.Clone();
        reference.SetModel(doubled);
        Assert.Equal(reference.GetLogLike(), perPlugin[1]);
    }

    [Fact]
    public void A_dispersion_subclass_keeps_its_pairing()
    {
        var response = SimulationTests.SmallResponse();
        var a = Simulated("a", response, 1);
        var observation = (BinnedSpectrumWithDispersion)Simulated("x", response, 2).Observation;
        var b = new Tagged("b", observation);
        Assert.Equal(1, new EvaluationPlan(TwoSources(), [a, b]).PairCount);
        var evaluator = new LikelihoodEvaluator(TwoSources(), new DataList(a, b));
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.IsType<Tagged>(evaluator.Plugins[1]);
        Assert.Equal([evaluator.Plugins[0].GetLogLike(), evaluator.Plugins[1].GetLogLike()], perPlugin);
    }

    private sealed class Tagged(string name, BinnedSpectrumWithDispersion observation) : DispersionSpectrumLike(name, observation);

    // Integrates the model on the response's grid but maps bins to channels its own way (the fold of its inner plugin,
    // doubled): an IIntegratedModelPlugin that is not an IResponseFoldedPlugin, so the plan evaluates it alone.
    private sealed class DoubledRates(DispersionSpectrumLike inner) : IIntegratedModelPlugin
    {
        private readonly double[] _doubled = new double[inner.Response.EnergyEdges.Length - 1];

        public string Name => inner.Name;

        public IReadOnlyList<Parameter> NuisanceParameters => inner.NuisanceParameters;

        public bool ExcludedFromFit { get => inner.ExcludedFromFit; set => inner.ExcludedFromFit = value; }

        public ReadOnlySpan<double> ModelEnergyEdges => inner.Response.EnergyEdges;

        public string? AssignedSource => inner.AssignedSource;

        public ModelIntegrationMethod IntegrationMethod => inner.IntegrationMethod;

        public void SetModel(Model model) => inner.SetModel(model);

        public double GetLogLike() => throw new NotSupportedException("This test plugin is evaluated through a plan only.");

        public double LogLikeFromBinFlux(ReadOnlySpan<double> binFlux) => ((IIntegratedModelPlugin)inner).LogLikeFromBinFlux(Doubled(binFlux));

        public int GetNumberOfDataPoints() => inner.GetNumberOfDataPoints();

        public IPlugin Clone() => new DoubledRates((DispersionSpectrumLike)inner.Clone());

        public IPlugin Simulate(string name, Random random) => inner.Simulate(name, random);

        private double[] Doubled(ReadOnlySpan<double> values)
        {
            for (var i = 0; i < _doubled.Length; i++)
            {
                _doubled[i] = 2 * values[i];
            }

            return _doubled;
        }
    }
}
