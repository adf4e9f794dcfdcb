using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class PoissonObservedIdealBackgroundTests
{
    [Fact]
    public void LogLikelihood_is_poisson_with_model_plus_background()
    {
        // o = 3, M + B = 0.5 + 1.5 = 2: 3 ln 2 − 2 − ln 6 = 2.0794415416798357 − 2 − 1.791759469228055 = −1.7123179275482192.
        // o = 0, M + B = 1 + 2 = 3: −3.
        var perChannel = new double[2];
        var total = PoissonObservedIdealBackground.LogLikelihood([3.0, 0.0], [1.5, 2.0], [0.5, 1.0], perChannel);
        TestMath.Close(-1.7123179275482192, perChannel[0]);
        TestMath.Close(-3.0, perChannel[1]);
        TestMath.Close(-4.712317927548219, total);
    }

    [Fact]
    public void LogLikelihood_zero_background_equals_no_background_statistic()
    {
        double[] o = [0, 2, 7];
        double[] m = [0.1, 2.5, 6.0];
        TestMath.Close(
            PoissonObservedNoBackground.LogLikelihood(o, m),
            PoissonObservedIdealBackground.LogLikelihood(o, [0.0, 0.0, 0.0], m),
            1e-15);
    }

    [Fact]
    public void LogLikelihood_negative_background_names_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedIdealBackground.LogLikelihood([1.0], [-0.5], [1.0]));
        Assert.Equal("expectedBackground", ex.ParamName);
        Assert.Contains("expectedBackground[0] = -0.5 is invalid", ex.Message);
    }

    [Fact]
    public void LogLikelihood_mismatched_background_length_throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PoissonObservedIdealBackground.LogLikelihood([1.0, 1.0], [1.0], [1.0, 1.0]));
        Assert.Contains("expectedBackground has 1 elements but observedCounts has 2", ex.Message);
    }
}
