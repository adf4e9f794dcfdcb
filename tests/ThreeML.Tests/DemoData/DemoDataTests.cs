using ThreeML.Fits;
using ThreeML.Responses;
using ThreeML.Tests.Ogip;

namespace ThreeML.Tests.DemoData;

/// <summary>The demo response: its grids, its file and the physics it claims.</summary>
public class DemoDataTests : IClassFixture<DemoDataTests.Generated>
{
    private readonly InstrumentResponse _response;

    public DemoDataTests(Generated generated) => _response = generated.Response;

    [Fact]
    public void Grids_match_the_tutorial_bgo_layout()
    {
        Assert.Equal(140, _response.EnergyBinCount);
        Assert.Equal(128, _response.ChannelCount);
        Assert.Equal(100.0, _response.EnergyEdges[0], 1e-4);
        Assert.Equal(200_000.0, _response.EnergyEdges[^1], 1e-2);
        Assert.Equal(110.0, _response.ChannelEdges[0], 1e-4);
        Assert.Equal(50_000.0, _response.ChannelEdges[^1], 1e-2);
        Assert.Equal("DEMO", _response.Info.Telescope);
    }

    [Fact]
    public void Embedded_file_reads_back_as_the_generated_response_exactly()
    {
        using var stream = ThreeML.DemoData.OpenResponseStream();
        var file = FitsFile.Read(stream, "demo_bgo.rsp");

        var matrix = file.GetExtension<BinaryTableHdu>("SPECRESP MATRIX");
        Assert.Equal(128, matrix.Header.GetInt64("DETCHANS"));
        Assert.Equal(1, matrix.Header.GetInt64("TLMIN4"));
        Assert.Equal(_response.ToDenseMatrix(), ResponseWriterTests.Decompress(matrix, 128, firstChannel: 1));
        Assert.Equal(_response.EnergyEdges[..^1].ToArray(), matrix.ReadDoubles("ENERG_LO"));
        Assert.Equal(_response.ChannelEdges[1..].ToArray(), file.GetExtension<BinaryTableHdu>("EBOUNDS").ReadDoubles("E_MAX"));
    }

    [Fact]
    public void Effective_area_is_close_to_the_geometric_area_of_the_crystal()
    {
        var area = _response.EffectiveArea();
        var geometric = BgoResponseGenerator.GeometricArea;

        Assert.Equal(126.7, geometric, 0.1);
        Assert.All(area, a => Assert.True(a <= geometric, $"area {a} exceeds the geometric {geometric}"));
        Assert.InRange(area.Max(), 120, geometric);
        Assert.InRange(area[Bin(1000)], 115, geometric);
        Assert.InRange(area[Bin(10_000)], 115, geometric);
        // The 100 keV bin lies below the 110 keV threshold but for the resolution tail.
        Assert.InRange(area[0], 20, 80);
        // Above 50 MeV only the Compton continuum remains in the channels.
        Assert.True(area[Bin(100_000)] < 5);
    }

    [Fact]
    public void Full_energy_fraction_falls_with_energy()
    {
        double[] energies = [150, 300, 1000, 3000, 10_000, 30_000];
        var fractions = energies.Select(e => BgoResponseGenerator.Deposits(e)[^1]).ToArray();

        Assert.All(fractions.Zip(energies), f => Assert.Equal(f.Second, f.First.Deposit));
        for (var i = 1; i < fractions.Length; i++)
        {
            Assert.True(fractions[i].Probability < fractions[i - 1].Probability,
                $"full-energy fraction {fractions[i].Probability:F3} at {energies[i]} keV is not below {fractions[i - 1].Probability:F3} at {energies[i - 1]} keV");
        }

        Assert.InRange(fractions[0].Probability, 0.9, 1.0);
        Assert.All(energies, e => Assert.Equal(1.0, BgoResponseGenerator.Deposits(e).Sum(d => d.Probability), 1e-12));
    }

