using Astromodels.Numerics;
using System.Text;

namespace ThreeML.Bayesian.Samplers.Nested;

internal sealed partial class NestedRun
{
    private const int ErrorReplicas = 64;

    private SamplerRun BuildResult(string reason, TimeSpan elapsed)
    {
        var weights = evidence.PosteriorWeights();
        var m = weights.Length;
        var ess = 1.0 / weights.Sum(w => w * w);
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

        var lnZError = evidence.SimulatedLogZError(options.Seed, ErrorReplicas);
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
            Diagnostics = Describe(reason, lnZError, tailError, ess, insertionTest),
        };
    }

    private string Describe(string reason, double lnZError, double tailError, double ess, InsertionOrderTest insertionTest)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"ultranest-style nested sampling (MLFriends), {n} live points, seed {options.Seed}"));
        text.AppendLine(Invariant($"stopped: {reason}"));
        text.AppendLine(Invariant($"iterations {iterations}, likelihood calls {calls}, efficiency {iterations / (double)Math.Max(1, calls - n):P1}, region builds {regionBuilds}, discarded queued draws {discardedDraws}"));
        text.AppendLine(Invariant($"ln Z = {evidence.LogZ:F3} +- {lnZError:F3} (statistical), tail term {tailError:F3}; H = {evidence.Information:F2} nat; ESS = {ess:F0}"));
        text.AppendLine(Invariant($"insertion-order U test: z = {insertionTest.ZScore:F2}, detections {insertionTest.Detections}, converged {insertionTest.Converged}"));
        if (pool.NonFiniteCount > 0)
        {
            text.AppendLine(Invariant($"warning: {pool.NonFiniteCount} likelihood values were NaN or +inf and were treated as -inf"));
        }

        if (lnZError > options.Dlogz)
        {
            text.AppendLine(Invariant($"warning: ln Z error {lnZError:F3} exceeds Dlogz = {options.Dlogz}; use more live points"));
        }

        if (ess < options.MinEss)
        {
            text.AppendLine(Invariant($"warning: effective sample size {ess:F0} is below MinEss = {options.MinEss}; use more live points or a smaller FracRemain"));
        }

        foreach (var note in notes)
        {
            text.AppendLine("note: " + note);
        }

        return text.ToString().TrimEnd();
    }
}
