using CsCheck;
using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

/// <summary>Reference values marked "mpmath" come from reference_values.py in this folder (mpmath 1.3.0, 50 digits).</summary>
public class SignificanceTests
{
    [Fact]
    public void LiMa_matches_published_example()
    {
        // N_on = 18, N_off = 97, α = 0.1: 2.2421704424844875 (gammapy documentation, significance_on_off(method='lima'));
        // mpmath: 2.2421704424844786905.
        TestMath.Close(2.2421704424844787, Significance.LiMa(18, 97, 0.1), 1e-13);
    }

    [Fact]
    public void LiMa_hand_case()
    {
        // α = 1, N_on = 20, N_off = 10: √2 · √(20 ln(2·20/30) + 10 ln(2·10/30)) = √2 · √(5.753641449035618 − 4.054651081081644)
        // = 1.8433612602818648; excess ⇒ positive.
        TestMath.Close(1.8433612602818648, Significance.LiMa(20, 10, 1.0), 1e-14);
        // Swapping on and off gives a deficit: same magnitude (α = 1 is symmetric), negative sign.
        TestMath.Close(-1.8433612602818648, Significance.LiMa(10, 20, 1.0), 1e-14);
    }

    [Fact]
    public void LiMa_with_no_on_counts_applies_eq17_instead_of_3mls_zero()
    {
        // −√(2 · 10 · ln 1.5) = −2.8476836485402109 (mpmath: −2.8476836485402109426).
        TestMath.Close(-2.8476836485402109, Significance.LiMa(0, 10, 0.5), 1e-14);
        Assert.Equal(0.0, Math.Abs(Significance.LiMa(0, 0, 0.5)));
    }

