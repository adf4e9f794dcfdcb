using ThreeML.Ogip;
using ThreeML.Spectra;

namespace ThreeML.Tests.Ogip;

public partial class PhaSpectrumTests
{
    [Fact]
    public void Synthetic_spectrum_reads_every_field_written()
    {
        using var folder = new TempFolder();
        var written = new SyntheticPha();
        var pha = PhaSpectrum.Read(written.Write(folder.File("s.pha")));
        Assert.Equal(written.Counts, pha.Counts.ToArray());
        Assert.Equal([ChannelQuality.Good, ChannelQuality.Good, ChannelQuality.Good, ChannelQuality.Good, ChannelQuality.Good, ChannelQuality.Warn, ChannelQuality.Bad, ChannelQuality.Good], pha.Quality.ToArray());
        Assert.Equal(written.Grouping, pha.Grouping.ToArray());
        Assert.Equal((10.0, 1.0, 1.0), (pha.Exposure, pha.ScaleFactor, pha.AreaScale));
        Assert.Equal((100.0, 110.0), (pha.TStart, pha.TStop));
        Assert.Equal(folder.File("test.rsp"), pha.ResponseFile);
        Assert.Null(pha.BackgroundFile);
        Assert.Null(pha.AncillaryFile);
        Assert.Equal(("TEST", "DET", "PHA"), (pha.Telescope, pha.Instrument, pha.ChannelType));
    }

    [Fact]
    public void Rate_column_is_multiplied_by_the_exposure()
    {
        using var folder = new TempFolder();
        var written = new SyntheticPha { AsRate = true }.Set("EXPOSURE", 3.7);
        var pha = PhaSpectrum.Read(written.Write(folder.File("r.pha")));
        Assert.True(pha.StoredAsRate);
        Assert.Equal(written.Counts, pha.Counts.ToArray());
    }

    [Fact]
    public void Gaussian_rates_convert_their_errors_to_counts()
    {
        using var folder = new TempFolder();
        var written = new SyntheticPha { AsRate = true, Counts = [1.5, 2, 3, 4, 5, 6, 7, 8], StatErr = [1, 1, 1, 1, 2, 2, 2, 2] }.Set("POISSERR", false).Set("EXPOSURE", 2.0);
        var pha = PhaSpectrum.Read(written.Write(folder.File("g.pha")));
        Assert.False(pha.IsPoisson);
        Assert.Equal([2.0, 2, 2, 2, 4, 4, 4, 4], pha.CountErrors.ToArray());
        Assert.Equal(1.5, pha.Counts[0]);
    }

    [Fact]
    public void Conversions_carry_the_spectrum_into_the_plugin_data_model()
    {
        using var folder = new TempFolder();
        var pha = PhaSpectrum.Read(new SyntheticPha().Write(folder.File("c.pha")));
        var response = OgipResponse.Read(new SyntheticRsp().Write(folder.File("test.rsp")));
        var dispersed = pha.ToBinnedSpectrum(response);
        Assert.Same(response, dispersed.Response);
        Assert.Equal(pha.Counts.ToArray(), dispersed.Counts.ToArray());
        Assert.Equal(pha.Grouping.ToArray(), dispersed.Grouping.ToArray());
        var plain = pha.ToBinnedSpectrum(response.ChannelEdges);
        Assert.Equal(10.0, plain.Exposure);
        Assert.Throws<ArgumentException>(() => pha.ToBinnedSpectrum([1.0, 2.0]));
    }
}
