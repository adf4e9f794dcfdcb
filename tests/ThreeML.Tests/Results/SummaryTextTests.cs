using Astromodels;
using Astromodels.Functions;
using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Results;

namespace ThreeML.Tests.Results;

/// <summary>Golden texts of <see cref="MLEResults.ToString"/> and <see cref="BayesianResults.ToString"/>: the summary a
/// 3ML user reads, pinned character by character.</summary>
/// <remarks>The samples are 101 evenly spaced values around the best fit, so the equal-tailed 68 % interval is the 16th
/// and 84th value (K: 1 ± 0.034; index: −2 ± 0.34) and every number in the text follows by hand.</remarks>
public sealed class SummaryTextTests
{
    private const string K = "src.spectrum.main.Powerlaw.K";
    private const string Index = "src.spectrum.main.Powerlaw.index";

    private static readonly FitStatistics Statistics = new([new("n6", 250.125), new("b0", 100.5)], 350.625, binsUsed: 240);

    private static (Model Model, SampleSet Samples) Problem()
    {
        var model = new Model(new PointSource("src", ra: 0, dec: 0, new Powerlaw()));
        var k = Enumerable.Range(0, 101).Select(i => 1.0 + (0.001 * (i - 50))).ToArray();
        var index = Enumerable.Range(0, 101).Select(i => -2.0 + (0.01 * (i - 50))).ToArray();
        return (model, new SampleSet([K, Index], [k, index]));
    }

    [Fact]
    public void The_MLE_summary_lists_parameters_minus_log_likelihood_per_plugin_measures_and_status()
    {
        var (model, samples) = Problem();
        var diagnostics = new FitDiagnostics(true, null, 1.5e-7, 123, [], TimeSpan.FromSeconds(0.25));
        var result = new MLEResults(model, samples, [1.0, -2.0], Statistics, new InformationCriteria { Aic = 705.3, Bic = 712.25 },
            covariance: null, [0.016, 0.34], diagnostics);

        Assert.Equal(Golden.Mle, result.ToString());
    }

    [Fact]
    public void The_Bayesian_summary_uses_the_same_sign_as_the_MLE_summary()
    {
        var (model, samples) = Problem();
        var criteria = new InformationCriteria { Aic = 705.3, Bic = 712.25, Dic = 703.5, EffectiveParameters = 1.875, LnZ = -345.5, Log10Z = -150.25 };
        var result = new BayesianResults(model, samples, [1.0, -2.0], new double[101], new double[101], Statistics, criteria, run: null);

        Assert.Equal(Golden.Bayesian, result.ToString());
    }

    private static class Golden
    {
        public const string Mle = """
            Best fit values:

            src.spectrum.main.Powerlaw.K      1.000 +/- 0.034 1 / (cm2 keV s)
            src.spectrum.main.Powerlaw.index  -2.00 +/- 0.34

            Values of -log(likelihood) at the minimum:

            n6         250.125000
            b0         100.500000
            total      350.625000

            Values of statistical measures:

            AIC        705.300000
            BIC        712.250000

            Fit is valid (123 likelihood calls, EDM 1.5E-07)

            """;

        public const string Bayesian = """
            Maximum a posteriori probability (MAP) point:

            src.spectrum.main.Powerlaw.K      1.000 +/- 0.034 1 / (cm2 keV s)
            src.spectrum.main.Powerlaw.index  -2.00 +/- 0.34

            Values of -log(likelihood) at the MAP:

            n6         250.125000
            b0         100.500000
            total      350.625000

            Values of statistical measures:

            AIC        705.300000
            BIC        712.250000
            DIC        703.500000
            PDIC       1.875000
            ln(Z)      -345.500000
            log10(Z)   -150.250000

            """;
    }
}
