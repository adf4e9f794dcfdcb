using System.Text;

namespace ThreeML.Bayesian.Samplers.Ensemble;

internal sealed partial class EnsembleRun
{
    /// <summary>emcee's <c>tol</c>: τ estimates from chains shorter than 50 τ are flagged.</summary>
    private const double ReliableLengthInTau = 50;

    private SamplerRun BuildResult(double[] chain, double[] chainLogL, double[] chainLogPrior, long[] accepted, TimeSpan elapsed)
    {
        var kept = options.Iterations;
        var rows = kept / options.Thin;
        var samples = new double[rows * walkers, d];
        var sampleLogL = new double[rows * walkers];
        var sampleLogPrior = new double[rows * walkers];
        for (var r = 0; r < rows; r++)
        {
            // emcee's get_chain(thin=k) keeps steps k − 1, 2k − 1, … of the post-burn-in chain.
            var t = ((r + 1) * options.Thin) - 1;
            for (var w = 0; w < walkers; w++)
            {
                var row = (r * walkers) + w;
                for (var i = 0; i < d; i++)
                {
                    samples[row, i] = chain[(((t * walkers) + w) * d) + i];
                }

                sampleLogL[row] = chainLogL[(t * walkers) + w];
                sampleLogPrior[row] = chainLogPrior[(t * walkers) + w];
            }
        }

        var tau = new double[d];
        for (var i = 0; i < d; i++)
        {
            tau[i] = AutocorrelationTime.Estimate(chain, kept, walkers, d, i);
        }

        var acceptance = accepted.Average() / kept;
        var maxTau = tau.Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var ess = (double)kept * walkers / Math.Max(1, maxTau);
        return new SamplerRun
        {
            SamplerName = options.Name,
            ParameterNames = problem.ParameterNames,
            Samples = samples,
            LogLikelihood = sampleLogL,
            LogPrior = sampleLogPrior,
            LikelihoodCalls = calls,
            NonFiniteLikelihoodCount = pool.NonFiniteCount,
            Iterations = step,
            EffectiveSampleSize = ess,
            AcceptanceFraction = acceptance,
            AutocorrelationTimes = tau,
            Elapsed = elapsed,
            Diagnostics = Describe(acceptance, tau, maxTau),
        };
    }

    private string Describe(double acceptance, double[] tau, double maxTau)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"emcee-style stretch-move ensemble, {walkers} walkers, a = {options.StretchScale}, seed {options.Seed}"));
        text.AppendLine(Invariant($"steps: {burnIn} burn-in (discarded) + {options.Iterations} kept, thin {options.Thin}; likelihood calls {calls}"));
        text.AppendLine(Invariant($"mean acceptance fraction {acceptance:F3}; autocorrelation times [{string.Join(", ", tau.Select(t => t.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}] steps"));
        if (options.Iterations < ReliableLengthInTau * maxTau)
        {
            text.AppendLine(Invariant($"warning: the chain is shorter than {ReliableLengthInTau} autocorrelation times ({options.Iterations} < {ReliableLengthInTau} x {maxTau:F1}); tau is uncertain, run longer"));
        }

        if (acceptance < 0.1 || acceptance > 0.9)
        {
            text.AppendLine(Invariant($"warning: acceptance fraction {acceptance:F3} is outside (0.1, 0.9)"));
        }

        if (pool.NonFiniteCount > 0)
        {
            text.AppendLine(Invariant($"warning: {pool.NonFiniteCount} likelihood values were NaN or +inf and were treated as -inf"));
        }

        return text.ToString().TrimEnd();
    }
}
