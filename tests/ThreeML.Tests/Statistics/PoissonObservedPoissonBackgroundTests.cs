using CsCheck;
using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class PoissonObservedPoissonBackgroundTests
{
    // Cases chosen so that the square root in B̂ is exact; x = α(o + b) − (α + 1)M, c = 4α(α + 1)bM.
    [Theory]
    // α = 1, o = 5, b = 3, M = 2: x = 4, c = 48, √64 = 8, B̂ = 12/4 = 3, αB̂ + M = 5.
    // ln L = 5 ln 5 + 3 ln 3 − 2·3 − 2 − ln 120 − ln 6 = −3.23622478383527.
    [InlineData(5, 3, 2, 1.0, 3.0, -3.23622478383527)]
    // α = 0.5, o = 4, b = 6, M = 1: x = 3.5, c = 18, √30.25 = 5.5, B̂ = 9/1.5 = 6, αB̂ = 3, αB̂ + M = 4.
    // ln L = 4 ln 4 + 6 ln 6 − 1.5·6 − 1 − ln 24 − ln 720 = −3.461570782510153.
    [InlineData(4, 6, 1, 0.5, 3.0, -3.461570782510153)]
    // b = 0, α = 2, o = 6, M = 1: B̂ = (αo − (α + 1)M)/(α(α + 1)) = 9/6 = 1.5, αB̂ = 3, αB̂ + M = 4.
    // ln L = 6 ln 4 − 3·1.5 − 1 − ln 720 = −3.7614850452907582.
    [InlineData(6, 0, 1, 2.0, 3.0, -3.7614850452907582)]
    // b = 0 and αo < (α + 1)M (α = 1, o = 1, M = 2): B̂ = 0, ln L = ln 2 − 2 = −1.306852819440055.
    [InlineData(1, 0, 2, 1.0, 0.0, -1.306852819440055)]
    // o = 0, α = 1, b = 4, M = 3: B̂ = b/(α + 1) = 2; ln L = 4 ln 2 − 2·2 − 3 − ln 24 = −7.405465108108164.
    [InlineData(0, 4, 3, 1.0, 2.0, -7.405465108108164)]
    // o = b = M = 0: B̂ = 0 and every term vanishes.
    [InlineData(0, 0, 0, 3.0, 0.0, 0.0)]
    public void LogLikelihood_hand_cases_match_closed_form(
        double o, double b, double m, double alpha, double expectedScaledBackground, double expected)
    {
        var estimate = new double[1];
        var perChannel = new double[1];
        var total = PoissonObservedPoissonBackground.LogLikelihood([o], [b], [m], alpha, estimate, perChannel);
        TestMath.Close(expected, total, 1e-13);
        TestMath.Close(expected, perChannel[0], 1e-13);
        TestMath.Close(expectedScaledBackground, estimate[0], 1e-13);
    }

    [Fact]
    public void LogLikelihood_per_channel_alpha_equals_channelwise_scalar_alpha()
    {
        double[] o = [3, 0, 12];
        double[] b = [1, 7, 0];
        double[] m = [2.5, 0.4, 9.0];
        double[] alpha = [0.1, 1.0, 7.5];
        var expected = 0.0;
        for (var i = 0; i < 3; i++)
        {
            expected += PoissonObservedPoissonBackground.LogLikelihood([o[i]], [b[i]], [m[i]], alpha[i]);
        }

        TestMath.Close(expected, PoissonObservedPoissonBackground.LogLikelihood(o, b, m, alpha), 1e-14);
    }

    private static readonly Gen<double> Alpha = Gen.Double[-6.0, 6.0].Select(e => Math.Pow(10.0, e));
    private static readonly Gen<double> Counts = Gen.Frequency((1, Gen.Const(0.0)), (3, Gen.Int[0, 60].Select(k => (double)k)), (1, Gen.Int[0, 100_000].Select(k => (double)k)));
    private static readonly Gen<double> Model = Gen.Frequency((1, Gen.Const(0.0)), (3, Gen.Double[0.0, 100.0]), (1, Gen.Double[-12.0, 6.0].Select(e => Math.Pow(10.0, e))));

    [Fact]
    public void Profile_background_is_never_negative_and_likelihood_finite()
    {
        Gen.Select(Counts, Counts, Model, Alpha).SampleFixed((o, b, m, alpha) =>
        {
            var estimate = new double[1];
            var logL = PoissonObservedPoissonBackground.LogLikelihood([o], [b], [m], alpha, estimate);
            return estimate[0] >= 0 && double.IsFinite(estimate[0]) && double.IsFinite(logL);
        });
    }

    [Theory]
    [InlineData(0, 0, 5.0, 1e12)]
    [InlineData(0, 0, 5.0, 1e-12)]
    [InlineData(1e9, 0, 1e-9, 1e-12)]
    [InlineData(0, 1e9, 1e9, 1e12)]
    [InlineData(3, 1e6, 1e8, 1e-8)]
    public void Profile_background_is_non_negative_at_extremes(double o, double b, double m, double alpha)
    {
        var estimate = new double[1];
        var logL = PoissonObservedPoissonBackground.LogLikelihood([o], [b], [m], alpha, estimate);
        Assert.True(estimate[0] >= 0, FormattableString.Invariant($"αB̂ = {estimate[0]}"));
        Assert.True(double.IsFinite(logL));
    }

    /// <summary>Joint ln[Pois(o; M + αB) · Pois(b; B)] written out independently of the code under test.</summary>
    private static double JointLogLikelihood(int o, int b, double m, double alpha, double background) =>
        TestMath.LnPoissonPmf(o, m + alpha * background) + TestMath.LnPoissonPmf(b, background);

    [Fact]
    public void Profile_background_maximises_the_joint_poisson_likelihood()
    {
        Gen.Select(Gen.Int[0, 80], Gen.Int[0, 80], Gen.Double[0.01, 100.0], Gen.Double[-2.0, 2.0].Select(e => Math.Pow(10.0, e)))
            .SampleFixed((o, b, m, alpha) =>
            {
                var estimate = new double[1];
                var profile = PoissonObservedPoissonBackground.LogLikelihood([o], [b], [m], alpha, estimate);
                var bHat = estimate[0] / alpha;
                var atHat = JointLogLikelihood(o, b, m, alpha, bHat);
                // The statistic is the joint likelihood at B̂.
                if (Math.Abs(profile - atHat) > 1e-9 * Math.Max(1.0, Math.Abs(atHat)))
                {
                    return false;
                }

                if (bHat == 0)
                {
                    return atHat >= JointLogLikelihood(o, b, m, alpha, 1e-3);
                }

                var slack = 1e-12 * Math.Max(1.0, Math.Abs(atHat));
                return atHat + slack >= JointLogLikelihood(o, b, m, alpha, bHat * (1 + 1e-3))
                    && atHat + slack >= JointLogLikelihood(o, b, m, alpha, bHat * (1 - 1e-3));
            });
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void LogLikelihood_invalid_alpha_names_it(double alpha)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonObservedPoissonBackground.LogLikelihood([1.0], [1.0], [1.0], alpha));
        Assert.Equal("alpha", ex.ParamName);
        Assert.Contains(FormattableString.Invariant($"alpha = {alpha} is invalid: it must be finite and > 0."), ex.Message);
    }

    [Fact]
    public void LogLikelihood_invalid_per_channel_alpha_names_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedPoissonBackground.LogLikelihood([1.0, 1.0], [1.0, 1.0], [1.0, 1.0], (ReadOnlySpan<double>)[1.0, 0.0]));
        Assert.Equal("alpha", ex.ParamName);
        Assert.Contains("alpha[1] = 0 is invalid: it must be finite and > 0.", ex.Message);
    }

    [Fact]
    public void LogLikelihood_per_channel_alpha_length_mismatch_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedPoissonBackground.LogLikelihood([1.0, 1.0], [1.0, 1.0], [1.0, 1.0], (ReadOnlySpan<double>)[1.0]));
        Assert.Contains("alpha has 1 elements but observedCounts has 2", ex.Message);
    }

    [Fact]
    public void LogLikelihood_negative_background_count_names_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedPoissonBackground.LogLikelihood([1.0, 1.0], [1.0, -3.0], [1.0, 1.0], 1.0));
        Assert.Equal("backgroundCounts", ex.ParamName);
        Assert.Contains("backgroundCounts[1] = -3 is invalid: counts must be finite and >= 0.", ex.Message);
    }

    [Fact]
    public void LogLikelihood_wrong_estimate_length_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedPoissonBackground.LogLikelihood([1.0, 1.0], [1.0, 1.0], [1.0, 1.0], 1.0, new double[1]));
        Assert.Equal("backgroundEstimate", ex.ParamName);
        Assert.Contains("backgroundEstimate has 1 elements but observedCounts has 2", ex.Message);
    }

    [Fact]
    public void LogLikelihood_allocates_nothing()
    {
        var o = new double[128];
        var b = new double[128];
        var m = new double[128];
        var estimate = new double[128];
        for (var i = 0; i < 128; i++)
        {
            o[i] = i % 7;
            b[i] = i % 5;
            m[i] = 0.5 + i % 3;
        }

        PoissonObservedPoissonBackground.LogLikelihood(o, b, m, 0.2, estimate);
        var before = GC.GetAllocatedBytesForCurrentThread();
        PoissonObservedPoissonBackground.LogLikelihood(o, b, m, 0.2, estimate);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
