using System.Globalization;
using Astromodels.Serialization;
using ThreeML.Bayesian;
using ThreeML.Fits;
using ThreeML.Fitting;
using ThreeML.Results;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;

namespace ThreeML.Results.Persistence;

/// <summary>Writes results in 3ML's FITS layout (<c>AnalysisResultsFITS</c>): an empty primary HDU with DATE and
/// ORIGIN, for a set the SEQUENCE table, then one ANALYSIS_RESULTS table per result (EXTVER 1, 2, ...), one row per
/// free parameter.</summary>
internal static class ResultsFileWriter
{
    /// <summary>Writes <paramref name="results"/> atomically (temporary file in the same folder, then renamed).</summary>
    /// <param name="results">The results, one extension each.</param>
    /// <param name="path">The file.</param>
    /// <param name="overwrite">Replace an existing file.</param>
    /// <param name="date">The primary DATE keyword (3ML: the time of writing); fixed by tests for byte comparisons.</param>
    /// <param name="sequence">The SEQUENCE of a set (3ML's <c>AnalysisResultsSet.write_to</c>), or null for a single
    /// result's file (3ML's <c>write_to</c>), which has none.</param>
    public static void Write(IReadOnlyList<AnalysisResults> results, string path, bool overwrite, DateTime date, ResultsSequence? sequence = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!overwrite && File.Exists(path))
        {
            throw new IOException($"The results file '{path}' exists already; pass overwrite: true to replace it.");
        }

