using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

public class TimeIntervalTests
{
    [Theory]
    [InlineData("-24--5", -24.0, -5.0)]
    [InlineData("100-200", 100.0, 200.0)]
    [InlineData("-5-10", -5.0, 10.0)]
    [InlineData(" 0.5 - 2.25 ", 0.5, 2.25)]
    [InlineData("1e-1-2e1", 0.1, 20.0)]
    [InlineData("-1.5e2--1e2", -150.0, -100.0)]
    public void Parses_3ml_syntax_with_negative_times(string text, double start, double stop)
    {
        var interval = TimeInterval.Parse(text);
        Assert.Equal(start, interval.Start);
        Assert.Equal(stop, interval.Stop);
        Assert.Equal(interval, TimeInterval.Parse(interval.ToString()));
    }

    [Theory]
    [InlineData("10")]
    [InlineData("a-b")]
    [InlineData("")]
    [InlineData("5-1")]
    public void Rejects_malformed_or_reversed_text_naming_it(string text)
    {
        var e = Assert.Throws<FormatException>(() => TimeInterval.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
    }

    [Fact]
    public void Typed_interval_requires_stop_after_start()
    {
        var e = Assert.Throws<ArgumentException>(() => new TimeInterval(3, 3));
        Assert.Contains("stop > start", e.Message);
    }
}
