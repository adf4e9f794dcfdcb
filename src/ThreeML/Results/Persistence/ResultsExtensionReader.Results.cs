using Astromodels;
using ThreeML.Bayesian;
using ThreeML.Fits;
using ThreeML.Fitting;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;

namespace ThreeML.Results.Persistence;

/// <summary>The MLE and Bayesian parts of reading an ANALYSIS_RESULTS extension.</summary>
internal sealed partial class ResultsExtensionReader
{
    private AnalysisResults ReadMle(BinaryTableHdu table, Model model, List<Parameter> free,
        List<(string Index, string Name, double Value)> statistics, List<KeyValuePair<string, double>> measures)
    {
        var n = free.Count;
        var best = BestFit(table);
        if (n > 0)
        {
            RequireRepeat(table, L.Covariance, n, $"an MLE result with {n} free parameters needs one covariance row of {n} values per parameter");
        }

        var flat = Column(table, L.Covariance, table.ReadDoubles);
        double[,]? covariance = null;
        if (!(_header.TryGetBool(L.NoCovariance, out var none) && none))
        {
            covariance = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    covariance[i, j] = flat[(i * n) + j];
                }
            }
        }

        // Our files keep the draws (DRAWS); 3ML re-draws at random on every load, we re-draw with a fixed seed.
        var samples = table.TryGetColumn(L.Draws, out _)
            ? new SampleSet([.. free.Select(p => p.Path)], Column(table, L.Draws, table.ReadDoubleArrays))
            : JointLikelihood.DrawSamples(free, [.. free.Select((p, i) => p.ToInternal(best[i]))], covariance, L.RedrawCount, new Random(L.RedrawSeed));

        // The symmetric error as JointLikelihood.Fit computes it (first-order propagation through log10).
        var errors = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sigma = covariance is null ? double.NaN : Math.Sqrt(covariance[i, i]);
            errors[i] = free[i].Transformation == ParameterTransformation.Log10 ? Math.Log(10) * best[i] * sigma : sigma;
        }

        var stats = statistics.Select(s => new KeyValuePair<string, double>(s.Name, s.Value)).ToList();
        stats.Add(new("total", OptionalReal(L.TotalStatistic) ?? stats.Sum(s => s.Value)));
        return new MLEResults(model, samples, best, stats, measures, covariance, errors, ReadDiagnostics());
    }

    /// <summary>Fit diagnostics from our extra keywords; a 3ML file has none and is taken as a valid fit.</summary>
    private FitDiagnostics ReadDiagnostics()
    {
        var valid = !_header.TryGetBool(L.FitValid, out var v) || v;
        var reason = _header.TryGetString(L.FitReason, out var r) ? r : null;
        var edm = OptionalReal(L.FitEdm) ?? double.NaN;
        var calls = _header.TryGetInt32(L.FitCalls, out var c) ? c : 0;
        IReadOnlyList<string> limits = _header.TryGetString(L.FitLimits, out var text) ? text.Split(',') : [];
        var elapsed = _header.TryGetInt64(L.FitTicks, out var ticks) ? TimeSpan.FromTicks(ticks) : TimeSpan.Zero;
        var flags = new List<FitFlag>();
        var count = _header.TryGetInt32(L.FitFlagCount, out var n) ? n : 0;
        for (var i = 1; i <= count; i++)
        {
            if (!_header.TryGetString(L.FitFlagPrefix + i, out var name))
            {
                throw Fail($"{L.FitFlagCount} = {count} but {L.FitFlagPrefix}{i} is missing; expected one flag name per index 1..{count}.", keyword: L.FitFlagPrefix + i);
            }

            flags.Add(new FitFlag(name, _header.TryGetString(L.FitFlagTextPrefix + i, out var text2) ? text2 : ""));
        }

        return new FitDiagnostics(valid, reason, edm, calls, limits, elapsed) { Flags = flags };
    }

    private AnalysisResults ReadBayesian(BinaryTableHdu table, Model model, List<Parameter> free,
        List<(string Index, string Name, double Value)> statistics, List<KeyValuePair<string, double>> measures)
    {
        if (free.Count == 0)
        {
            throw Fail("a Bayesian result needs at least one free parameter (row); the table has none.", column: L.Name);
        }

        var best = BestFit(table);
        var count = table.GetColumn(L.Samples).Repeat;
        RequireRepeat(table, L.LogProb, count, $"{L.Samples} has {count} (one value per posterior sample)");
        var columns = Column(table, L.Samples, table.ReadDoubleArrays);
        var logProbability = Column(table, L.LogProb, table.ReadDoubleArrays)[0];
        var samples = new SampleSet([.. free.Select(p => p.Path)], columns);
        var hasLike = table.TryGetColumn(L.LogLike, out _);
        if (hasLike != table.TryGetColumn(L.LogPrior, out _))
        {
            throw Fail($"{L.LogLike} and {L.LogPrior} come together; only one is present.", column: hasLike ? L.LogPrior : L.LogLike);
        }

        double[] logLike;
        double[] logPrior;
        ModelPriorTransform? priors = null;
        if (hasLike)
        {
            RequireRepeat(table, L.LogLike, count, $"{L.Samples} has {count}");
            RequireRepeat(table, L.LogPrior, count, $"{L.Samples} has {count}");
            logLike = Column(table, L.LogLike, table.ReadDoubleArrays)[0];
            logPrior = Column(table, L.LogPrior, table.ReadDoubleArrays)[0];
        }
        else
        {
            // A 3ML file keeps only ln L + ln prior: the prior is re-evaluated from the model's priors.
            priors = Priors(free);
            logPrior = new double[count];
            logLike = new double[count];
            var row = new double[free.Count];
            for (var s = 0; s < count; s++)
            {
                samples.GetRow(s, row);
                logPrior[s] = priors.LogPrior(row);
                logLike[s] = logProbability[s] - logPrior[s];
            }
        }

        var stats = new List<KeyValuePair<string, double>>(statistics.Count + 1);
        foreach (var (index, name, value) in statistics)
        {
            // 3ML's STATi is ln L_i + ln prior at the MAP ([Q5]); ours keeps ln L_i exactly in LNLi.
            var logL = OptionalReal(L.LogLikePrefix + index) ?? value - (priors ??= Priors(free)).LogPrior(best);
            stats.Add(new(name, logL));
        }

        stats.Add(new("total", OptionalReal(L.TotalStatistic) ?? stats.Sum(s => s.Value)));
        var lnZError = OptionalReal(L.LnZError) ?? double.NaN;
        return new BayesianResults(model, samples, best, logLike, logPrior, stats, TranslateEvidence(measures), run: null, lnZError);
    }

    /// <summary>The VALUE column: the best fit (MAP) exactly as written, where the model's YAML value of a
    /// log-transformed parameter may be off by an ulp; 3ML writes the model's values there too.</summary>
    private double[] BestFit(BinaryTableHdu table) => Column(table, L.Value, table.ReadDoubles);

    private ModelPriorTransform Priors(List<Parameter> free)
    {
        var missing = free.Where(p => p.Prior is null).Select(p => p.Path).ToList();
        return missing.Count == 0
            ? new ModelPriorTransform(free)
            : throw Fail($"free parameters {string.Join(", ", missing)} have no prior in the model; it is needed to split {L.LogProb} into ln L and ln prior.", keyword: L.Model);
    }

    /// <summary>3ML's "log(Z)" is log10 Z (for most samplers, [Q6]); it becomes our labelled "ln(Z)" and "log10(Z)".</summary>
    private static List<KeyValuePair<string, double>> TranslateEvidence(List<KeyValuePair<string, double>> measures)
    {
        if (measures.Any(m => m.Key == "ln(Z)"))
        {
            return measures;
        }

        var result = new List<KeyValuePair<string, double>>(measures.Count + 1);
        foreach (var m in measures)
        {
            if (m.Key == "log(Z)")
            {
                result.Add(new("ln(Z)", m.Value * Math.Log(10)));
                result.Add(new("log10(Z)", m.Value));
            }
            else
            {
                result.Add(m);
            }
        }

        return result;
    }
}
