using System.Globalization;
using System.Text;
using Astromodels;
using ThreeML.Analysis;
using ThreeML.Bayesian.Samplers;
using ThreeML.Results;

namespace ThreeML.Bayesian;

/// <summary>Posterior samples with their log-likelihood and log-prior, the MAP point, evidence and statistical measures
/// (3ML's <c>BayesianResults</c>).</summary>
/// <remarks>
/// Statistical measures use the standard definitions (DESIGN.md §5, fixing [Q5]–[Q7]): AIC (3ML's corrected form) and
/// BIC from the log-likelihood at the MAP; DIC = D̄ + p_D with the deviance D = −2 ln L, p_D = D̄ − D(θ̄) at the posterior
/// mean θ̄ (Spiegelhalter et al. 2002, JRSS B 64, 583); the evidence as ln Z and log10 Z, both labelled.
/// </remarks>
public sealed class BayesianResults : AnalysisResults
{
    private readonly double[] _logLikelihood;
    private readonly double[] _logPrior;
    private readonly double _lnZError;

    internal BayesianResults(Model model, SampleSet samples, IReadOnlyList<double> map, double[] logLikelihood, double[] logPrior,
        FitStatistics statistics, InformationCriteria criteria, SamplerRun? run, double lnZError = double.NaN)
        : base(model, samples, map, statistics, criteria)
    {
        _logLikelihood = logLikelihood;
        _logPrior = logPrior;
        Run = run;
        _lnZError = lnZError;
    }

    /// <inheritdoc />
    public override string ResultType => "Bayesian";

    /// <summary>The sampler's run (calls, diagnostics, weighted samples), or null for results read from a file.</summary>
    public SamplerRun? Run { get; }

    /// <summary>ln L of every posterior sample.</summary>
    public ReadOnlySpan<double> LogLikelihood => _logLikelihood;

    /// <summary>ln prior of every posterior sample.</summary>
    public ReadOnlySpan<double> LogPrior => _logPrior;

    /// <summary>The natural log of the evidence (nested sampling), or NaN.</summary>
    public double LnZ => Run?.LnZ ?? InformationCriteria.LnZ ?? double.NaN;

    /// <summary>The uncertainty of <see cref="LnZ"/>, or NaN.</summary>
    public double LnZError => Run?.LnZError ?? _lnZError;

    /// <summary>log10 of the evidence (what 3ML labels "log(Z)").</summary>
    public double Log10Z => Run?.LnZ is { } lnZ ? lnZ / Math.Log(10) : InformationCriteria.Log10Z ?? double.NaN;

    /// <summary>Likelihood evaluations made by the sampler.</summary>
    public long LikelihoodCalls => Run?.LikelihoodCalls ?? 0;

    /// <summary>Builds the results of a sampler run: MAP, per-plugin log-likelihood at the MAP and the measures.</summary>
    internal static BayesianResults FromRun(LikelihoodEvaluator evaluator, SamplerRun run)
    {
        var n = run.Samples.GetLength(0);
        var k = run.Samples.GetLength(1);
        var columns = Enumerable.Range(0, k).Select(c => Enumerable.Range(0, n).Select(r => run.Samples[r, c]).ToArray()).ToArray();
        var samples = new SampleSet(run.ParameterNames, columns);
        var logL = run.LogLikelihood.ToArray();
        var logPrior = run.LogPrior.ToArray();
        var best = 0;
        for (var i = 1; i < n; i++)
        {
            if (logL[i] + logPrior[i] > logL[best] + logPrior[best])
            {
                best = i;
            }
        }

        var map = columns.Select(c => c[best]).ToArray();
        var mean = columns.Select(c => c.Average()).ToArray();
        var logLAtMean = evaluator.LogLikelihood(mean);
        var logLAtMap = evaluator.LogLikelihood(map);
        var perPlugin = new double[evaluator.Plugins.Count];
        evaluator.LogLikelihoodPerPlugin(perPlugin);
        var points = evaluator.NumberOfDataPoints;
        var statistics = new FitStatistics(evaluator.Plugins.Select((p, i) => new PluginStatistic(p.Name, -perPlugin[i])), -logLAtMap, points);
        var meanDeviance = logL.Average(l => -2 * l);
        var pD = meanDeviance - (-2 * logLAtMean);
        var criteria = new InformationCriteria
        {
            Aic = InformationCriteria.ComputeAic(logLAtMap, k, points),
            Bic = InformationCriteria.ComputeBic(logLAtMap, k, points),
            Dic = meanDeviance + pD,
            EffectiveParameters = pD,
            LnZ = run.LnZ,
        };

        return new BayesianResults(evaluator.Model, samples, map, logL, logPrior, statistics, criteria, run);
    }

    /// <summary>A 3ML-style summary: MAP values with equal-tailed 68 % errors, −ln L per plugin at the MAP,
    /// statistical measures and sampler figures.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("Maximum a posteriori probability (MAP) point:\n\n");
        SummaryText.AppendParameters(sb, GetParameterTable());

        sb.Append("\nValues of -log(likelihood) at the MAP:\n\n");
        SummaryText.AppendStatistics(sb, Statistics, InformationCriteria);

        if (Run is { } run)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{run.SamplerName}: {Samples.Count} posterior samples, {run.LikelihoodCalls} likelihood calls, ESS {run.EffectiveSampleSize:F1}");
            if (run.LnZError is { } err)
            {
                sb.Append(CultureInfo.InvariantCulture, $", ln(Z) = {run.LnZ:F3} +/- {err:F3}");
            }

            sb.Append(CultureInfo.InvariantCulture, $", {run.Elapsed.TotalSeconds:F2} s\n");
        }

        return sb.ToString();
    }
}
