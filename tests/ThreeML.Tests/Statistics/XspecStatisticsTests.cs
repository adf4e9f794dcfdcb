using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class XspecStatisticsTests
{
    [Fact]
    public void CStat_hand_case()
    {
        // o = 0, M = 1.5: 2M = 3; o = 2, M = 1: 2(1 − 2 + 2 ln 2) = 0.772588722239781.
        TestMath.Close(3.772588722239781, XspecStatistics.CStat([0.0, 2.0], [1.5, 1.0]), 1e-14);
    }

    [Fact]
    public void CStat_is_zero_for_a_perfect_model() =>
        Assert.Equal(0.0, XspecStatistics.CStat([0.0, 3.0, 17.0], [0.0, 3.0, 17.0]), 14);

    private static readonly double[] Observed = [0, 1, 4, 9, 0, 25, 2];
    private static readonly double[] Background = [0, 3, 0, 7, 5, 30, 1];
    private static readonly double[] ModelA = [0.2, 1.5, 3.0, 8.0, 0.1, 20.0, 2.5];
    private static readonly double[] ModelB = [1.0, 0.3, 6.5, 4.0, 2.0, 31.0, 0.7];

    /// <summary>Σ 2[ln x! − x ln x + x]: the data-only difference between −2 ln L (with ln x!) and XSPEC's saturated form.</summary>
    private static double DataConstant(double[] counts)
    {
        var sum = 0.0;
        foreach (var x in counts)
        {
            var k = (int)x;
            sum += 2 * (TestMath.LnFactorial(k) - (k > 0 ? k * Math.Log(k) : 0) + k);
        }

        return sum;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void CStat_differs_from_3ml_log_likelihood_by_a_data_only_constant(int which)
    {
        var model = which == 0 ? ModelA : ModelB;
        var difference = -2 * PoissonObservedNoBackground.LogLikelihood(Observed, model) - XspecStatistics.CStat(Observed, model);
        TestMath.Close(DataConstant(Observed), difference, 1e-12);
    }

    [Fact]
    public void PStat_differs_from_ideal_background_log_likelihood_by_the_same_constant()
    {
        var difference = -2 * PoissonObservedIdealBackground.LogLikelihood(Observed, Background, ModelA)
            - XspecStatistics.PStat(Observed, Background, ModelA);
        TestMath.Close(DataConstant(Observed), difference, 1e-12);
    }

    [Theory]
    // S = 5, B = 3, tₛ = t_b = 1, model 2 (m = 2): f = 3, a perfect fit (S = tₛ(m + f), B = t_b f) ⇒ W = 0.
    [InlineData(5, 3, 2, 1, 1, 0.0)]
    // S = 5, B = 3, model 1: t = 2, y = 6, d = √60, f = (6 + √60)/4 = 3.4364916731037085;
    // W = 2[1 + 2f − 5 ln(1 + f) − 3 ln f − 5(1 − ln 5) − 3(1 − ln 3)] = 0.12667401390474398.
    [InlineData(5, 3, 1, 1, 1, 0.12667401390474398)]
    // S = 0, B = 4, model 3, tₛ = 2, t_b = 4: 2[3 − 4 ln(4/6)] = 9.243720864865312.
    [InlineData(0, 4, 3, 2, 4, 9.243720864865312)]
    // B = 0, S = 6, model 1, tₛ = 1, t_b = 2 (m = 1 < S/t = 2): 2[−2 − 6 ln(1/3)] = 9.183347464017316.
    [InlineData(6, 0, 1, 1, 2, 9.183347464017316)]
    // B = 0, S = 1, model 2, tₛ = t_b = 1 (m = 2 ≥ 0.5): 2[2 + (0 − ln 2 − 1)] = 0.61370563888011.
    [InlineData(1, 0, 2, 1, 1, 0.61370563888011)]
    public void WStat_hand_cases_including_the_manual_special_cases(double s, double b, double m, double ts, double tb, double expected) =>
        TestMath.Close(expected, XspecStatistics.WStat([s], [b], [m], ts, tb), 1e-13);

    [Theory]
    [InlineData(0, 1.0, 1.0)]
    [InlineData(1, 1.0, 1.0)]
    [InlineData(0, 2.0, 10.0)]
    [InlineData(1, 30.0, 3.0)]
    public void WStat_differs_from_3ml_profile_likelihood_by_a_data_only_constant(int which, double ts, double tb)
    {
        var model = which == 0 ? ModelA : ModelB;
        var logL = PoissonObservedPoissonBackground.LogLikelihood(Observed, Background, model, ts / tb);
        var difference = -2 * logL - XspecStatistics.WStat(Observed, Background, model, ts, tb);
        TestMath.Close(DataConstant(Observed) + DataConstant(Background), difference, 1e-11);
    }

    [Fact]
    public void PgStat_zero_count_special_case()
    {
        // S = 0, B = 4, σ = 1, model 3, tₛ = 2, t_b = 4: 2[3 + 4·2/4 − 1·4/(2·16)] = 2·4.875 = 9.75.
        TestMath.Close(9.75, XspecStatistics.PgStat([0.0], [4.0], [1.0], [3.0], 2, 4), 1e-14);
    }

    [Fact]
    public void PgStat_hand_case()
    {
        // S = 4, B = 2, σ = 1, model 1, tₛ = t_b = 1: f solves f² + (1 − 2 + 1)f + (1 − 2 − 4) = 0 ⇒ f = √5,
        // W = (1 + √5) − 4 ln(1 + √5) + (2 − √5)²/2 − 4(1 − ln 4); PG = 2W = 0.22334688900315536.
        var f = Math.Sqrt(5);
        var expected = 2 * ((1 + f) - 4 * Math.Log(1 + f) + (2 - f) * (2 - f) / 2 - 4 * (1 - Math.Log(4)));
        TestMath.Close(0.22334688900315536, expected, 1e-14);
        TestMath.Close(expected, XspecStatistics.PgStat([4.0], [2.0], [1.0], [1.0], 1, 1), 1e-13);
    }

    private static readonly double[] PgObserved = [1, 4, 9, 0, 25, 2];
    private static readonly double[] PgBackground = [3, 0.5, 7, 5, 30, 1];
    private static readonly double[] PgErrors = [1.5, 0.8, 2.5, 1.0, 5.0, 1.1];

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 5.0)]
    public void PgStat_differs_from_3ml_profile_likelihood_by_a_data_only_constant(double ts, double tb)
    {
        var alpha = ts / tb;
        // −2 ln L − PG = Σ 2[ln o! − o ln o + o] + ln 2π + 2 ln(α σ_b) per channel (all have b > 0; the o = 0 channel
        // has M + αb ≥ (ασ_b)² for both models).
        var constant = DataConstant(PgObserved);
        foreach (var e in PgErrors)
        {
            constant += Math.Log(2 * Math.PI) + 2 * Math.Log(alpha * e);
        }

        foreach (var model in new[] { new[] { 1.5, 3.0, 8.0, 2.0, 20.0, 2.5 }, new[] { 0.3, 6.5, 4.0, 4.5, 31.0, 0.7 } })
        {
            var logL = PoissonObservedGaussianBackground.LogLikelihood(PgObserved, PgBackground, PgErrors, model, alpha);
            var difference = -2 * logL - XspecStatistics.PgStat(PgObserved, PgBackground, PgErrors, model, ts, tb);
            TestMath.Close(constant, difference, 1e-11);
        }
    }

    [Fact]
    public void Chi2_is_minus_twice_the_gaussian_log_likelihood()
    {
        double[] y = [1, 2, 3, -4];
        double[] e = [0.5, 0, 2, 1];
        double[] m = [2, 100, 1, -3];
        // 4 + 0 + 1 + 1 = 6.
        Assert.Equal(6.0, XspecStatistics.Chi2(y, e, m), 14);
        Assert.Equal(-2 * GaussianObserved.LogLikelihood(y, e, m), XspecStatistics.Chi2(y, e, m), 14);
    }

    [Fact]
    public void WStat_invalid_exposure_names_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => XspecStatistics.WStat([1.0], [1.0], [1.0], 1.0, 0.0));
        Assert.Equal("tBackground", ex.ParamName);
        Assert.Contains("tBackground = 0 is invalid: it must be finite and > 0.", ex.Message);
    }

    [Fact]
    public void PgStat_zero_error_with_background_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => XspecStatistics.PgStat([1.0], [2.0], [0.0], [1.0], 1, 1));
        Assert.Contains("backgroundErrors[0] = 0 but the background has 2 counts there", ex.Message);
    }

    [Fact]
    public void CStat_mismatched_lengths_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => XspecStatistics.CStat([1.0, 2.0], [1.0]));
        Assert.Equal("modelCounts", ex.ParamName);
        Assert.Contains("modelCounts has 1 elements but observedCounts has 2", ex.Message);
    }

    [Fact]
    public void Every_xspec_statistic_validates_lengths_counts_and_errors()
    {
        var pstat = Assert.Throws<ArgumentException>(() => XspecStatistics.PStat([1.0], [-2.0], [1.0]));
        Assert.Contains("expectedBackground[0] = -2 is invalid: counts must be finite and >= 0.", pstat.Message);

        var wCount = Assert.Throws<ArgumentException>(() => XspecStatistics.WStat([1.0, -1.0], [1.0, 1.0], [1.0, 1.0], 1, 1));
        Assert.Equal("observedCounts", wCount.ParamName);
        Assert.Contains("observedCounts[1] = -1 is invalid", wCount.Message);

        var wLength = Assert.Throws<ArgumentException>(() => XspecStatistics.WStat([1.0], [1.0, 1.0], [1.0], 1, 1));
        Assert.Contains("backgroundCounts has 2 elements but observedCounts has 1", wLength.Message);

        var pgLength = Assert.Throws<ArgumentException>(() => XspecStatistics.PgStat([1.0], [1.0], [1.0], [1.0, 2.0], 1, 1));
        Assert.Contains("modelCounts has 2 elements but observedCounts has 1", pgLength.Message);

        var pgError = Assert.Throws<ArgumentException>(() => XspecStatistics.PgStat([1.0], [1.0], [double.NaN], [1.0], 1, 1));
        Assert.Contains("backgroundErrors[0] = NaN is invalid: errors must be finite and >= 0.", pgError.Message);

        var pgExposure = Assert.Throws<ArgumentOutOfRangeException>(() => XspecStatistics.PgStat([1.0], [1.0], [1.0], [1.0], -3, 1));
        Assert.Contains("tSource = -3 is invalid: it must be finite and > 0.", pgExposure.Message);

        var chiError = Assert.Throws<ArgumentException>(() => XspecStatistics.Chi2([1.0], [-0.1], [1.0]));
        Assert.Contains("errors[0] = -0.1 is invalid", chiError.Message);

        var perChannel = Assert.Throws<ArgumentException>(() => XspecStatistics.CStat([1.0], [1.0], new double[2]));
        Assert.Contains("perChannel has 2 elements but observedCounts has 1", perChannel.Message);
    }

    [Fact]
    public void PgStat_zero_background_with_zero_error_is_the_cstat_term()
    {
        // B = σ = 0: the channel is pure Poisson, 2(M − o + o ln(o/M)) = 2(1 − 2 + 2 ln 2) = 0.772588722239781.
        TestMath.Close(0.772588722239781, XspecStatistics.PgStat([2.0], [0.0], [0.0], [1.0], 3, 7), 1e-14);
    }
}
