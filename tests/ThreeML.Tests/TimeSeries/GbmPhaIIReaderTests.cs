using ThreeML.Ogip;
using ThreeML.Tests.TestSupport;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

public class GbmPhaIIReaderTests
{
    internal const string CspecFile = "data/ogip/glg_cspec_n3_bn080916009_v01.pha";

    internal static string Cspec => SharedData.Data("ogip/glg_cspec_n3_bn080916009_v01.pha");

    // Values below were read with astropy 5.2.1 (python3-astropy) outside CI:
    // fits.open(...)['SPECTRUM'].data, TRIGTIME from the primary header, TIME/ENDTIME minus TRIGTIME.
    [RequiresSharedDataFact(CspecFile)]
    public void Reads_the_real_cspec_file_leaving_out_the_negative_exposure_row_by_name()
    {
        var series = GbmPhaIIReader.Read(Cspec);
        Assert.Equal(1858, series.BinCount);
        Assert.Equal(128, series.ChannelCount);
        Assert.Equal(243216766.613542, series.ReferenceTime);
        Assert.Equal(-4001.25577196, series.Starts[0], 6);
        Assert.Equal(-3997.15977198, series.Stops[0], 6);
        Assert.Equal(3514.767956018448, series.Stops[^1], 6);
        Assert.Equal([5.0, 27, 30, 39, 43], series.CountsOf(0)[..5].ToArray());
        var warning = Assert.Single(series.Warnings);
        Assert.Contains("row 1146", warning);
        Assert.Contains("EXPOSURE = -0.0144027", warning);
    }

    [RequiresSharedDataFact(CspecFile)]
    public void Channel_edges_come_from_ebounds()
    {
        var series = GbmPhaIIReader.Read(Cspec);
        Assert.Equal(129, series.ChannelEdges.Length);
        for (var i = 1; i < series.ChannelEdges.Length; i++)
        {
            Assert.True(series.ChannelEdges[i] > series.ChannelEdges[i - 1]);
        }
    }

    [Fact]
    public void A_file_without_spectrum_extension_is_a_typed_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no_spectrum_{Guid.NewGuid():N}.fits");
        var file = new ThreeML.Fits.FitsFile();
        file.Add(ThreeML.Fits.ImageHdu.CreateEmpty());
        file.Add(new ThreeML.Fits.BinaryTableBuilder("EBOUNDS").AddColumn("E_MIN", new[] { 1.0 }).AddColumn("E_MAX", new[] { 2.0 }).Build());
        file.Write(path);
        try
        {
            var e = Assert.Throws<OgipFormatException>(() => GbmPhaIIReader.Read(path));
            Assert.Contains("SPECTRUM", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
