using Astromodels;
using ThreeML.Results;

namespace ThreeML.Tests.Results;

public sealed class SequenceColumnTests
{
    [Fact]
    public void The_values_are_copied_and_the_unit_is_parsed()
    {
        double[] values = [1.0, 2.0];
        var column = new SequenceColumn("FLUX", values, "erg/cm2/s");
        values[0] = 99.0;
        Assert.Equal([1.0, 2.0], column.Values);
        Assert.Equal(Unit.Parse("erg / (cm2 s)"), column.Unit);
        Assert.Equal("FLUX (2 values, erg / (cm2 s))", column.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("dimensionless")]
    public void A_unit_that_means_no_unit_is_null(string unit) => Assert.Null(new SequenceColumn("X", [1.0], unit).Unit);

    [Fact]
    public void Columns_with_the_same_name_values_and_unit_are_equal_NaN_included()
    {
        Assert.Equal(new SequenceColumn("X", [1.0, double.NaN], "s"), new SequenceColumn("X", [1.0, double.NaN], "s"));
        Assert.NotEqual(new SequenceColumn("X", [1.0, 2.0], "s"), new SequenceColumn("X", [1.0, 2.0], "ms"));
        Assert.NotEqual(new SequenceColumn("X", [1.0, 2.0]), new SequenceColumn("X", [1.0, 2.5]));
    }

    [Fact]
    public void An_unparsable_unit_is_refused_with_the_parser_message()
    {
        var e = Assert.Throws<ArgumentException>(() => new SequenceColumn("VALUE", [1.0], "kev"));
        Assert.StartsWith("Sequence column 'VALUE': Cannot parse unit 'kev': unknown unit 'kev'; did you mean 'keV'?", e.Message);
        Assert.Equal("unit", e.ParamName);
        Assert.IsType<UnitParseException>(e.InnerException);
    }

    [Theory]
    [InlineData("", "Sequence column name is empty; give a name such as \"time\".")]
    [InlineData("  ", "Sequence column name is empty; give a name such as \"time\".")]
    [InlineData("T\u00e9", "Sequence column name 'T\u00e9' has character U+00E9 at 1; FITS names hold printable ASCII only.")]
    [InlineData("TSTART ", "Sequence column name 'TSTART ' starts or ends with a space; FITS ignores trailing spaces, so the name would not read back.")]
    public void A_bad_name_is_refused(string name, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new SequenceColumn(name, [1.0]));
        Assert.Equal(message + " (Parameter 'name')", e.Message);
    }

    [Fact]
    public void Null_values_are_refused() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => new SequenceColumn("X", null!)).ParamName);
}
