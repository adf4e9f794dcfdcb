using Astromodels.Serialization;
using ThreeML.Fits;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Files written here have 3ML's layout: HDUs, columns and their types, keywords and the escaped model.</summary>
[Collection(AnalysedResultsCollection.Name)]
public sealed class ResultsLayoutTests(AnalysedResults analysed) : IDisposable
{
    private static readonly string[] ThreeMLColumns = ["NAME", "VALUE", "NEGATIVE_ERROR", "POSITIVE_ERROR", "ERROR", "UNIT", "COVARIANCE", "LOG_PROB", "SAMPLES"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_primary_HDU_is_empty_with_DATE_and_ORIGIN()
    {
        var file = Written(analysed.Mle);
        var primary = file.Primary;
        Assert.Equal(0, primary.Header.GetInt32("NAXIS"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$", primary.Header.GetString("DATE"));
        Assert.Equal("3ML", primary.Header.GetString("ORIGIN"));
        Assert.Equal(2, file.Hdus.Count);
    }

    [Fact]
    public void An_MLE_table_has_3MLs_columns_then_the_draws()
    {
        var r = analysed.Mle;
        var table = Table(Written(r));
        var n = r.FreeParameterPaths.Count;
        Assert.Equal([.. ThreeMLColumns, "DRAWS"], table.Columns.Select(c => c.Name));
        Assert.Equal(n, table.RowCount);
        Assert.Equal(r.FreeParameterPaths, table.ReadStrings("NAME"));
        Assert.Equal(FitsColumnType.Ascii, table.GetColumn("NAME").Type);
        Assert.Equal(r.FreeParameterPaths.Max(p => p.Length), table.GetColumn("NAME").Repeat);
        Assert.Equal(n, table.GetColumn("COVARIANCE").Repeat);
        Assert.Equal(1, table.GetColumn("LOG_PROB").Repeat);
        Assert.Equal(1, table.GetColumn("SAMPLES").Repeat);
        Assert.Equal(r.Samples.Count, table.GetColumn("DRAWS").Repeat);
        Assert.All(ThreeMLColumns.Where(c => c is not ("NAME" or "UNIT")), c => Assert.Equal(FitsColumnType.Double, table.GetColumn(c).Type));
        Assert.Equal(r.Covariance!.Cast<double>(), table.ReadDoubles("COVARIANCE"));
        Assert.Equal(r.GetParameterTable().Select(p => p.Error), table.ReadDoubles("ERROR"));
        Assert.Equal("MLE", table.Header.GetString("RESUTYPE"));
        Assert.Equal(r.Statistics.Plugins[0].MinusLogLikelihood, table.Header.GetDouble("STAT0"));
        Assert.Equal(r.Statistics.Plugins[0].Name, table.Header.GetString("PN0"));
        Assert.Equal(r.Statistics.MinusLogLikelihood, table.Header.GetDouble("TOTSTAT"));
        Assert.Equal(r.Statistics.BinsUsed, table.Header.GetInt32("NBINS"));
        Assert.Equal("AIC", table.Header.GetString("MEAS0"));
        Assert.Equal(r.Aic, table.Header.GetDouble("MV0"));
    }

    [Fact]
    public void A_Bayesian_table_keeps_the_log_probability_in_row_0_and_3MLs_log_posterior_per_plugin()
    {
        var r = analysed.Bayes;
        var table = Table(Written(r));
        Assert.Equal([.. ThreeMLColumns, "LOG_LIKE", "LOG_PRIOR"], table.Columns.Select(c => c.Name));
        Assert.Equal(1, table.GetColumn("COVARIANCE").Repeat);
        Assert.Equal(r.Samples.Count, table.GetColumn("SAMPLES").Repeat);
        Assert.Equal(r.Samples.Count, table.GetColumn("LOG_PROB").Repeat);
        var logProb = table.ReadDoubleArrays("LOG_PROB");
        Assert.Equal(Enumerable.Range(0, r.Samples.Count).Select(i => r.LogLikelihood[i] + r.LogPrior[i]), logProb[0]);
        Assert.All(logProb.Skip(1), row => Assert.All(row, v => Assert.Equal(0.0, v)));
        Assert.Equal(r.Samples[1].ToArray(), table.ReadDoubleArrays("SAMPLES")[1]);
        Assert.Equal("Bayesian", table.Header.GetString("RESUTYPE"));

        // 3ML's STATi: ln L_i + ln prior at the MAP ([Q5]); ours, ln L_i, in LNLi.
        var map = Enumerable.Range(0, r.Samples.Count).MaxBy(i => r.LogLikelihood[i] + r.LogPrior[i]);
        Assert.Equal(-r.Statistics.Plugins[0].MinusLogLikelihood + r.LogPrior[map], table.Header.GetDouble("STAT0"));
        Assert.Equal(-r.Statistics.Plugins[0].MinusLogLikelihood, table.Header.GetDouble("LNL0"));
        Assert.Equal(r.Statistics.LogLikelihood, table.Header.GetDouble("TOTSTAT"));
    }

    [Fact]
    public void The_model_is_escaped_yaml_and_no_extra_keyword_looks_like_a_statistic_or_a_measure_to_3ML()
    {
        foreach (AnalysisResults r in new AnalysisResults[] { analysed.Mle, analysed.Bayes })
        {
            var table = Table(Written(r));
            var model = table.Header.GetString("MODEL");
            Assert.DoesNotContain('\'', model);
            Assert.DoesNotContain('"', model);
            Assert.DoesNotContain('{', model);
            Assert.Contains("_NEWLINE_", model);
            Assert.Equal(r.OptimizedModel.ToYaml().Replace("\n\n", "\n", StringComparison.Ordinal), Unescape(model));
            Assert.Equal(1, table.ExtVer);

            // 3ML's reader treats every keyword starting with STAT or MEAS as a numbered statistic or measure.
            var keys = table.Header.Cards.Select(c => c.Key).ToList();
            Assert.All(keys.Where(k => k.StartsWith("STAT", StringComparison.Ordinal) || k.StartsWith("MEAS", StringComparison.Ordinal)),
                k => Assert.Matches("^(STAT|MEAS)[0-9]+$", k));
            Assert.Equal(r.InformationCriteria.Labelled.Count, keys.Count(k => k.StartsWith("MEAS", StringComparison.Ordinal)));
            Assert.Equal(r.Statistics.Plugins.Count, keys.Count(k => k.StartsWith("STAT", StringComparison.Ordinal)));
        }
    }

    private static string Unescape(string text) => text.Replace("_NEWLINE_", "\n").Replace("_QUOTE1_", "'")
        .Replace("_QUOTE2_", "\"").Replace("_PARO_", "{").Replace("_PARC_", "}");

    private static BinaryTableHdu Table(FitsFile file) => file.GetExtension<BinaryTableHdu>("ANALYSIS_RESULTS");

    private FitsFile Written(AnalysisResults r)
    {
        var path = _folder.File(Guid.NewGuid().ToString("N") + ".fits");
        r.Write(path);
        return FitsFile.Read(path);
    }
}
