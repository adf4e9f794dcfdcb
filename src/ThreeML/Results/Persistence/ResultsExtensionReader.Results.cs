using Astromodels;
using ThreeML.Bayesian;
using ThreeML.Fits;
using ThreeML.Fitting;
using ThreeML.Results;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;

namespace ThreeML.Results.Persistence;

/// <summary>The MLE and Bayesian parts of reading an ANALYSIS_RESULTS extension.</summary>
internal sealed partial class ResultsExtensionReader
{
    private AnalysisResults ReadMle(BinaryTableHdu table, Model model, List<Parameter> free,
        List<(string Index, string Name, double Value)> statistics, List<(string Index, string Name, double Value)> measures)
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
            : JointLikelihood.DrawSamples(free, [.. free.Select((p, i) => p.ToScaled(best[i]))], covariance, L.RedrawCount, new Random(L.RedrawSeed));

        // The symmetric error as JointLikelihood.Fit computes it (first-order propagation through log10).
        var errors = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sigma = covariance is null ? double.NaN : Math.Sqrt(covariance[i, i]);
            errors[i] = free[i].Transformation == ParameterTransformation.Log10 ? Math.Log(10) * best[i] * sigma : sigma;
        }

        var plugins = statistics.Select(s => new PluginStatistic(s.Name, s.Value)).ToList();
        var stats = new FitStatistics(plugins, OptionalReal(L.TotalStatistic) ?? plugins.Sum(s => s.MinusLogLikelihood), BinsUsed());
        return new MLEResults(model, samples, best, stats, Criteria(measures), covariance, errors, ReadDiagnostics());
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
        IReadOnlyList<string> flags = _header.TryGetString(L.FitFlags, out var f) ? f.Split(',') : [];
        var status = FitStatus.FromFlags(flags, reason, limits, edm);
        if (!valid && status.IsValid)
        {
            // A file from an older version records invalidity without flags: keep it invalid.
            status = status with { Reason = reason ?? "the fit was recorded as not valid" };
        }

        return new FitDiagnostics(valid, reason, edm, calls, limits, elapsed) { Status = status };
    }

    private AnalysisResults ReadBayesian(BinaryTableHdu table, Model model, List<Parameter> free,
        List<(string Index, string Name, double Value)> statistics, List<(string Index, string Name, double Value)> measures)
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

        var plugins = new List<PluginStatistic>(statistics.Count);
        foreach (var (index, name, value) in statistics)
        {
            // 3ML's STATi is ln L_i + ln prior at the MAP ([Q5]); ours keeps ln L_i exactly in LNLi.
            var logL = OptionalReal(L.LogLikePrefix + index) ?? value - (priors ??= Priors(free)).LogPrior(best);
            plugins.Add(new(name, -logL));
        }

        var totalLogL = OptionalReal(L.TotalStatistic) ?? -plugins.Sum(s => s.MinusLogLikelihood);
        var stats = new FitStatistics(plugins, -totalLogL, BinsUsed());
        var lnZError = OptionalReal(L.LnZError) ?? double.NaN;
        return new BayesianResults(model, samples, best, logLike, logPrior, stats, Criteria(measures), run: null, lnZError);
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

    /// <summary>The bins used (our NBINS keyword), or null for a file without it (3ML's).</summary>
    private int? BinsUsed() => _header.TryGetInt32(L.BinsUsed, out var n) ? n : null;

    /// <summary>The typed criteria from the MEASi/MVi pairs. 3ML's "log(Z)" is log10 Z (for most samplers, [Q6]); ours
    /// writes "ln(Z)" and "log10(Z)". A criterion this version does not know is an error, not silently dropped.</summary>
    private InformationCriteria Criteria(List<(string Index, string Name, double Value)> measures)
    {
        double aic = double.NaN, bic = double.NaN;
        double? dic = null, pD = null, lnZ = null, log10Z = null;
        foreach (var (index, name, value) in measures)
        {
            switch (name)
            {
                case "AIC": aic = value; break;
                case "BIC": bic = value; break;
                case "DIC": dic = value; break;
                case "PDIC": pD = value; break;
                case "ln(Z)": lnZ = value; break;
                case "log10(Z)" or "log(Z)": log10Z = value; break;
                default:
                    throw Fail($"unknown statistical measure '{name}'; expected AIC, BIC, DIC, PDIC, log(Z), ln(Z) or log10(Z).", keyword: L.MeasurePrefix + index);
            }
        }

        return new InformationCriteria
        {
            Aic = aic,
            Bic = bic,
            Dic = dic,
            EffectiveParameters = pD,
            LnZ = lnZ ?? log10Z * Math.Log(10),
            Log10Z = log10Z ?? lnZ / Math.Log(10),
        };
    }
}
