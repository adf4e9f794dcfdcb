using ThreeML.Fits;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>A results file laid out as 3ML's <c>AnalysisResultsFITS</c> writes it (threeML/analysis_results.py and
/// io/fits_file.py), built directly with the FITS API: one Powerlaw point source with priors, two free parameters,
/// NAME/VALUE/.../SAMPLES columns with 3ML's types, the model YAML as <c>my_yaml.dump</c> writes it, escaped.</summary>
/// <remarks>The init properties break the file in one way each, for the corrupted-file tests.</remarks>
internal sealed record ThreeMLStyleFile
{
    public const string K = "grb.spectrum.main.Powerlaw.K";
    public const string Index = "grb.spectrum.main.Powerlaw.index";
    public const int SampleCount = 20;
    public const int MapRow = 3;

    public string ResultType { get; init; } = "MLE";

    public string Yaml { get; init; } = ThreeMLModelYaml.Text;

    public string[] Names { get; init; } = [K, Index];

    public string? OmittedColumn { get; init; }

    public int LogProbLength { get; init; } = SampleCount;

    public bool WithoutResults { get; init; }

    /// <summary>Adds extensions after the primary HDU, such as the SEQUENCE extension of 3ML's sets; null for none.</summary>
    public Action<FitsFile>? BeforeResults { get; init; }

    /// <summary>The number of ANALYSIS_RESULTS extensions (EXTVER 1, 2, ...), all alike.</summary>
    public int ResultCount { get; init; } = 1;

    public static readonly double[,] Covariance = { { 4e-4, 1e-4 }, { 1e-4, 2.5e-3 } };

    /// <summary>Posterior samples: K around 0.012, index around −2.1; row <see cref="MapRow"/> is the MAP.</summary>
    public static double[] KSamples { get; } = [.. Enumerable.Range(0, SampleCount).Select(i => i == MapRow ? 0.012 : 0.011 + (0.0001 * i))];

    public static double[] IndexSamples { get; } = [.. Enumerable.Range(0, SampleCount).Select(i => i == MapRow ? -2.1 : -2.2 + (0.01 * i))];

    public static double[] LogProbability { get; } = [.. Enumerable.Range(0, SampleCount).Select(i => i == MapRow ? -100.0 : -101.0 - (0.1 * i))];

    public string Write(string path)
    {
        var file = new FitsFile();
        var primary = ImageHdu.CreateEmpty();
        primary.Header.Set("DATE", "2025-06-01T12:00:00.000000");
        primary.Header.Set("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0");
        file.Add(primary);
        BeforeResults?.Invoke(file);

        if (WithoutResults)
        {
            file.Add(new BinaryTableBuilder("SEQUENCE").AddColumn("VALUE", new double[] { 0 }).Build());
        }
        else
        {
            for (var i = 1; i <= ResultCount; i++)
            {
                file.Add(Extension(i));
            }
        }

        file.Write(path);
        return path;
    }

    private BinaryTableHdu Extension(int extVer)
    {
        var bayes = ResultType == "Bayesian";
        var zeros = new double[2];
        var builder = new BinaryTableBuilder("ANALYSIS_RESULTS");
        void Add(string name, Action<string> add)
        {
            if (name != OmittedColumn)
            {
                add(name);
            }
        }

        Add("NAME", n => builder.AddColumn(n, Names));
        Add("VALUE", n => builder.AddColumn(n, [0.012, -2.1]));
        Add("NEGATIVE_ERROR", n => builder.AddColumn(n, [-0.0005, -0.05]));
        Add("POSITIVE_ERROR", n => builder.AddColumn(n, [0.0006, 0.05]));
        Add("ERROR", n => builder.AddColumn(n, [0.00055, 0.05]));
        Add("UNIT", n => builder.AddColumn(n, ["1 / (cm2 keV s)", ""]));
        Add("COVARIANCE", n =>
        {
            if (bayes)
            {
                builder.AddColumn(n, zeros);
            }
            else
            {
                builder.AddArrayColumn(n, [[Covariance[0, 0], Covariance[0, 1]], [Covariance[1, 0], Covariance[1, 1]]]);
            }
        });
        Add("LOG_PROB", n =>
        {
            if (bayes)
            {
                builder.AddArrayColumn(n, [LogProbability[..LogProbLength], new double[LogProbLength]]);
            }
            else
            {
                builder.AddColumn(n, zeros);
            }
        });
        Add("SAMPLES", n =>
        {
            if (bayes)
            {
                builder.AddArrayColumn(n, [KSamples, IndexSamples]);
            }
            else
            {
                builder.AddColumn(n, zeros);
            }
        });

        builder.SetKeyword("MODEL", Escape(Yaml), "A pseudo-yaml serialization of the model")
            .SetKeyword("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0")
            .SetKeyword("RESUTYPE", ResultType, "Analysis producing results (MLE or Bayesian)")
            .SetKeyword("CREATOR", "3ML v.4.0.0", "(G.Vianello, giacomov@slac.stanford.edu)")
            .SetKeyword("STAT0", bayes ? -95.5 : 123.4, "Stat. value for plugin 0")
            .SetKeyword("PN0", "xrt", "Name of plugin 0");
        string[] measures = bayes ? ["AIC", "BIC", "DIC", "PDIC", "log(Z)"] : ["AIC", "BIC"];
        for (var i = 0; i < measures.Length; i++)
        {
            builder.SetKeyword($"MEAS{i}", measures[i], $"Measure type {i}").SetKeyword($"MV{i}", 250.0 + i, $"Measure value {i}");
        }

        var hdu = builder.Build();
        hdu.Header.Set("EXTVER", (long)extVer);
        return hdu;
    }

    /// <summary>3ML's <c>_escape_yaml_for_fits</c>, written out independently of the library's.</summary>
    private static string Escape(string yaml) => yaml.Replace("\n", "_NEWLINE_").Replace("'", "_QUOTE1_")
        .Replace("\"", "_QUOTE2_").Replace("{", "_PARO_").Replace("}", "_PARC_");
}
