using System.Text;
using Astromodels.Numerics;

namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class NestedSampling
{
    private SamplerRun BuildResult(EvidenceAccumulator evidence, double[] deadP, double lnZError, LikelihoodPool pool, long calls, long iterations, TimeSpan elapsed)
    {
        var d = problem.Dimension;
        var weights = evidence.PosteriorWeights();
        var m = weights.Length;
        var weighted = new double[m, d];
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < d; k++)
            {
                weighted[i, k] = deadP[(i * d) + k];
            }
        }

        // 3ML resamples to as many equal-weight rows as there are weighted samples.
        var rng = new RandomStream(options.Seed, RandomPurpose.Resampling, 0);
        var index = SystematicResampler.Resample(weights, m, ref rng);
        var samples = new double[m, d];
        var logL = new double[m];
        var logPrior = new double[m];
        var row = new double[d];
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < d; k++)
            {
                row[k] = weighted[index[i], k];
                samples[i, k] = row[k];
            }

            logL[i] = evidence.LogLikelihoods[index[i]];
            logPrior[i] = problem.Prior.LogPrior(row);
        }

        var ess = Kish(weights);
        var tailError = AccurateMath.Log1p(evidence.TailFraction(weights));
        var insertionTest = insertion.Result();
        return new SamplerRun
        {
            SamplerName = options.Name,
            ParameterNames = problem.ParameterNames,
            Samples = samples,
            LogLikelihood = logL,
            LogPrior = logPrior,
            LnZ = evidence.LogZ,
            LnZError = lnZError,
            LnZTailError = tailError,
            Information = evidence.Information,
            LikelihoodCalls = calls,
            NonFiniteLikelihoodCount = pool.NonFiniteCount,
            Iterations = iterations,
            EffectiveSampleSize = ess,
            WeightedSamples = weighted,
            Weights = weights,
            WeightedLogLikelihood = evidence.LogLikelihoods.ToArray(),
            InsertionOrder = insertionTest,
            Elapsed = elapsed,
            Diagnostics = Describe(evidence, lnZError, tailError, ess, insertionTest, pool, calls, iterations),
        };
    }

    private string Describe(EvidenceAccumulator evidence, double lnZError, double tailError, double ess, InsertionOrderTest insertionTest, LikelihoodPool pool, long calls, long iterations)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"ultranest-style nested sampling (MLFriends), {runs.Count} run(s), seed {options.Seed}"));
        foreach (var run in runs)
        {
            text.AppendLine(Invariant($"run: {run.Evidence.LiveCounts[0]} live points, {run.Iterations} iterations, {run.Calls} calls, {run.RegionBuilds} region builds, {run.DiscardedDraws} discarded queued draws, {run.PhysicalRejections} draws rejected in parameter space before a call; stopped: {run.StopReason}"));
        }

        text.AppendLine(Invariant($"total: {iterations} iterations, {calls} likelihood calls, efficiency {iterations / (double)Math.Max(1, calls - runs.Sum(r => r.Evidence.LiveCounts[0])):P1}"));
        text.AppendLine(Invariant($"ln Z = {evidence.LogZ:F3} +- {lnZError:F3} (statistical), tail term {tailError:F3}; log10 Z = {evidence.LogZ / Math.Log(10):F3}; H = {evidence.Information:F2} nat; ESS = {ess:F0}"));
        text.AppendLine(Invariant($"insertion-order U test: z = {insertionTest.ZScore:F2}, detections {insertionTest.Detections}, converged {insertionTest.Converged}"));
        if (pool.NonFiniteCount > 0)
        {
            text.AppendLine(Invariant($"warning: {pool.NonFiniteCount} likelihood values were NaN or +inf and were treated as -inf"));
        }

        if (!insertionTest.Converged)
        {
            text.AppendLine("warning: the insertion-order test detects biased sampling; results may be unreliable");
        }

        foreach (var note in notes)
        {
            text.AppendLine("note: " + note);
        }

        return text.ToString().TrimEnd();
    }
}
