using ThreeML.Results;

namespace ThreeML.Tests.Results;

public class UncertaintyFormatterTests
{
    // Expected strings from 3ML's uncertainty_formatter with Python uncertainties 3.1.6 (the tutorial's first five
    // shapes, an asymmetric interval and the tutorial's flux values).
    [Theory]
    [InlineData(4.5e-8, 4.1e-8, 4.9e-8, "(4.5 +/- 0.4) x 10^-8")]
    [InlineData(1.13e-7, 8.7e-8, 1.4e-7, "(1.13 -0.26 +0.27) x 10^-7")]
    [InlineData(518.3, 503.1, 532.2, "(5.18 -0.15 +0.14) x 10^2")]
    [InlineData(200.13, 199.95, 200.32, "(2.0013 -0.0018 +0.0019) x 10^2")]
    [InlineData(-1.5005, -1.501, -1.5, "-1.5005 +/- 0.0005")]
    [InlineData(1.0, 0.99, 91.0, "(0.1000 -0.0010 +9) x 10")]
    [InlineData(2.0654165302561176, 1.8964285540774903, 2.258351181083906, "2.07 -0.17 +0.19")]
    [InlineData(0.007246983827522666, 0.007231956504681066, 0.007261898656460714, "(7.247 +/- 0.015) x 10^-3")]
    [InlineData(123456.0, 123000.0, 124000.0, "(1.235 +/- 0.005) x 10^5")]
    [InlineData(3.0, 2.0, 4.0, "3.0 +/- 1.0")]
    [InlineData(0.96, 0.0, 1.96, "1.0 +/- 1.0")]
    public void Matches_3ML_notation(double value, double low, double high, string expected)
    {
        Assert.Equal(expected, UncertaintyFormatter.FormatInterval(value, low, high));
    }
}
