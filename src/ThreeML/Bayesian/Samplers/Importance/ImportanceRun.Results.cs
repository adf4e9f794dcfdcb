using System.Text;
using ThreeML.Bayesian.Samplers.Nested;

namespace ThreeML.Bayesian.Samplers.Importance;

internal sealed partial class ImportanceRun
{
    /// <summary>The run's result: all evaluated points with their weights, and as many equal-weight rows resampled from them.</summary>
    public SamplerRun BuildResult(TimeSpan elapsed)
    {
        var (logZ, logZError, ess, information) = Summary();
        var weights = PosteriorWeights();
        var m = weights.Length;
        var weighted = new double[m, d];
        var points = Store.Parameters;
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < d; k++)
            {
                weighted[i, k] = points[(i * d) + k];
            }
        }

        var rng = new RandomStream(options.Seed, RandomPurpose.Resampling, 0);
        var index = SystematicResampler.Resample(weights, m, ref rng);
        var samples = new double[m, d];
        var logL = new double[m];
        var logPrior = new double[m];
        for (var i = 0; i < m; i++)
        {
            var row = points.Slice(index[i] * d, d);
            for (var k = 0; k < d; k++)
            {
                samples[i, k] = row[k];
            }

            logL[i] = Store.LogLikelihoods[index[i]];
            logPrior[i] = problem.Prior.LogPrior(row);
        }

        return new SamplerRun
        {
            SamplerName = options.Name,
            ParameterNames = problem.ParameterNames,
            Samples = samples,
            LogLikelihood = logL,
            LogPrior = logPrior,
            LnZ = logZ,
            LnZError = logZError,
            LnZTailError = 0,
            Information = information,
            LikelihoodCalls = Calls,
            NonFiniteLikelihoodCount = pool.NonFiniteCount,
            Iterations = bounds.Count,
            EffectiveSampleSize = ess,
            WeightedSamples = weighted,
            Weights = weights,
            WeightedLogLikelihood = Store.LogLikelihoods.ToArray(),
            Elapsed = elapsed,
            Diagnostics = Describe(logZ, logZError, ess, information),
        };
    }

    private string Describe(double logZ, double logZError, double ess, double information)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"importance nested sampling (nautilus-style, ellipsoid-union bounds), {live} live points, seed {options.Seed}"));
        text.AppendLine(Invariant($"{ExplorationBounds} bounds (largest {bounds.Skip(1).Select(b => b!.Count).DefaultIfEmpty(0).Max()} ellipsoids), {Calls} likelihood calls ({ExplorationCalls} exploring), {Store.TotalDraws} draws (out-of-cube draws cost no call); stopped: {StopReason}"));
        text.AppendLine(Invariant($"ln Z = {logZ:F3} +- {logZError:F3} (statistical, importance weights); log10 Z = {logZ / Math.Log(10):F3}; H = {information:F2} nat; ESS = {ess:F0}"));
        if (pool.NonFiniteCount > 0)
        {
            text.AppendLine(Invariant($"warning: {pool.NonFiniteCount} likelihood values were NaN or +inf and were treated as -inf"));
        }

        if (StoppedEarly)
        {
            text.AppendLine("warning: the run stopped before its goals; ln Z and the posterior may be incomplete");
        }

        return text.ToString().TrimEnd();
    }
}
