using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Responses;

namespace ThreeML.Tests.Ogip;

public class ResponseWriterTests
{
    [Fact]
    public void Double_precision_round_trip_reproduces_the_dense_matrix_exactly()
    {
        var response = GappyResponse(new Random(3), 60, 40);
        using var folder = new TempFolder();
        var path = folder.File("r.rsp");

        ResponseWriter.Write(path, response, new ResponseWriteOptions { DoublePrecision = true });

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("SPECRESP MATRIX");
        Assert.Equal(response.ToDenseMatrix(), Decompress(table, response.ChannelCount, firstChannel: 1));
        Assert.Equal(response.EnergyEdges[..^1].ToArray(), table.ReadDoubles("ENERG_LO"));
        Assert.Equal(response.EnergyEdges[1..].ToArray(), table.ReadDoubles("ENERG_HI"));
    }

    [Fact]
    public void Single_precision_round_trip_reproduces_the_matrix_rounded_to_float()
    {
        var response = GappyResponse(new Random(4), 30, 20);
        var file = ResponseWriter.ToFits(response);
        var table = (BinaryTableHdu)file[1];

        var dense = response.ToDenseMatrix();
        var read = Decompress(table, 20, firstChannel: 1);
        for (var j = 0; j < 30; j++)
        {
            for (var c = 0; c < 20; c++)
            {
                Assert.Equal((double)(float)dense[j, c], read[j, c]);
            }
        }

        Assert.StartsWith("1PE", table.GetColumn("MATRIX").TForm, StringComparison.Ordinal);
        Assert.Equal('E', table.GetColumn("ENERG_LO").TForm[^1]);
    }

    [Fact]
    public void Groups_are_the_runs_of_non_zero_elements()
    {
        double[,] matrix =
        {
            { 0, 1, 2, 0, 0, 3 },
            { 0, 0, 0, 0, 0, 0 },
            { 4, 0, 5, 6, 0, 0 },
        };
        var response = InstrumentResponse.FromMatrix(matrix, [1, 2, 3, 4], [1, 2, 3, 4, 5, 6, 7]);
        var table = (BinaryTableHdu)ResponseWriter.ToFits(response)[1];

        Assert.Equal([2, 0, 2], table.ReadInt32s("N_GRP"));
        var first = table.ReadInt32Arrays("F_CHAN");
        var count = table.ReadInt32Arrays("N_CHAN");
        Assert.Equal([2, 6], first[0]);
        Assert.Equal([2, 1], count[0]);
        Assert.Equal([1, 3], first[2]);
        Assert.Equal([1, 2], count[2]);
        Assert.Empty(table.ReadDoubleArrays("MATRIX")[1]);
        Assert.Equal([4.0, 5, 6], table.ReadDoubleArrays("MATRIX")[2]);
        Assert.Equal("2J", table.GetColumn("F_CHAN").TForm);
        Assert.Equal(4, table.Header.GetInt64("NUMGRP"));
        Assert.Equal(6, table.Header.GetInt64("NUMELT"));
    }

    [Fact]
    public void More_groups_than_the_fixed_limit_use_variable_length_channel_columns()
    {
        var channels = 2 * (ResponseWriter.MaxFixedGroups + 2);
        var matrix = new double[2, channels];
        for (var c = 0; c < channels; c += 2)
        {
            matrix[0, c] = c + 1;
        }

        matrix[1, 3] = 7;
        var edges = Enumerable.Range(1, channels + 1).Select(i => (double)i).ToArray();
        var response = InstrumentResponse.FromMatrix(matrix, [1, 2, 3], edges);
        var table = (BinaryTableHdu)ResponseWriter.ToFits(response, new ResponseWriteOptions { DoublePrecision = true })[1];

        Assert.True(table.GetColumn("F_CHAN").IsVariableLength);
        Assert.True(table.GetColumn("N_CHAN").IsVariableLength);
        Assert.Equal([channels / 2, 1], table.ReadInt32s("N_GRP"));
        Assert.Equal(matrix, Decompress(table, channels, firstChannel: 1));
    }

