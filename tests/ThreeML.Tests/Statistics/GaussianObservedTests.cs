using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class GaussianObservedTests
{
    [Fact]
    public void LogLikelihood_is_minus_half_chi2_skipping_zero_errors()
    {
        // ((1 − 2)/0.5)² = 4; σ = 0 skipped; ((3 − 1)/2)² = 1 ⇒ χ² = 5, ln L = −2.5.
        var perChannel = new double[3];
        var total = GaussianObserved.LogLikelihood([1.0, 2.0, 3.0], [0.5, 0.0, 2.0], [2.0, 100.0, 1.0], perChannel);
        Assert.Equal(-2.5, total, 15);
        Assert.Equal([-2.0, 0.0, -0.5], perChannel);
    }

    [Fact]
    public void LogLikelihood_accepts_negative_observed_values() =>
        Assert.Equal(-0.5, GaussianObserved.LogLikelihood([-1.0], [1.0], [0.0]), 15);

    [Fact]
    public void LogLikelihood_negative_error_names_index_and_value()
    {
        var ex = Assert.Throws<ArgumentException>(() => GaussianObserved.LogLikelihood([1.0, 1.0], [1.0, -2.0], [1.0, 1.0]));
        Assert.Equal("errors", ex.ParamName);
        Assert.Contains("errors[1] = -2 is invalid: errors must be finite and >= 0.", ex.Message);
    }

    [Fact]
    public void LogLikelihood_non_finite_observed_value_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GaussianObserved.LogLikelihood([double.NaN], [1.0], [1.0]));
        Assert.Equal("observed", ex.ParamName);
        Assert.Contains("observed[0] = NaN is invalid: it must be finite.", ex.Message);
    }

    [Fact]
    public void LogLikelihood_mismatched_lengths_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GaussianObserved.LogLikelihood([1.0], [1.0, 1.0], [1.0]));
        Assert.Contains("errors has 2 elements but observed has 1", ex.Message);
    }
}
