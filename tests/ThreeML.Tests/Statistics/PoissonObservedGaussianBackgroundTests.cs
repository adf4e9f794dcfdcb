using CsCheck;
using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class PoissonObservedGaussianBackgroundTests
{
    // o = 4, B = 2, σ = 1, M = 1: (B + M)² − 2σ²(B + M − 2o) + σ⁴ = 9 + 10 + 1 = 20,
    // b̂ = ½(√20 + 2 − 1 − 1) = √5 = 2.23606797749979, b̂ + M = 1 + √5.
    // ln L = −(√5 − 2)²/2 + 4 ln(1 + √5) − (1 + √5) − ln 24 − ½ ln 2π − ln 1 = −2.6634883635746336.
    private const double HandBackground = 2.23606797749979;
    private const double HandLogLikelihood = -2.6634883635746336;

    [Fact]
    public void LogLikelihood_hand_case_matches_closed_form()
    {
        var estimate = new double[1];
        var total = PoissonObservedGaussianBackground.LogLikelihood([4.0], [2.0], [1.0], [1.0], 1.0, estimate);
        TestMath.Close(HandLogLikelihood, total, 1e-13);
        TestMath.Close(HandBackground, estimate[0], 1e-13);
    }

    [Fact]
    public void LogLikelihood_scales_background_and_error_by_alpha()
    {
        // b = 1, σ_b = 0.5, α = 2 ⇒ B = 2, σ = 1: the hand case above.
        var estimate = new double[1];
        var total = PoissonObservedGaussianBackground.LogLikelihood([4.0], [1.0], [0.5], [1.0], 2.0, estimate);
        TestMath.Close(HandLogLikelihood, total, 1e-13);
        TestMath.Close(HandBackground, estimate[0], 1e-13);
    }

    [Fact]
    public void LogLikelihood_zero_background_is_plain_poisson_with_zero_estimate()
    {
        // b = 0 (σ = 1 or 0): 3 ln 2 − 2 − ln 6 = −1.7123179275482192 per channel.
        var estimate = new double[] { -1, -1 };
        var total = PoissonObservedGaussianBackground.LogLikelihood([3.0, 3.0], [0.0, 0.0], [1.0, 0.0], [2.0, 2.0], 1.0, estimate);
        TestMath.Close(2 * -1.7123179275482192, total, 1e-13);
        Assert.Equal([0.0, 0.0], estimate);
    }

    [Fact]
    public void LogLikelihood_zero_counts_with_large_error_gives_finite_value_and_unclipped_estimate()
    {
        // o = 0, B = 1, σ = 2, M = 0.5: B + M − σ² < 0 ⇒ b̂ + M = 0, b̂ = −0.5 (3ML does not clip);
        // ln L = −(−0.5 − 1)²/(2·4) − 0 − 0 − ½ ln 2π − ln 2 = −0.28125 − 0.9189385332046727 − 0.6931471805599453.
        var estimate = new double[1];
        var total = PoissonObservedGaussianBackground.LogLikelihood([0.0], [1.0], [2.0], [0.5], 1.0, estimate);
        TestMath.Close(-0.28125 - 0.9189385332046727 - 0.6931471805599453, total, 1e-13);
        TestMath.Close(-0.5, estimate[0], 1e-13);
    }

    [Fact]
    public void Profile_background_maximises_the_joint_gaussian_poisson_likelihood()
    {
        Gen.Select(Gen.Int[0, 60], Gen.Double[0.5, 80.0], Gen.Double[0.1, 10.0], Gen.Double[0.01, 60.0])
            .SampleFixed((o, b, sigma, m) =>
            {
                var estimate = new double[1];
                var profile = PoissonObservedGaussianBackground.LogLikelihood([o], [b], [sigma], [m], 1.0, estimate);
                var bHat = estimate[0];
                double Joint(double x) => TestMath.LnNormalPdf(x, b, sigma) + TestMath.LnPoissonPmf(o, x + m);
                var atHat = Joint(bHat);
                var slack = 1e-11 * Math.Max(1.0, Math.Abs(atHat));
                var delta = 1e-3 * Math.Max(Math.Abs(bHat), 1e-3);
                return Math.Abs(profile - atHat) <= 1e-9 * Math.Max(1.0, Math.Abs(atHat))
                    && atHat + slack >= Joint(bHat + delta)
                    && (bHat - delta + m <= 0 || atHat + slack >= Joint(bHat - delta));
            });
    }

    [Fact]
    public void LogLikelihood_zero_error_with_background_counts_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedGaussianBackground.LogLikelihood([1.0], [2.0], [0.0], [1.0]));
        Assert.Equal("backgroundErrors", ex.ParamName);
        Assert.Contains("backgroundErrors[0] = 0 but the background has 2 counts there", ex.Message);
    }

    [Fact]
    public void LogLikelihood_negative_error_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedGaussianBackground.LogLikelihood([1.0], [2.0], [-1.0], [1.0]));
        Assert.Contains("backgroundErrors[0] = -1 is invalid: errors must be finite and >= 0.", ex.Message);
    }

    [Fact]
    public void LogLikelihood_invalid_alpha_throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonObservedGaussianBackground.LogLikelihood([1.0], [2.0], [1.0], [1.0], -2.0));
        Assert.Contains("alpha = -2 is invalid", ex.Message);
    }

    [Fact]
    public void LogLikelihood_mismatched_error_length_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedGaussianBackground.LogLikelihood([1.0], [2.0], [1.0, 1.0], [1.0]));
        Assert.Contains("backgroundErrors has 2 elements but observedCounts has 1", ex.Message);
    }

    [Fact]
    public void LogLikelihood_wrong_output_lengths_throw()
    {
        var estimate = Assert.Throws<ArgumentException>(() =>
            PoissonObservedGaussianBackground.LogLikelihood([1.0], [2.0], [1.0], [1.0], 1.0, new double[2]));
        Assert.Equal("backgroundEstimate", estimate.ParamName);
        Assert.Contains("backgroundEstimate has 2 elements but observedCounts has 1", estimate.Message);

        var perChannel = Assert.Throws<ArgumentException>(() =>
            PoissonObservedGaussianBackground.LogLikelihood([1.0], [2.0], [1.0], [1.0], perChannel: new double[3]));
        Assert.Contains("perChannel has 3 elements but observedCounts has 1", perChannel.Message);
    }
}