    [Fact]
    public void Headers_follow_the_ogip_response_conventions()
    {
        var response = InstrumentResponse.FromMatrix(new double[,] { { 1, 2 }, { 0, 3 }, { 4, 0 } }, [10, 20, 30, 40], [5, 15, 35],
            new ResponseInfo("GLAST", "GBM", CoverageStart: 10, CoverageStop: 20));
        var file = ResponseWriter.ToFits(response, new ResponseWriteOptions { ChannelType = "PHA" });

        var matrix = file.GetExtension<BinaryTableHdu>("SPECRESP MATRIX");
        var h = matrix.Header;
        Assert.Equal(1, matrix.Index);
        Assert.Equal(["ENERG_LO", "ENERG_HI", "N_GRP", "F_CHAN", "N_CHAN", "MATRIX"], matrix.Columns.Select(c => c.Name));
        Assert.Equal("OGIP", h.GetString("HDUCLASS"));
        Assert.Equal("RESPONSE", h.GetString("HDUCLAS1"));
        Assert.Equal("RSP_MATRIX", h.GetString("HDUCLAS2"));
        Assert.Equal("FULL", h.GetString("HDUCLAS3"));
        Assert.Equal("1.3.0", h.GetString("HDUVERS"));
        Assert.Equal("PHA", h.GetString("CHANTYPE"));
        Assert.Equal("GLAST", h.GetString("TELESCOP"));
        Assert.Equal("GBM", h.GetString("INSTRUME"));
        Assert.Equal(2, h.GetInt64("DETCHANS"));
        Assert.Equal(1, h.GetInt64("TLMIN4"));
        Assert.Equal(2, h.GetInt64("TLMAX4"));
        Assert.Equal(0.0, h.GetDouble("LO_THRES"));
        Assert.Equal(10.0, h.GetDouble("TSTART"));
        Assert.Equal(20.0, h.GetDouble("TSTOP"));
        Assert.Equal("keV", matrix.GetColumn("ENERG_LO").Unit);
        Assert.False(h.Contains("DATE"));

        var ebounds = file.GetExtension<BinaryTableHdu>("EBOUNDS");
        Assert.Equal("EBOUNDS", ebounds.Header.GetString("HDUCLAS2"));
        Assert.Equal(2, ebounds.Header.GetInt64("DETCHANS"));
        Assert.Equal([1, 2], ebounds.ReadInt32s("CHANNEL"));
        Assert.Equal([5.0, 15], ebounds.ReadDoubles("E_MIN"));
        Assert.Equal([15.0, 35], ebounds.ReadDoubles("E_MAX"));
    }

    [Fact]
    public void Channels_numbered_from_zero_shift_f_chan_and_tlmin()
    {
        var response = InstrumentResponse.FromMatrix(new double[,] { { 0, 2, 0 } }, [1, 2], [1, 2, 3, 4]);
        var file = ResponseWriter.ToFits(response, new ResponseWriteOptions { FirstChannel = 0 });

        var matrix = file.GetExtension<BinaryTableHdu>("SPECRESP MATRIX");
        Assert.Equal(0, matrix.Header.GetInt64("TLMIN4"));
        Assert.Equal([1], matrix.ReadInt32Arrays("F_CHAN")[0]);
        Assert.Equal([0, 1, 2], file.GetExtension<BinaryTableHdu>("EBOUNDS").ReadInt32s("CHANNEL"));
    }

    [Fact]
    public void First_channel_other_than_zero_or_one_is_rejected()
    {
        var response = InstrumentResponse.Diagonal([1, 2, 3]);
        var e = Assert.Throws<ArgumentException>(() => ResponseWriter.ToFits(response, new ResponseWriteOptions { FirstChannel = 2 }));
        Assert.Contains("FirstChannel = 2", e.Message);
    }

    [Fact]
    public void Existing_file_is_refused_and_left_untouched_unless_overwrite_is_true()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.rsp");
        File.WriteAllText(path, "precious");
        var response = InstrumentResponse.Diagonal([1, 2, 3]);

        var e = Assert.Throws<IOException>(() => ResponseWriter.Write(path, response));
        Assert.Contains("already exists", e.Message);
        Assert.Contains("overwrite: true", e.Message);
        Assert.Equal("precious", File.ReadAllText(path));

        ResponseWriter.Write(path, response, overwrite: true);
        Assert.Equal(2, FitsFile.Read(path).GetExtension<BinaryTableHdu>("SPECRESP MATRIX").RowCount);
        Assert.Equal(["r.rsp"], folder.Names());
    }

    /// <summary>Expands N_GRP/F_CHAN/N_CHAN/MATRIX into [energyBin, channel], as a reader does.</summary>
    internal static double[,] Decompress(BinaryTableHdu table, int channels, int firstChannel)
    {
        var groups = table.ReadInt32s("N_GRP");
        var first = table.ReadInt32Arrays("F_CHAN");
        var count = table.ReadInt32Arrays("N_CHAN");
        var values = table.ReadDoubleArrays("MATRIX");
        var dense = new double[table.RowCount, channels];
        for (var j = 0; j < table.RowCount; j++)
        {
            var k = 0;
            for (var g = 0; g < groups[j]; g++)
            {
                for (var i = 0; i < count[j][g]; i++)
                {
                    dense[j, first[j][g] - firstChannel + i] = values[j][k++];
                }
            }

            Assert.Equal(values[j].Length, k);
        }

        return dense;
    }

    /// <summary>A banded random response with zero gaps inside the bands and some empty rows.</summary>
    private static InstrumentResponse GappyResponse(Random random, int energyBins, int channels)
    {
        var matrix = new double[energyBins, channels];
        for (var j = 0; j < energyBins; j++)
        {
            if (j % 7 == 3)
            {
                continue;
            }

            var start = random.Next(channels);
            var end = Math.Min(channels, start + random.Next(1, 12));
            for (var c = start; c < end; c++)
            {
                matrix[j, c] = random.NextDouble() < 0.2 ? 0 : random.NextDouble() * 100;
            }
        }

        var e = Enumerable.Range(0, energyBins + 1).Select(i => 10.0 * Math.Pow(1.05, i)).ToArray();
        var ch = Enumerable.Range(0, channels + 1).Select(i => 8.0 * Math.Pow(1.07, i)).ToArray();
        return InstrumentResponse.FromMatrix(matrix, e, ch);
    }
}