    [Fact]
    public void LiMa_span_and_total_agree_with_scalar()
    {
        double[] on = [18, 0, 20, 5];
        double[] off = [97, 10, 10, 60];
        var destination = new double[4];
        Significance.LiMa(on, off, 0.1, destination);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Significance.LiMa(on[i], off[i], 0.1), destination[i]);
        }

        Assert.Equal(Significance.LiMa(43, 177, 0.1), Significance.LiMaTotal(on, off, 0.1));
    }

    [Fact]
    public void LiMaForGaussianBackground_hand_case()
    {
        // o = 4, b = 2, σ = 1: b₀ = ½(√(4 − 2(2 − 8) + 1) + 2 − 1) = ½(√17 + 1) = 2.5615528128088303;
        // S = √2 · √(4 ln(4/b₀) + (b₀ − 2)²/2 + b₀ − 4) = 1.0019445789526609.
        TestMath.Close(1.0019445789526609, Significance.LiMaForGaussianBackground(4, 2, 1), 1e-13);
    }

    [Fact]
    public void LiMaForGaussianBackground_zero_error_is_known_background_likelihood_ratio()
    {
        // √(2(10 ln 2.5 + 4 − 10)) = 2.5151172214199287.
        TestMath.Close(2.5151172214199287, Significance.LiMaForGaussianBackground(10, 4, 0), 1e-14);
        TestMath.Close(2.5151172214199287, Significance.LiMaForGaussianBackground(10, 4, 1e-9), 1e-9);
    }

    [Fact]
    public void LiMaForGaussianBackground_deficit_is_negative_and_zero_counts_finite()
    {
        Assert.True(Significance.LiMaForGaussianBackground(2, 10, 1) < 0);
        Assert.True(double.IsFinite(Significance.LiMaForGaussianBackground(0, 10, 5)));
        var destination = new double[2];
        Significance.LiMaForGaussianBackground([4.0, 10.0], [2.0, 4.0], [1.0, 0.0], destination);
        TestMath.Close(1.0019445789526609, destination[0], 1e-13);
        TestMath.Close(2.5151172214199287, destination[1], 1e-14);
    }

    [Theory]
    // mpmath: z = Φ⁻¹(P(X ≤ o)), small tail in 50-digit arithmetic.
    [InlineData(10, 10, 0.20967607527689647672)]
    [InlineData(25, 10, 4.13587447925687371)]
    [InlineData(3, 10.5, -2.4497672279232212922)]
    [InlineData(1000, 900, 3.2958438296546361692)]
    [InlineData(2000, 1000, 27.812589619320469113)]
    [InlineData(100, 1, 27.023236089516255047)]
    [InlineData(300, 2, 49.176300207358394679)] // beyond 3ML's 36σ table
    [InlineData(0, 800, -39.884694838256677568)] // P = e⁻⁸⁰⁰, below double range
    [InlineData(5, 1000, -43.944085701974113229)]
    public void PoissonWithKnownBackground_matches_mpmath(double o, double mu, double expected) =>
        TestMath.Close(expected, Significance.PoissonWithKnownBackground(o, mu), 1e-11);

    [Fact]
    public void PoissonWithKnownBackground_zero_expectation()
    {
        Assert.Equal(0.0, Significance.PoissonWithKnownBackground(0, 0));
        Assert.Equal(double.PositiveInfinity, Significance.PoissonWithKnownBackground(3, 0));
    }

    [Fact]
    public void PoissonWithKnownBackground_zero_counts_is_phi_inverse_of_exp_minus_mu()
    {
        // P(X ≤ 0) = e⁻² = 0.1353352832366127, Φ⁻¹ of it = −1.1010151617...: check through the 1-sided inverse instead of a table.
        TestMath.Close(-Significance.FromOneSidedPValue(Math.Exp(-2)), Significance.PoissonWithKnownBackground(0, 2), 1e-12);
    }

    [Theory]
    [InlineData(0.0013499, 3.0, 1e-5)] // rounded 3σ one-sided p-value
    [InlineData(2.8665e-7, 5.0, 1e-4)] // rounded 5σ one-sided p-value
    [InlineData(0.0013498980316300945267, 3.0, 1e-12)] // mpmath Q(3)
    [InlineData(2.8665157187919391167e-7, 5.0, 1e-12)] // mpmath Q(5)
    [InlineData(7.619853024160526066e-24, 10.0, 1e-12)] // mpmath Q(10)
    [InlineData(2.7536241186062336951e-89, 20.0, 1e-12)] // mpmath Q(20)
    [InlineData(4.9067139271481870595e-198, 30.0, 1e-12)] // mpmath Q(30)
    [InlineData(0.5, 0.0, 1e-15)]
    [InlineData(0.9986501019683699, -3.0, 1e-10)] // 1 − Q(3)
    public void FromOneSidedPValue_known_quantiles(double p, double expected, double tolerance) =>
        TestMath.Close(expected, Significance.FromOneSidedPValue(p), tolerance);

    [Theory]
    [InlineData(-804.60844201375378817, 40.0)] // mpmath ln Q(40)
    [InlineData(-1000.0, 44.61574773196940302)] // mpmath
    [InlineData(-5000.0, 99.944748174841092478)] // mpmath
    [InlineData(-6.6077262215103495433, 3.0)] // mpmath ln Q(3)
    public void FromLogOneSidedPValue_deep_tails(double logP, double expected) =>
        TestMath.Close(expected, Significance.FromLogOneSidedPValue(logP), 1e-12);

    [Fact]
    public void FromOneSidedPValue_edges()
    {
        Assert.Equal(double.PositiveInfinity, Significance.FromOneSidedPValue(0));
        Assert.Equal(double.NegativeInfinity, Significance.FromOneSidedPValue(1));
    }

    [Theory]
    [InlineData(0, 1.8660254037844386)] // 1 + √0.75
    [InlineData(10, 4.278719262151)] // 1 + √10.75
    public void GehrelsUpperError_hand_values(double n, double expected) =>
        TestMath.Close(expected, Significance.GehrelsUpperError(n), 1e-12);

    [Fact]
    public void Validation_messages_name_argument_and_value()
    {
        var alpha = Assert.Throws<ArgumentOutOfRangeException>(() => Significance.LiMa(1, 1, 0));
        Assert.Equal("alpha", alpha.ParamName);
        Assert.Contains("alpha = 0 is invalid", alpha.Message);

        var on = Assert.Throws<ArgumentOutOfRangeException>(() => Significance.LiMa(-1, 1, 1));
        Assert.Contains("onCounts = -1 is invalid: it must be finite and >= 0.", on.Message);

        var p = Assert.Throws<ArgumentOutOfRangeException>(() => Significance.FromOneSidedPValue(1.5));
        Assert.Contains("pValue = 1.5 is invalid: it must be in [0, 1].", p.Message);

        var logP = Assert.Throws<ArgumentOutOfRangeException>(() => Significance.FromLogOneSidedPValue(0.1));
        Assert.Contains("logPValue = 0.1 is invalid: it must be <= 0.", logP.Message);

        var gehrels = Assert.Throws<ArgumentOutOfRangeException>(() => Significance.GehrelsUpperError(-2));
        Assert.Contains("counts = -2 is invalid", gehrels.Message);

        var sigma = Assert.Throws<ArgumentException>(() =>
            Significance.LiMaForGaussianBackground([1.0], [1.0], [-1.0], new double[1]));
        Assert.Contains("backgroundErrors[0] = -1 is invalid: errors must be finite and >= 0.", sigma.Message);

        var length = Assert.Throws<ArgumentException>(() => Significance.LiMa([1.0, 2.0], [1.0, 2.0], 1.0, new double[1]));
        Assert.Equal("destination", length.ParamName);
        Assert.Contains("destination has 1 elements but onCounts has 2", length.Message);

        var count = Assert.Throws<ArgumentException>(() =>
            Significance.PoissonWithKnownBackground([1.0, double.NaN], [1.0, 1.0], new double[2]));
        Assert.Contains("observedCounts[1] = NaN is invalid", count.Message);
    }

    [Fact]
    public void Span_overloads_validate_lengths()
    {
        var total = Assert.Throws<ArgumentException>(() => Significance.LiMaTotal([1.0, 2.0], [1.0], 0.5));
        Assert.Equal("offCounts", total.ParamName);
        Assert.Contains("offCounts has 1 elements but onCounts has 2", total.Message);

        var known = Assert.Throws<ArgumentException>(() => Significance.PoissonWithKnownBackground([1.0], [1.0, 2.0], new double[1]));
        Assert.Contains("expectedCounts has 2 elements but observedCounts has 1", known.Message);

        var gaussian = Assert.Throws<ArgumentException>(() =>
            Significance.LiMaForGaussianBackground([1.0], [-1.0], [1.0], new double[1]));
        Assert.Contains("expectedBackground[0] = -1 is invalid", gaussian.Message);
    }

    [Fact]
    public void LiMa_squared_is_twice_the_log_likelihood_ratio_of_the_on_off_poisson_model()
    {
        // H1: on ~ Pois(on), off ~ Pois(off) (free signal); H0: on ~ Pois(αB), off ~ Pois(B) with B̂ = (on + off)/(1 + α).
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, 200], Gen.Double[-2.0, 2.0].Select(e => Math.Pow(10.0, e)))
            .SampleFixed((on, off, alpha) =>
            {
                var b0 = (on + off) / (1.0 + alpha);
                var h1 = TestMath.LnPoissonPmf(on, on) + TestMath.LnPoissonPmf(off, off);
                var h0 = on + off == 0 ? 0.0 : TestMath.LnPoissonPmf(on, alpha * b0) + TestMath.LnPoissonPmf(off, b0);
                var expected = Math.Sqrt(Math.Max(0.0, 2 * (h1 - h0)));
                var s = Significance.LiMa(on, off, alpha);
                return Math.Abs(Math.Abs(s) - expected) <= 1e-9 * Math.Max(1.0, expected)
                    && (s >= 0) == (on - alpha * off > 0 || expected < 1e-12);
            });
    }

    [Fact]
    public void LiMaForGaussianBackground_squared_is_twice_the_profile_log_likelihood_ratio()
    {
        // H1: o ~ Pois(o), b measured at b ± σ; H0: o ~ Pois(B), b ~ N(B, σ), maximised over B numerically here
        // by golden-section search, so the closed-form b₀ is not reused.
        Gen.Select(Gen.Int[0, 100], Gen.Double[0.5, 100.0], Gen.Double[0.1, 10.0])
            .SampleFixed((o, b, sigma) =>
            {
                double H0(double x) => TestMath.LnPoissonPmf(o, x) + TestMath.LnNormalPdf(b, x, sigma);
                double lo = 1e-12, hi = b + 10 * sigma + 2 * o + 10;
                var g = (Math.Sqrt(5) - 1) / 2;
                for (var i = 0; i < 200; i++)
                {
                    var x1 = hi - g * (hi - lo);
                    var x2 = lo + g * (hi - lo);
                    if (H0(x1) < H0(x2))
                    {
                        lo = x1;
                    }
                    else
                    {
                        hi = x2;
                    }
                }

                var h0 = H0(0.5 * (lo + hi));
                var h1 = TestMath.LnPoissonPmf(o, o) + TestMath.LnNormalPdf(b, b, sigma);
                var expected = Math.Sqrt(Math.Max(0.0, 2 * (h1 - h0)));
                var s = Significance.LiMaForGaussianBackground(o, b, sigma);
                return Math.Abs(Math.Abs(s) - expected) <= 1e-6 * Math.Max(1.0, expected);
            });
    }
}
