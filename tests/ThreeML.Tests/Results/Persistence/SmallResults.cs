using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Cheap results for the set tests: the MLE and the Bayesian result of <see cref="ThreeMLStyleFile"/>, read
/// from files in a temporary folder, alternating (MLE, Bayesian, MLE, ...).</summary>
internal static class SmallResults
{
    public static AnalysisResults[] Make(TempFolder folder, int count)
    {
        var mle = AnalysisResults.Read(new ThreeMLStyleFile().Write(folder.File("small-mle.fits")));
        var bayes = AnalysisResults.Read(new ThreeMLStyleFile { ResultType = "Bayesian" }.Write(folder.File("small-bayes.fits")));
        return [.. Enumerable.Range(0, count).Select(i => i % 2 == 0 ? mle : bayes)];
    }
}
