using System.Globalization;
using System.Text;
using ThreeML.Fits;
using ThreeML.Results;

namespace ThreeML.Results.Persistence;

/// <summary>Names and encodings of 3ML's results-file layout (<c>threeML/analysis_results.py</c>: ANALYSIS_RESULTS,
/// AnalysisResultsFITS) and of the extra keywords and columns that make our round trip exact.</summary>
/// <remarks>
/// 3ML's reader takes every header keyword that starts with STAT as a plugin statistic and every one that starts with
/// MEAS as a measure (and parses the rest of the keyword as an integer), so no extra keyword may start with either.
/// It reads columns by name, so extra columns are ignored.
/// </remarks>
internal static class ResultsFitsLayout
{
    public const string ExtName = "ANALYSIS_RESULTS";

    // 3ML's SEQUENCE extension of a set (analysis_results.py, class SEQUENCE); its columns are ResultsSequence's.
    public const string SequenceExtName = "SEQUENCE";
    public const string SequenceType = "SEQ_TYPE";
    public const string Mle = "MLE";
    public const string Bayesian = "Bayesian";

    // 3ML's columns, in 3ML's order.
    public const string Name = "NAME";
    public const string Value = "VALUE";
    public const string NegativeError = "NEGATIVE_ERROR";
    public const string PositiveError = "POSITIVE_ERROR";
    public const string Error = "ERROR";
    public const string Unit = "UNIT";
    public const string Covariance = "COVARIANCE";
    public const string LogProb = "LOG_PROB";
    public const string Samples = "SAMPLES";

    public static readonly string[] StandardColumns = [Name, Value, NegativeError, PositiveError, Error, Unit, Covariance, LogProb, Samples];

    // Extra columns (ignored by 3ML). MLE: our draws from the covariance, so a reload needs no re-drawing.
    // Bayesian: ln L and ln prior of every sample, laid out as LOG_PROB (row 0 holds the values, other rows zeros),
    // because LOG_PROB = ln L + ln prior cannot be split back exactly.
    public const string Draws = "DRAWS";
    public const string LogLike = "LOG_LIKE";
    public const string LogPrior = "LOG_PRIOR";

    // 3ML's keywords.
    public const string Model = "MODEL";
    public const string ResultType = "RESUTYPE";
    public const string Origin = "ORIGIN";
    public const string Creator = "CREATOR";
    public const string StatPrefix = "STAT";
    public const string PluginNamePrefix = "PN";
    public const string MeasurePrefix = "MEAS";
    public const string MeasureValuePrefix = "MV";

    // Extra keywords (ignored by 3ML).
    public const string TotalStatistic = "TOTSTAT";
    public const string LogLikePrefix = "LNL";
    public const string NoCovariance = "NOCOVAR";
    public const string FitValid = "FITVALID";
    public const string FitReason = "FITREASN";
    public const string FitEdm = "FITEDM";
    public const string FitCalls = "FITCALLS";
    public const string FitLimits = "FITLIMIT";
    public const string FitTicks = "FITTICKS";
    public const string FitFlags = "FITFLAGS";
    public const string LnZError = "LNZERR";
    public const string BinsUsed = "NBINS";

    /// <summary>The number of draws and the seed used to re-draw MLE samples from the covariance of a file without
    /// <see cref="Draws"/> (a file written by 3ML): 3ML's default 5000 and <c>JointLikelihood.Fit</c>'s default seed.</summary>
    public const int RedrawCount = 5000;
    public const int RedrawSeed = 5000;

    // Characters that 3ML substitutes in the MODEL keyword, in 3ML's order (_subs).
    private static readonly (string Raw, string Escaped)[] Substitutions =
        [("\n", "_NEWLINE_"), ("'", "_QUOTE1_"), ("\"", "_QUOTE2_"), ("{", "_PARO_"), ("}", "_PARC_")];

    public static string Version { get; } = typeof(ResultsFitsLayout).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static string ExtensionLabel(int extVer) => $"{ExtName} (EXTVER {extVer.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>3ML's <c>_escape_yaml_for_fits</c>.</summary>
    public static string EscapeYaml(string yaml)
    {
        var sb = new StringBuilder(yaml);
        foreach (var (raw, escaped) in Substitutions)
        {
            sb.Replace(raw, escaped);
        }

        return sb.ToString();
    }

    /// <summary>3ML's <c>_escape_back_yaml_from_fits</c>.</summary>
    public static string UnescapeYaml(string text)
    {
        var sb = new StringBuilder(text);
        foreach (var (raw, escaped) in Substitutions)
        {
            sb.Replace(escaped, raw);
        }

        return sb.ToString();
    }

    /// <summary>Sets a real keyword; a non-finite value, which a FITS header cannot hold as a number, is written as the
    /// string Python's <c>float()</c> reads back ('nan', 'inf', '-inf'), so 3ML's reader still gets the value.</summary>
    public static void SetReal(FitsHeader header, string key, double value, string comment)
    {
        if (double.IsFinite(value))
        {
            header.Set(key, value, comment);
        }
        else
        {
            header.Set(key, double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf", comment);
        }
    }

    /// <summary>Reads a real keyword written by <see cref="SetReal"/> (or a plain number).</summary>
    public static bool TryGetReal(FitsHeader header, string key, out double value)
    {
        if (header.TryGetDouble(key, out value))
        {
            return true;
        }

        if (header.TryGetString(key, out var text))
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "nan":
                    value = double.NaN;
                    return true;
                case "inf" or "+inf" or "infinity":
                    value = double.PositiveInfinity;
                    return true;
                case "-inf" or "-infinity":
                    value = double.NegativeInfinity;
                    return true;
            }
        }

        return false;
    }
}
