using ThreeML.Statistics;

namespace ThreeML.Tests.Statistics;

public class LogFactorialTests
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.0)]
    [InlineData(5, 4.787491742782046)] // ln 120
    [InlineData(10, 15.104412573075516)] // ln 3628800
    public void Of_small_integers_matches_hand_values(double n, double expected) =>
        TestMath.Close(expected, LogFactorial.Of(n), 1e-14);

    [Theory]
    [InlineData(170)]
    [InlineData(1023)] // last table entry
    [InlineData(1024)] // first value computed by ln Gamma
    [InlineData(5000)]
    public void Of_integers_matches_sum_of_logs(int n) =>
        TestMath.Close(TestMath.LnFactorial(n), LogFactorial.Of(n), 1e-13);

    [Fact]
    public void Of_half_integer_is_ln_gamma()
    {
        // ln Γ(1.5) = ln(√π / 2).
        TestMath.Close(Math.Log(Math.Sqrt(Math.PI) / 2), LogFactorial.Of(0.5), 1e-14);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Of_invalid_argument_throws_with_value(double n)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LogFactorial.Of(n));
        Assert.Equal("n", ex.ParamName);
        Assert.Contains("must be finite and >= 0", ex.Message);
    }
}
