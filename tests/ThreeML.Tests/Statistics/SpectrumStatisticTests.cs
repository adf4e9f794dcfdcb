using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

/// <summary>Each statistic object gives exactly what the static formula of its noise combination gives (those are
/// tested against independent references in their own tests), names its XSPEC statistic and draws its own kind of data.</summary>
public sealed class SpectrumStatisticTests
{
    private static readonly double[] Observed = [0, 3, 12, 40, 7];
    private static readonly double[] ObservedErrors = [1.5, 2, 3.5, 6, 2.5];
    private static readonly double[] Background = [2, 0, 5, 11, 1];
    private static readonly double[] BackgroundErrors = [1.2, 0.5, 2.1, 3.3, 1];
    private static readonly double[] Model = [0.4, 2.5, 9.0, 35.0, 6.5];
    private const double Alpha = 0.4;

    private static SpectrumCounts Counts(bool gaussianObserved = false) =>
        new(Observed, gaussianObserved ? ObservedErrors : new double[5], Background, BackgroundErrors, Alpha, SourceExposure: 100, BackgroundExposure: 250);

    [Fact]
    public void Each_statistic_equals_the_formula_of_its_noise_combination()
    {
        var estimate = new double[5];
        var reference = new double[5];

        Assert.Equal(PoissonObservedNoBackground.LogLikelihood(Observed, Model), new PoissonNoBackgroundStatistic(Counts()).LogLikelihood(Model, estimate), 12);

        var wstat = new PoissonPoissonBackgroundStatistic(Counts()).LogLikelihood(Model, estimate);
        Assert.Equal(PoissonObservedPoissonBackground.LogLikelihood(Observed, Background, Model, Alpha, reference), wstat, 12);
        Assert.Equal(reference, estimate, (a, b) => Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a)));

        var pg = new PoissonGaussianBackgroundStatistic(Counts()).LogLikelihood(Model, estimate);
        Assert.Equal(PoissonObservedGaussianBackground.LogLikelihood(Observed, Background, BackgroundErrors, Model, Alpha, reference), pg);
        Assert.Equal(reference, estimate);

        var scaled = Background.Select(b => Alpha * b).ToArray();
        Assert.Equal(PoissonObservedIdealBackground.LogLikelihood(Observed, scaled, Model), new PoissonIdealBackgroundStatistic(Counts()).LogLikelihood(Model, estimate));
        Assert.Equal(scaled, estimate);

        Assert.Equal(GaussianObserved.LogLikelihood(Observed, ObservedErrors, Model), new GaussianStatistic(Counts(gaussianObserved: true), gaussianBackground: null).LogLikelihood(Model, estimate));
    }

    [Fact]
    public void Each_statistic_names_and_computes_the_XSPEC_statistic()
    {
        var scaled = Background.Select(b => Alpha * b).ToArray();
        var cases = new (SpectrumStatistic Statistic, string Name, double Expected)[]
        {
            (new PoissonNoBackgroundStatistic(Counts()), "cstat", XspecStatistics.CStat(Observed, Model)),
            (new PoissonPoissonBackgroundStatistic(Counts()), "wstat", XspecStatistics.WStat(Observed, Background, Model, 100, 250)),
            (new PoissonGaussianBackgroundStatistic(Counts()), "pgstat", XspecStatistics.PgStat(Observed, Background, BackgroundErrors, Model, 100, 250)),
            (new PoissonIdealBackgroundStatistic(Counts()), "pstat", XspecStatistics.PStat(Observed, scaled, Model)),
            (new GaussianStatistic(Counts(gaussianObserved: true), gaussianBackground: null), "chi2", XspecStatistics.Chi2(Observed, ObservedErrors, Model)),
        };
        foreach (var (statistic, name, expected) in cases)
        {
            Assert.Equal(name, statistic.XspecName);
            Assert.Equal(expected, statistic.XspecStatistic(Model), 9);
        }
    }

    [Fact]
    public void Profile_statistics_redraw_the_background_and_the_others_keep_it()
    {
        var observed = new double[5];
        Assert.NotNull(new PoissonPoissonBackgroundStatistic(Counts()).Draw(Model, Counts(), new Random(1), observed));
        Assert.All(observed, o => Assert.True(o >= 0 && o == Math.Floor(o)));
        Assert.NotNull(new PoissonGaussianBackgroundStatistic(Counts()).Draw(Model, Counts(), new Random(2), observed));
        Assert.Null(new PoissonIdealBackgroundStatistic(Counts()).Draw(Model, Counts(), new Random(3), observed));
        Assert.Null(new PoissonNoBackgroundStatistic(Counts()).Draw(Model, Counts(), new Random(4), observed));
        Assert.Null(new GaussianStatistic(Counts(gaussianObserved: true), gaussianBackground: true).Draw(Model, Counts(gaussianObserved: true), new Random(5), observed));
        Assert.All(observed, o => Assert.True(o >= 0));

        // A fixed seed draws the same data again.
        var again = new double[5];
        new GaussianStatistic(Counts(gaussianObserved: true), gaussianBackground: true).Draw(Model, Counts(gaussianObserved: true), new Random(5), again);
        Assert.Equal(observed, again);
    }
}
