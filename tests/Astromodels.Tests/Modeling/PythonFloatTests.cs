using Astromodels.Internal;
using CsCheck;

namespace Astromodels.Tests.Modeling;

public class PythonFloatTests
{
    [Theory]
    [InlineData(0.0001, "0.0001")]
    [InlineData(30.0, "30.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.0, "-2.0")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1e+20, "1e+20")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(499.99999999999994, "499.99999999999994")]
    [InlineData(-16.11809565095832, "-16.11809565095832")]
    [InlineData(1e-30, "1e-30")]
    [InlineData(1e100, "1e+100")]
    [InlineData(123.456, "123.456")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Repr_matches_python(double value, string expected) => Assert.Equal(expected, PythonFloat.Repr(value));

    [Theory]
    [InlineData(1e-30, "1.0e-30")]
    [InlineData(1e+20, "1.0e+20")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(12.56, "12.56")]
    [InlineData(double.NaN, ".nan")]
    [InlineData(double.PositiveInfinity, ".inf")]
    [InlineData(double.NegativeInfinity, "-.inf")]
    public void YamlRepr_matches_pyyaml(double value, string expected) => Assert.Equal(expected, PythonFloat.YamlRepr(value));

    [Fact]
    public void Repr_round_trips_random_doubles()
    {
        Gen.Double.SampleFixed(x =>
        {
            if (double.IsFinite(x))
            {
                Assert.Equal(x, double.Parse(PythonFloat.Repr(x), System.Globalization.CultureInfo.InvariantCulture));
            }
        }, iter: 5000);
    }
}
