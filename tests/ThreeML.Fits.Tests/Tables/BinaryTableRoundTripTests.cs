using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Tables;

public sealed class BinaryTableRoundTripTests
{
    private static BinaryTableHdu RoundTrip(BinaryTableHdu table, FitsWriteOptions? options = null)
    {
        var file = new FitsFile();
        file.Add(table);
        FitsFile back = FitsFile.Parse(Sample.Bytes(file, options), "roundtrip.fits",
            new FitsReadOptions { VerifyChecksums = options?.WriteChecksums ?? false });
        return (BinaryTableHdu)back[1];
    }

    [Fact]
    public void Every_scalar_column_type_reads_back_identically()
    {
        double[] d = [0.0, -1.5e300, double.Epsilon, double.NaN];
        float[] f = [1.25f, float.MaxValue, -0f, float.PositiveInfinity];
        long[] k = [long.MinValue, -1, 0, long.MaxValue];
        int[] j = [int.MinValue, -7, 0, int.MaxValue];
        short[] i = [short.MinValue, -3, 0, short.MaxValue];
        byte[] b = [0, 1, 128, 255];
        ushort[] u16 = [0, 1, 32768, 65535];
        uint[] u32 = [0, 1, 2147483648, uint.MaxValue];
        bool[] l = [true, false, false, true];
        string[] a = ["", "x", "with 'quote'", "longest string"];
        BinaryTableHdu t = RoundTrip(new BinaryTableBuilder("ALL")
            .AddColumn("D", d, "keV").AddColumn("E", f).AddColumn("K", k).AddColumn("J", j).AddColumn("I", i)
            .AddColumn("B", b).AddColumn("U16", u16).AddColumn("U32", u32).AddColumn("L", l).AddColumn("A", a)
            .Build());

        Assert.Equal(d, t.ReadDoubles("D"));
        Assert.Equal("keV", t.GetColumn("D").Unit);
        Assert.Equal(f, t.ReadSingles("E"));
        Assert.Equal(k, t.ReadInt64s("K"));
        Assert.Equal(j, t.ReadInt32s("J"));
        Assert.Equal(i, t.ReadInt16s("I"));
        Assert.Equal(b, t.ReadBytes("B"));
        Assert.Equal(u16.Select(v => (long)v), t.ReadInt64s("U16"));
        Assert.Equal(u16.Select(v => (double)v), t.ReadDoubles("U16"));
        Assert.Equal(u32.Select(v => (long)v), t.ReadInt64s("U32"));
        Assert.Equal(32768.0, t.GetColumn("U16").Zero);
        Assert.Equal(l, t.ReadBools("L"));
        Assert.Equal(a, t.ReadStrings("A"));
        Assert.Equal("14A", t.GetColumn("A").TForm);
    }

    [Fact]
    public void Fixed_vector_columns_with_TDIM_read_back_as_flat_and_jagged()
    {
        double[][] rows = [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]];
        BinaryTableHdu t = RoundTrip(new BinaryTableBuilder("VEC")
            .AddArrayColumn("M", rows, dimensions: [3, 2])
            .AddArrayColumn("N", new int[][] { [1, 2], [3, 4] })
            .AddArrayColumn("S", new short[][] { [5], [6] })
            .AddArrayColumn("F", new float[][] { [0.5f, 1], [2, 3] })
            .AddArrayColumn("Q", new long[][] { [9], [10] })
            .Build());

        Assert.Equal(rows.SelectMany(r => r), t.ReadDoubles("M"));
        Assert.Equal(rows, t.ReadDoubleArrays("M"));
        Assert.Equal([3L, 2L], t.GetColumn("M").Dimensions);
        Assert.Equal("6D", t.GetColumn("M").TForm);
        Assert.Equal(new int[][] { [1, 2], [3, 4] }, t.ReadInt32Arrays("N"));
        Assert.Equal(new short[][] { [5], [6] }, t.ReadInt16Arrays("S"));
        Assert.Equal(new float[][] { [0.5f, 1], [2, 3] }, t.ReadSingleArrays("F"));
        Assert.Equal(new long[][] { [9], [10] }, t.ReadInt64Arrays("Q"));
    }

    [Fact]
    public void Variable_length_columns_read_back_through_both_accessors()
    {
        double[][] d = [[1.5, 2.5], [], [3.5, 4.5, 5.5]];
        int[][] j = [[1], [2, 3], []];
        BinaryTableHdu t = RoundTrip(new BinaryTableBuilder("VLA")
            .AddVariableLengthColumn("D", d)
            .AddVariableLengthColumn("J", j)
            .AddVariableLengthColumn("E", new float[][] { [1f], [], [2f] })
            .AddVariableLengthColumn("I", new short[][] { [], [7], [8, 9] })
            .Build());

        Assert.Equal("1PD(3)", t.GetColumn("D").TForm);
        Assert.Equal(d, t.ReadDoubleArrays("D"));
        Assert.Equal(j, t.ReadInt32Arrays("J"));
        VariableLengthArrays<double> flat = t.ReadDoubleArraysFlat("D");
        Assert.Equal([1.5, 2.5, 3.5, 4.5, 5.5], flat.Values);
        Assert.Equal([0, 2, 2, 5], flat.Offsets);
        Assert.Equal([3.5, 4.5, 5.5], flat[2].ToArray());
        Assert.Equal(d, flat.ToJagged());
        Assert.Equal(j, t.ReadInt32ArraysFlat("J").ToJagged());
        Assert.Equal(new short[][] { [], [7], [8, 9] }, t.ReadInt16Arrays("I"));
        Assert.Equal((2 + 3) * 8 + 3 * 4 + 2 * 4 + 3 * 2, t.HeapSize);
    }

    [Fact]
    public void Keywords_and_history_survive_and_checksums_verify()
    {
        BinaryTableHdu t = RoundTrip(new BinaryTableBuilder("SPECTRUM", extVer: 2)
            .AddColumn("C", [1, 2])
            .SetKeyword("EXPOSURE", 12.5, "s")
            .SetKeyword("POISSERR", true)
            .SetKeyword("TELESCOP", "GLAST")
            .SetKeyword("DETCHANS", 128L)
            .AddHistory("written by a test")
            .Build(), new FitsWriteOptions { WriteChecksums = true });

        Assert.Equal(("SPECTRUM", 2), (t.ExtName, t.ExtVer));
        Assert.Equal(12.5, t.Header.GetDouble("EXPOSURE"));
        Assert.True(t.Header.GetBool("POISSERR"));
        Assert.Equal("GLAST", t.Header.GetString("TELESCOP"));
        Assert.Equal(128, t.Header.GetInt32("DETCHANS"));
        Assert.Contains(t.Header.Cards, c => c.Key == "HISTORY" && c.ValueText == "written by a test");
        Assert.True(t.Header.Contains("CHECKSUM"));
        Assert.True(t.Header.Contains("DATASUM"));
    }

    [Fact]
    public void Empty_table_and_zero_row_columns_round_trip()
    {
        BinaryTableHdu t = RoundTrip(new BinaryTableBuilder("EMPTY").AddColumn("A", Array.Empty<double>()).Build());
        Assert.Equal(0, t.RowCount);
        Assert.Empty(t.ReadDoubles("A"));
    }
}
