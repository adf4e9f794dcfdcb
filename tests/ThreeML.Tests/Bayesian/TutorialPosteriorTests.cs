using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Ensemble;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Ogip;
using ThreeML.Results;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Bayesian;

public class TutorialPosteriorTests
{
    [Fact]
    public void Nested_sampling_posterior_agrees_with_a_long_ensemble_run()
    {
        // The tutorial's problem (demo response, FromFunction data with a fixed seed, its priors and kT link), sampled
        // with the tutorial's nested-sampling settings and with a long emcee run started near the posterior.
        var response = OgipResponse.Read(ThreeML.DemoData.ResponsePath);
        var (nestedModel, nestedData) = TutorialProblem.Build(response);
        var nested = new BayesianAnalysis(nestedModel, nestedData);
        nested.SetSampler(new NestedSampler { MinNumLivePoints = 400, FracRemain = 0.5, Seed = 1234 });
        var ns = nested.Sample();

        var (mcmcModel, mcmcData) = TutorialProblem.Build(response);
        var mcmc = new BayesianAnalysis(mcmcModel, mcmcData);
        var start = ns.BestFit.ToArray();
        mcmc.SetSampler(new EnsembleSampler { Walkers = 40, Iterations = 2500, BurnIn = 1000, Seed = 7, StartValues = start, InitialSpread = 0.01 });
        var ensemble = mcmc.Sample();

        foreach (var path in ns.FreeParameterPaths)
        {
            var a = ns.Samples[path].ToArray();
            var b = ensemble.Samples[path].ToArray();
            var (medianA, loA, hiA) = SampleStatistics.EqualTailed(a, 0.68);
            var (medianB, loB, hiB) = SampleStatistics.EqualTailed(b, 0.68);
            var sigma = (hiB - loB) / 2;
            Assert.True(Math.Abs(medianA - medianB) < 0.25 * sigma, $"{path}: nested median {medianA:G6}, emcee {medianB:G6}, sigma {sigma:G3}");
            Assert.InRange((hiA - loA) / (hiB - loB), 0.8, 1.25);
        }
    }
}
