using Astromodels;
using Astromodels.Functions;
using ThreeML.Plugins;
using ThreeML.Tests.Plugins;

namespace ThreeML.Tests.Analysis;

public class EvaluationPlanTests
{
    private static DispersionSpectrumLike Simulated(string name, ThreeML.Ogip.InstrumentResponse response, int seed) =>
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
    public void A_subclass_with_its_own_channel_mapping_is_not_paired()
    {
        var response = SimulationTests.SmallResponse();
        var a = Simulated("a", response, 1);
        var observation = (BinnedSpectrumWithDispersion)Simulated("x", response, 2).Observation;
        var b = new DoubledRates("b", observation);
        Assert.Equal(0, new EvaluationPlan(TwoSources(), [a, b]).PairCount);
        var evaluator = new LikelihoodEvaluator(TwoSources(), new DataList(a, b));
        var perPlugin = new double[2];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        Assert.Equal(evaluator.Plugins[1].GetLogLike(), perPlugin[1]);
        Assert.IsType<DoubledRates>(evaluator.Plugins[1]);
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

    // Maps bins to channels its own way (the response, doubled): not a plain fold, so not IResponseFoldedPlugin.
    private sealed class DoubledRates(string name, BinnedSpectrumWithDispersion observation) : SpectrumLike(name, observation)
    {
        protected override ReadOnlySpan<double> ModelEnergyEdges => observation.Response.EnergyEdges;

        protected override void MapToChannels(ReadOnlySpan<double> photonFluxPerBin, Span<double> ratesPerChannel)
        {
            observation.Response.Fold(photonFluxPerBin, ratesPerChannel);
            foreach (ref var r in ratesPerChannel)
            {
                r *= 2;
            }
        }
    }
}
