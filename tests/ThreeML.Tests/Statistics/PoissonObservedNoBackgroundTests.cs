using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class PoissonObservedNoBackgroundTests
{
    [Fact]
    public void LogLikelihood_hand_case_matches_closed_form()
    {
        double[] o = [0, 1, 2, 3];
        double[] m = [0.5, 1, 2, 1.5];
        // o ln M − M − ln o! per channel:
        //   o=0: −0.5 (xlogy(0, M) = 0)
        //   o=1, M=1: 0 − 1 − 0 = −1
        //   o=2, M=2: 2 ln 2 − 2 − ln 2 = ln 2 − 2 = −1.306852819440055
        //   o=3, M=1.5: 3 ln 1.5 − 1.5 − ln 6 = 1.216395324324493 − 3.291759469228055 = −2.075364144903562
        // total = −4.882216964343616
        var perChannel = new double[4];
        var total = PoissonObservedNoBackground.LogLikelihood(o, m, perChannel);
        TestMath.Close(-4.882216964343616, total);
        TestMath.Close(-0.5, perChannel[0]);
        TestMath.Close(-1.0, perChannel[1]);
        TestMath.Close(-1.306852819440055, perChannel[2]);
        TestMath.Close(-2.075364144903562, perChannel[3]);
    }

    [Fact]
    public void LogLikelihood_zero_counts_zero_model_contributes_zero() =>
        Assert.Equal(0.0, PoissonObservedNoBackground.LogLikelihood([0.0], [0.0]));

    [Fact]
    public void LogLikelihood_counts_with_zero_model_is_minus_infinity() =>
        Assert.Equal(double.NegativeInfinity, PoissonObservedNoBackground.LogLikelihood([0.0, 2.0], [1.0, 0.0]));

    [Fact]
    public void LogLikelihood_equals_sum_of_independent_poisson_pmfs()
    {
        int[] counts = [0, 4, 17, 250, 1500];
        double[] model = [0.3, 5.5, 12.25, 260.0, 1499.5];
        var expected = 0.0;
        for (var i = 0; i < counts.Length; i++)
        {
            expected += TestMath.LnPoissonPmf(counts[i], model[i]);
        }

        var o = Array.ConvertAll(counts, c => (double)c);
        TestMath.Close(expected, PoissonObservedNoBackground.LogLikelihood(o, model), 1e-12);
    }

    [Fact]
    public void LogLikelihood_mismatched_lengths_names_both_arguments()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedNoBackground.LogLikelihood([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0]));
        Assert.Equal("modelCounts", ex.ParamName);
        Assert.Contains("modelCounts has 3 elements but observedCounts has 4", ex.Message);
    }

    [Fact]
    public void LogLikelihood_wrong_per_channel_length_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedNoBackground.LogLikelihood([1.0, 2.0], [1.0, 2.0], new double[3]));
        Assert.Equal("perChannel", ex.ParamName);
        Assert.Contains("perChannel has 3 elements but observedCounts has 2", ex.Message);
    }

    [Theory]
    [InlineData(-1.0, "observedCounts[1] = -1 is invalid: counts must be finite and >= 0.")]
    [InlineData(double.NaN, "observedCounts[1] = NaN is invalid")]
    public void LogLikelihood_invalid_count_names_index_and_value(double bad, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedNoBackground.LogLikelihood([1.0, bad], [1.0, 1.0]));
        Assert.Equal("observedCounts", ex.ParamName);
        Assert.Contains(message, ex.Message);
    }
}
