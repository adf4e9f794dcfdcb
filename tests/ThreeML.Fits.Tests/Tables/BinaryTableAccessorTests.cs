using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Tables;

public sealed class BinaryTableAccessorTests
{
    private static BinaryTableHdu Table() => Sample.TableFile().GetExtension<BinaryTableHdu>("SPECTRUM");

    [Fact]
    public void Unknown_column_lists_the_columns_and_suggests_a_near_miss()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Table().ReadDoubles("COUNT"));
        Assert.Contains("has no column 'COUNT'", e.Message);
        Assert.Contains("Available: CHANNEL, COUNTS, QUALITY", e.Message);
        Assert.Contains("Did you mean 'COUNTS'?", e.Message);
    }

    [Fact]
    public void Column_lookup_is_case_insensitive()
    {
        Assert.Equal([10.5, 0.0, -3.25], Table().ReadDoubles("counts"));
    }

    [Fact]
    public void Reading_a_string_column_as_numbers_names_column_type_and_method()
    {
        var e = Assert.Throws<ArgumentException>(() => Table().ReadDoubles("NAME"));
        Assert.Contains("Column 'NAME'", e.Message);
        Assert.Contains("[SPECTRUM]", e.Message);
        Assert.Contains("ReadDoubles needs a numeric type", e.Message);
    }

    [Fact]
    public void Flat_readers_refuse_variable_length_columns()
    {
        var e = Assert.Throws<ArgumentException>(() => Table().ReadDoubles("MATRIX"));
        Assert.Contains("variable-length (1PD(3))", e.Message);
    }

    [Fact]
    public void Integer_readers_refuse_real_columns_and_narrowing_overflow()
    {
        Assert.Contains("ReadInt32s needs an integer type", Assert.Throws<ArgumentException>(() => Table().ReadInt32s("COUNTS")).Message);
        BinaryTableHdu t = new BinaryTableBuilder().AddColumn("BIG", [70000]).Build();
        Assert.Contains("outside Int16 range", Assert.Throws<ArgumentException>(() => t.ReadInt16s("BIG")).Message);
    }

    [Fact]
    public void ReadDoublesInto_fills_a_span_and_checks_its_length()
    {
        BinaryTableHdu t = Table();
        Span<double> dest = stackalloc double[6];
        t.ReadDoublesInto("VEC", dest);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], dest.ToArray());
        var e = Assert.Throws<ArgumentException>(() => t.ReadDoublesInto("VEC", new double[5]));
        Assert.Contains("3 rows x 2 = 6 values but the destination holds 5", e.Message);
    }

    [Fact]
    public void Builder_rejects_mismatched_rows_duplicate_names_and_ragged_fixed_arrays()
    {
        var builder = new BinaryTableBuilder().AddColumn("A", [1.0, 2.0]);
        Assert.Contains("has 3 rows but column 'A' has 2", Assert.Throws<ArgumentException>(() => builder.AddColumn("B", [1, 2, 3])).Message);
        Assert.Contains("already has a column named 'a'", Assert.Throws<ArgumentException>(() => builder.AddColumn("a", [1, 2])).Message);
        Assert.Contains("row 1 has 1 elements but row 0 has 2",
            Assert.Throws<ArgumentException>(() => new BinaryTableBuilder().AddArrayColumn("V", new double[][] { [1, 2], [3] })).Message);
        Assert.Contains("EXTNAME is set by the builder", Assert.Throws<ArgumentException>(() => builder.SetKeyword("EXTNAME", "X")).Message);
        Assert.Contains("printable ASCII", Assert.Throws<ArgumentException>(() => new BinaryTableBuilder().AddColumn("S", ["\u00e9"])).Message);
    }
}
