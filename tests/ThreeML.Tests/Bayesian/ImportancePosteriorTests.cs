using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Importance;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Results;
using ThreeML.Tests.TestSupport;
using Xunit.Abstractions;

namespace ThreeML.Tests.Bayesian;

/// <summary>
/// <see cref="ImportanceNestedSampler"/> on real problems against long ensemble (emcee) runs started near the posterior:
/// medians within 0.25σ and 68 % widths within 20 %, and ln Z within 3σ of the ultranest-style <see cref="NestedSampler"/>.
/// </summary>
public sealed class ImportancePosteriorTests(ITestOutputHelper output)
{
    private const string Bn090217206 = "data/ogip/bn090217206";

    [Fact]
    public void Tutorial_posterior_agrees_with_a_long_ensemble_run()
    {
        var response = OgipResponse.Read(ThreeML.DemoData.ResponsePath);
        Compare(() => TutorialProblem.Build(response), 1234);
    }

    [RequiresSharedDataFact(Bn090217206)]
    public void Gbm_band_posterior_agrees_with_a_long_ensemble_run() => Compare(() => Gbm(band: true), 1);

    [RequiresSharedDataFact(Bn090217206)]
    public void Gbm_cutoff_powerlaw_posterior_agrees_with_a_long_ensemble_run() => Compare(() => Gbm(band: false), 1);

    private void Compare(Func<(Model Model, DataList Data)> build, int seed)
    {
        var (model, data) = build();
        var importance = new BayesianAnalysis(model, data);
        importance.SetSampler(new ImportanceNestedSampler { FracRemain = 0.5, Seed = seed });
        var ins = importance.Sample();
        output.WriteLine(ins.Run!.Diagnostics);

        var (nestedModel, nestedData) = build();
        var nested = new BayesianAnalysis(nestedModel, nestedData);
        nested.SetSampler(new NestedSampler { MinNumLivePoints = 400, FracRemain = 0.5, Seed = seed });
        var ns = nested.Sample();
        output.WriteLine(FormattableString.Invariant($"ultranest-style: ln Z {ns.LnZ:F3} +- {ns.LnZError:F3}, {ns.LikelihoodCalls} calls"));
        var combined = Math.Sqrt((ins.LnZError * ins.LnZError) + (ns.LnZError * ns.LnZError));
        Assert.True(Math.Abs(ins.LnZ - ns.LnZ) < 3 * combined, $"ln Z {ins.LnZ} +- {ins.LnZError} against ultranest-style {ns.LnZ} +- {ns.LnZError}");

        var (mcmcModel, mcmcData) = build();
        var mcmc = new BayesianAnalysis(mcmcModel, mcmcData);
        mcmc.SetSampler(new EnsembleSampler { Walkers = 40, Iterations = 2500, BurnIn = 1000, Seed = 7, StartValues = ins.BestFit.ToArray(), InitialSpread = 0.01 });
        var ensemble = mcmc.Sample();
        foreach (var path in ins.FreeParameterPaths)
        {
            var (medianA, loA, hiA) = SampleStatistics.EqualTailed(ins.Samples[path].ToArray(), 0.68);
            var (medianB, loB, hiB) = SampleStatistics.EqualTailed(ensemble.Samples[path].ToArray(), 0.68);
            var sigma = (hiB - loB) / 2;
            output.WriteLine(FormattableString.Invariant($"{path}: importance {medianA:G6} [{loA:G6}, {hiA:G6}], emcee {medianB:G6} [{loB:G6}, {hiB:G6}]"));
            Assert.True(Math.Abs(medianA - medianB) < 0.25 * sigma, $"{path}: importance median {medianA:G6}, emcee {medianB:G6}, sigma {sigma:G3}");
            Assert.InRange((hiA - loA) / (hiB - loB), 0.8, 1.25);
        }
    }

    /// <summary>bn090217206 n6 + n9 ("10-900") + b1 ("250-30000"), log-uniform K and peak/cut-off energy, uniform indices.</summary>
    private static (Model Model, DataList Data) Gbm(bool band)
    {
        var shape = GbmPriorShapes.Shape(band);
        var model = new Model(new PointSource("bn090217206", ra: 0, dec: 0, spectralShape: shape));
        return (model, GbmDataLists.Bn090217206());
    }
}
