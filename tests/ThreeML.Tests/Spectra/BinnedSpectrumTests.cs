using ThreeML.Spectra;

namespace ThreeML.Tests.Spectra;

public class BinnedSpectrumTests
{
    [Fact]
    public void Poisson_spectrum_keeps_counts_and_metadata()
    {
        var s = new BinnedSpectrum([3, 0, 7], 200.0, [10, 20, 40, 80], scaleFactor: 0.5, telescope: "GLAST", instrument: "GBM");
        Assert.True(s.IsPoisson);
        Assert.False(s.HasCountErrors);
        Assert.Equal(10.0, s.TotalCounts);
        Assert.Equal(3, s.ChannelCount);
        Assert.True(s.IsGood(1));
        Assert.Equal("GBM", s.Instrument);
    }

    [Theory]
    [InlineData(5.0, 0)]
    [InlineData(10.0, 0)]
    [InlineData(10.5, 0)]
    [InlineData(20.0, 0)]
    [InlineData(20.1, 1)]
    [InlineData(80.0, 2)]
    [InlineData(1e9, 3)]
    public void Containing_channel_follows_numpy_searchsorted_left(double energy, int expected)
    {
        var s = new BinnedSpectrum([1, 1, 1], 1.0, [10, 20, 40, 80]);
        Assert.Equal(expected, s.ContainingChannel(energy));
    }

    [Fact]
    public void Invalid_spectra_are_rejected_with_the_channel_and_value()
    {
        Assert.Contains("Channel 1: Poisson counts must be non-negative integers (got -1)", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1, -1], 1, [1, 2, 3])).Message);
        Assert.Contains("got 1.5", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1, 1.5], 1, [1, 2, 3])).Message);
        Assert.Contains("2 channels need 3 edges but 2", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1, 1], 1, [1, 2])).Message);
        Assert.Contains("exposure must be positive", Assert.Throws<ArgumentOutOfRangeException>(() => new BinnedSpectrum([1], 0, [1, 2])).Message);
        Assert.Contains("non-decreasing", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1, 1], 1, [1, 3, 2])).Message);
        Assert.Contains("need count errors", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1.5], 1, [1, 2], isPoisson: false)).Message);
        Assert.Contains("2 channels but 1 values in countErrors", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1.5, 2], 1, [1, 2, 3], countErrors: [1])).Message);
        Assert.Contains("1 quality flags", Assert.Throws<ArgumentException>(() => new BinnedSpectrum([1, 2], 1, [1, 2, 3], quality: [ChannelQuality.Good])).Message);
    }

    [Fact]
    public void Gaussian_spectrum_may_have_negative_counts()
    {
        var s = new BinnedSpectrum([-1.5, 2.25], 1, [1, 2, 3], countErrors: [1, 2]);
        Assert.False(s.IsPoisson);
        Assert.Equal([1.0, 2.0], s.CountErrors.ToArray());
    }

    [Fact]
    public void With_counts_keeps_everything_else()
    {
        var s = new BinnedSpectrum([1, 2], 5, [1, 2, 3], quality: [ChannelQuality.Good, ChannelQuality.Warn], scaleFactor: 2);
        var t = s.WithCounts([4, 5], exposure: 10);
        Assert.Equal([4.0, 5.0], t.Counts.ToArray());
        Assert.Equal(10, t.Exposure);
        Assert.Equal(2, t.ScaleFactor);
        Assert.True(t.IsWarn(1));
    }
}
