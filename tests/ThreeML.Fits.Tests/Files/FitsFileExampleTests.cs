using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Files;

/// <summary>The usage example in the FitsFile XML documentation, run as written.</summary>
public sealed class FitsFileExampleTests
{
    [Fact]
    public void Documented_example_reads_a_spectrum_and_writes_a_copy()
    {
        using var temp = new TempFolder();
        string grb = temp.File("grb.pha");
        Sample.TableFile().Write(grb);
        int[] channels = [1, 2, 3];

        FitsFile pha = FitsFile.Read(grb);
        BinaryTableHdu spectrum = pha.GetExtension<BinaryTableHdu>("SPECTRUM");
        double exposure = spectrum.Header.GetDouble("EXPOSURE");
        double[] counts = spectrum.ReadDoubles("COUNTS");

        var file = new FitsFile();
        file.Add(new BinaryTableBuilder("SPECTRUM")
            .AddColumn("CHANNEL", channels)
            .AddColumn("COUNTS", counts, "count")
            .SetKeyword("EXPOSURE", exposure, "s")
            .Build());
        file.Write(temp.File("copy.pha"), new FitsWriteOptions { WriteChecksums = true });

        BinaryTableHdu copy = FitsFile.Read(temp.File("copy.pha"), new FitsReadOptions { VerifyChecksums = true })
            .GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal(12.5, copy.Header.GetDouble("EXPOSURE"));
        Assert.Equal(counts, copy.ReadDoubles("COUNTS"));
    }
}