    [Fact]
    public void Escape_peaks_appear_only_above_the_pair_threshold()
    {
        var line = LineResponse(3000);
        foreach (var escape in new[] { Channel(3000 - 511), Channel(3000 - 1022) })
        {
            Assert.True(line[escape] > line[escape - 1] && line[escape] > line[escape + 1],
                $"no escape peak in channel {escape}: {line[escape - 1]:G3} {line[escape]:G3} {line[escape + 1]:G3}");
        }

        var deposits = BgoResponseGenerator.Deposits(3000);
        Assert.Contains(deposits, d => d.Deposit == 3000 - BgoAttenuation.ElectronMass && d.Probability > 0.005);
        Assert.Contains(deposits, d => d.Deposit == 3000 - 2 * BgoAttenuation.ElectronMass && d.Probability > 0);
        var below = LineResponse(900);
        var where = Channel(900 - 511);
        Assert.False(below[where] > below[where - 1] && below[where] > below[where + 1], "a peak at E − 511 keV below the pair threshold");
        Assert.DoesNotContain(BgoResponseGenerator.Deposits(900), d => d.Deposit == 900 - BgoAttenuation.ElectronMass);
    }

    [Fact]
    public void Resolution_measured_from_the_matrix_is_12_percent_fwhm_at_1_MeV()
    {
        var j = Bin(1000);
        var edges = _response.ChannelEdges;
        var e = _response.EnergyEdges;
        var centre = 0.5 * (e[j] + e[j + 1]);
        var window = 4 * BgoResponseGenerator.Sigma(centre);
        double sum = 0, mean = 0, square = 0, channelWidth = 0;
        for (var c = 0; c < _response.ChannelCount; c++)
        {
            var x = 0.5 * (edges[c] + edges[c + 1]);
            if (Math.Abs(x - centre) < window)
            {
                var w = _response[j, c];
                sum += w;
                mean += w * x;
                square += w * x * x;
                channelWidth += w * (edges[c + 1] - edges[c]);
            }
        }

        mean /= sum;
        channelWidth /= sum;
        // Remove the flat true-energy bin and the channel widths (variance w²/12 each) from the measured spread.
        var binWidth = e[j + 1] - e[j];
        var variance = square / sum - mean * mean - binWidth * binWidth / 12 - channelWidth * channelWidth / 12;
        var fwhm = 2 * Math.Sqrt(2 * Math.Log(2) * variance) / mean;

        Assert.InRange(fwhm, 0.11, 0.13);
        Assert.InRange(mean, 980, 1030);
    }

    [Fact]
    public void Attenuation_length_at_511_keV_matches_bgo()
    {
        var length = 1 / (BgoAttenuation.Density * BgoAttenuation.Total(511));
        Assert.InRange(length, 1.0, 1.15);
        Assert.Equal(0.0, BgoAttenuation.Pair(1000));
        Assert.True(BgoAttenuation.Pair(10_000) > BgoAttenuation.Compton(10_000));
    }

    [Fact]
    public void Response_path_holds_the_embedded_file_and_is_restored_when_changed_or_deleted()
    {
        using var folder = new TempFolder();
        using var stream = ThreeML.DemoData.OpenResponseStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var embedded = copy.ToArray();

        var path = ThreeML.DemoData.ExtractResponse(folder.Path);
        Assert.Equal(embedded, File.ReadAllBytes(path));
        File.WriteAllText(path, "corrupted");
        Assert.Equal(path, ThreeML.DemoData.ExtractResponse(folder.Path));
        Assert.Equal(embedded, File.ReadAllBytes(path));
        File.Delete(path);
        ThreeML.DemoData.ExtractResponse(folder.Path);
        Assert.Equal(embedded, File.ReadAllBytes(path));
        Assert.Equal(["demo_bgo.rsp"], folder.Names());

        Assert.Equal(embedded, File.ReadAllBytes(ThreeML.DemoData.ResponsePath));
        Assert.Contains("threeml-", ThreeML.DemoData.ResponsePath, StringComparison.Ordinal);
    }

    private int Bin(double energy)
    {
        var e = _response.EnergyEdges;
        var j = 0;
        while (e[j + 1] < energy)
        {
            j++;
        }

        return j;
    }

    private int Channel(double energy)
    {
        var edges = _response.ChannelEdges;
        var c = 0;
        while (edges[c + 1] < energy)
        {
            c++;
        }

        return c;
    }

    /// <summary>The channel distribution (cm²) of a monochromatic line, without the averaging over a true-energy bin.</summary>
    private double[] LineResponse(double energy)
    {
        var row = new double[_response.ChannelCount];
        BgoResponseGenerator.AddPhoton(energy, 1.0, _response.ChannelEdges, row);
        return row;
    }

    /// <summary>Generates the response once for all tests of the class.</summary>
    public sealed class Generated
    {
        public InstrumentResponse Response { get; } = ThreeML.DemoData.GenerateResponse();
    }
}
