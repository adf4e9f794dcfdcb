using ThreeML.Spectra;

namespace ThreeML.Tests.Spectra;

public class MeasurementSelectionTests
{
    // Five channels with edges 10, 20, 30, 40, 50, 60 keV.
    private static readonly BinnedSpectrum Spectrum = new([1, 2, 3, 4, 5], 1.0, [10, 20, 30, 40, 50, 60]);

    [Theory]
    [InlineData("15-35", 0, 2)]
    [InlineData("15 - 35", 0, 2)]
    [InlineData("20-45", 0, 3)]        // 20 keV sits on an edge: it belongs to the channel below (3ML's containing_bin)
    [InlineData("c1-c3", 1, 3)]
    [InlineData("C0-c4", 0, 4)]
    [InlineData("25-c3", 1, 3)]
    [InlineData("c1-55", 1, 4)]
    [InlineData("1.5e1-3.5e1", 0, 2)]
    [InlineData("15-1000", 0, 4)]      // beyond the last edge clamps to the last channel
    public void Strings_resolve_to_channels_as_3ML_does(string text, int first, int last)
    {
        Assert.Equal((first, last), MeasurementSelection.ParseRange(text).Resolve(Spectrum));
    }

    [Fact]
    public void Typed_ranges_match_their_string_forms()
    {
        Assert.Equal((0, 2), new EnergyRange(15, 35).Resolve(Spectrum));
        Assert.Equal((1, 3), new ChannelRange(1, 3).Resolve(Spectrum));
        Assert.Equal("c1-c3", new ChannelRange(1, 3).ToString());
        Assert.Equal("15-35.5", new EnergyRange(15, 35.5).ToString());
    }

    [Theory]
    [InlineData("100-200", "The selection '100-200' (100-200 keV) lies entirely above the last channel, which ends at 60 keV; the spectrum covers 10-60 keV.")]
    [InlineData("1-5", "The selection '1-5' (1-5 keV) lies entirely below the first channel, which starts at 10 keV; the spectrum covers 10-60 keV.")]
    public void A_band_outside_the_spectrum_says_so_in_energies(string text, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => MeasurementSelection.ParseRange(text).Resolve(Spectrum));
        Assert.Equal(message, ex.Message);
    }

    [Theory]
    [InlineData("10-20")]
    [InlineData("c3-c1")]
    [InlineData("c2-c2")]
    public void Empty_or_reversed_selections_name_the_string_and_channels(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => MeasurementSelection.ParseRange(text).Resolve(Spectrum));
        Assert.Contains($"'{text}'", ex.Message);
        Assert.Contains("empty or reversed", ex.Message);
    }

    [Fact]
    public void Channel_beyond_the_spectrum_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeasurementSelection.ParseRange("c1-c9").Resolve(Spectrum));
        Assert.Contains("channel 9, outside 0..4", ex.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("10")]
    [InlineData("10-")]
    [InlineData("c-c4")]
    [InlineData("-5-10")]
    [InlineData("10-20-30")]
    public void Malformed_strings_name_the_string_and_the_accepted_forms(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => MeasurementSelection.ParseRange(text));
        Assert.Contains($"'{text}'", ex.Message);
        Assert.Contains("emin-emax", ex.Message);
    }
}