        Build(results, date, sequence).Write(path);
    }

    /// <summary>The whole file in memory.</summary>
    public static FitsFile Build(IReadOnlyList<AnalysisResults> results, DateTime date, ResultsSequence? sequence = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("There are no results to write.", nameof(results));
        }

        var file = new FitsFile();
        var primary = ImageHdu.CreateEmpty();

        // 3ML writes datetime.now().isoformat(); we write the same format in UTC.
        primary.Header.Set("DATE", date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        primary.Header.Set(L.Origin, "3ML", $"Multi-Mission Max. Likelihood (ThreeML.NET v. {L.Version})");
        file.Add(primary);
        if (sequence is not null)
        {
            file.Add(SequenceExtension.Build(sequence));
        }

        for (var i = 0; i < results.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(results[i], nameof(results));
            file.Add(Extension(results[i], i + 1));
        }

        return file;
    }

    private static BinaryTableHdu Extension(AnalysisResults result, int extVer)
    {
        var n = result.FreeParameterPaths.Count;
        var table = result.GetParameterTable(0.68);
        var zeros = new double[n];
        var builder = new BinaryTableBuilder(L.ExtName)
            .AddColumn(L.Name, [.. result.FreeParameterPaths])
            .AddColumn(L.Value, [.. table.Select(r => r.Value)])
            .AddColumn(L.NegativeError, [.. table.Select(r => r.NegativeError)])
            .AddColumn(L.PositiveError, [.. table.Select(r => r.PositiveError)])
            .AddColumn(L.Error, [.. table.Select(r => r.Error)])
            .AddColumn(L.Unit, [.. table.Select(r => r.Unit.ToString())]);
        var samples = Enumerable.Range(0, n).Select(c => result.Samples[c].ToArray()).ToArray();
        switch (result)
        {
            case MLEResults mle:
                builder.AddArrayColumn(L.Covariance, CovarianceRows(mle.Covariance, n))
                    .AddColumn(L.LogProb, zeros)
                    .AddColumn(L.Samples, zeros)
                    .AddArrayColumn(L.Draws, samples);
                break;
            case BayesianResults bayes:
                var logL = bayes.LogLikelihood.ToArray();
                var logPrior = bayes.LogPrior.ToArray();
                builder.AddColumn(L.Covariance, zeros)
                    .AddArrayColumn(L.LogProb, FirstRowOnly([.. logL.Select((l, i) => l + logPrior[i])], n))
                    .AddArrayColumn(L.Samples, samples)
                    .AddArrayColumn(L.LogLike, FirstRowOnly(logL, n))
                    .AddArrayColumn(L.LogPrior, FirstRowOnly(logPrior, n));
                break;
            default:
                throw new ArgumentException($"Cannot write results of type {result.GetType().Name}; expected MLEResults or BayesianResults.", nameof(result));
        }

        builder.SetKeyword(L.Model, L.EscapeYaml(ModelYaml(result)), "A pseudo-yaml serialization of the model")
            .SetKeyword(L.Origin, "3ML", $"Multi-Mission Max. Likelihood (ThreeML.NET v. {L.Version})")
            .SetKeyword(L.ResultType, result.ResultType, "Analysis producing results (MLE or Bayesian)")
            .SetKeyword(L.Creator, $"ThreeML.NET v.{L.Version}", "3ML results layout");
        var hdu = builder.Build();
        WriteStatistics(hdu.Header, result);
        WriteMeasures(hdu.Header, result);
        if (result is MLEResults m)
        {
            WriteDiagnostics(hdu.Header, m);
        }
        else if (result is BayesianResults b && !double.IsNaN(b.LnZError))
        {
            L.SetReal(hdu.Header, L.LnZError, b.LnZError, "1-sigma error of ln(Z)");
        }

        // Set after the build because the builder omits EXTVER = 1; 3ML writes it for every result, last.
        hdu.Header.Set("EXTVER", extVer, "version of this extension");
        return hdu;
    }

    /// <summary>The model as 3ML stores it: <c>my_yaml.dump(model.to_dict_with_types())</c>, i.e. astromodels'
    /// model-file text without the blank line <c>Model.save</c> adds after every line.</summary>
    private static string ModelYaml(AnalysisResults result) =>
        result.OptimizedModel.ToYaml().Replace("\n\n", "\n", StringComparison.Ordinal);

    private static double[][] CovarianceRows(double[,]? covariance, int n) =>
        [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => covariance?[i, j] ?? double.NaN).ToArray())];

    // The rows after the first share one block of zeros: the builder only reads them.
    private static double[][] FirstRowOnly(double[] values, int rows)
    {
        var zeros = rows > 1 ? new double[values.Length] : [];
        return [.. Enumerable.Range(0, rows).Select(r => r == 0 ? values : zeros)];
    }

    private static void WriteStatistics(FitsHeader header, AnalysisResults result)
    {
        var statistics = result.Statistics;

        // 3ML's STATi is −ln L_i for MLE and the log posterior of plugin i at the MAP (ln L_i + ln prior, [Q5]) for
        // Bayesian results; for those ours keeps ln L_i exactly in LNLi and the total ln L in TOTSTAT.
        var bayesian = result is BayesianResults;
        var priorAtMap = result is BayesianResults b ? b.LogPrior[MapRow(b)] : 0.0;
        for (var i = 0; i < statistics.Plugins.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            var (name, minusLogL) = statistics.Plugins[i];
            if (bayesian)
            {
                L.SetReal(header, L.StatPrefix + index, -minusLogL + priorAtMap, $"Stat. value for plugin {index}");
                header.Set(L.PluginNamePrefix + index, name, $"Name of plugin {index}");
                L.SetReal(header, L.LogLikePrefix + index, -minusLogL, $"ln L of plugin {index} at the MAP");
            }
            else
            {
                L.SetReal(header, L.StatPrefix + index, minusLogL, $"Stat. value for plugin {index}");
                header.Set(L.PluginNamePrefix + index, name, $"Name of plugin {index}");
            }
        }

        L.SetReal(header, L.TotalStatistic, bayesian ? statistics.LogLikelihood : statistics.MinusLogLikelihood, bayesian ? "total ln L at the MAP" : "total -ln L at the minimum");
        if (statistics.BinsUsed is { } bins)
        {
            header.Set(L.BinsUsed, bins, "bins used by the likelihood (n of AIC, BIC)");
        }
    }

    private static void WriteMeasures(FitsHeader header, AnalysisResults result)
    {
        var measures = result.InformationCriteria.Labelled;
        for (var i = 0; i < measures.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            header.Set(L.MeasurePrefix + index, measures[i].Key, $"Measure type {index}");
            L.SetReal(header, L.MeasureValuePrefix + index, measures[i].Value, $"Measure value {index}");
        }
    }

    private static void WriteDiagnostics(FitsHeader header, MLEResults mle)
    {
        if (mle.Covariance is null)
        {
            header.Set(L.NoCovariance, true, "no covariance: COVARIANCE holds NaN");
        }

        var d = mle.Diagnostics;
        header.Set(L.FitValid, d.IsValid, "the minimizer converged");
        if (d.Reason is not null)
        {
            header.Set(L.FitReason, d.Reason, "why the fit is not valid");
        }

        L.SetReal(header, L.FitEdm, d.Edm, "estimated distance to the minimum");
        header.Set(L.FitCalls, d.LikelihoodCalls, "likelihood evaluations");
        if (d.ParametersAtLimit.Count > 0)
        {
            header.Set(L.FitLimits, string.Join(",", d.ParametersAtLimit), "parameters at a bound");
        }

        header.Set(L.FitTicks, d.Elapsed.Ticks, "fit wall time in 100 ns ticks");
        if (d.Status.Flags.Count > 0)
        {
            header.Set(L.FitFlags, string.Join(",", d.Status.Flags), "raised status flags (FitStatus)");
        }
    }

    /// <summary>The sample with the highest ln L + ln prior (the first of equals), as <c>BayesianResults.FromRun</c>.</summary>
    internal static int MapRow(BayesianResults b)
    {
        var best = 0;
        for (var i = 1; i < b.LogLikelihood.Length; i++)
        {
            if (b.LogLikelihood[i] + b.LogPrior[i] > b.LogLikelihood[best] + b.LogPrior[best])
            {
                best = i;
            }
        }

        return best;
    }
}
