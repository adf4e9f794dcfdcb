using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Fitting;
using ThreeML.Tests.Plugins;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>MLE and Bayesian results of the tutorial problem (two sources, priors, the kT link) on the small response,
/// computed once for the results-file tests: a fit with 1000 draws and nested sampling with few live points.</summary>
public sealed class AnalysedResults
{
    public AnalysedResults()
    {
        var (model, data) = TutorialProblem.Build(SimulationTests.SmallResponse(), exposure: 50.0);
        Mle = new JointLikelihood(model, data).Fit(samples: 1000);
        var ba = new BayesianAnalysis(model, data);
        ba.SetSampler(new NestedSampler { MinNumLivePoints = 40, FracRemain = 0.5, Seed = 3 });
        Bayes = ba.Sample();
    }

    /// <summary>The fit (valid, with covariance and 1000 draws).</summary>
    public MLEResults Mle { get; }

    /// <summary>The nested-sampling run (with ln Z and its error).</summary>
    public BayesianResults Bayes { get; }
}
