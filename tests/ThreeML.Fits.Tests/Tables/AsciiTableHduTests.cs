using System.Text;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Tables;

public sealed class AsciiTableHduTests
{
    private static AsciiTableHdu Table(string row1, string row2, params string[] extra)
    {
        byte[] header = FitsBytes.Header([
            "XTENSION= 'TABLE   '", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                   40", "NAXIS2  =                    2", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                    5",
            "TTYPE1  = 'NAME'", "TFORM1  = 'A6'", "TBCOL1  =                    1",
            "TTYPE2  = 'COUNT'", "TFORM2  = 'I5'", "TBCOL2  =                    8",
            "TTYPE3  = 'FIXED'", "TFORM3  = 'F8.2'", "TBCOL3  =                   14",
            "TTYPE4  = 'EXP'", "TFORM4  = 'E9.2'", "TBCOL4  =                   23",
            "TTYPE5  = 'DEXP'", "TFORM5  = 'D8.1'", "TBCOL5  =                   33", "TUNIT5  = 'keV'",
            "EXTNAME = 'ASCII'", .. extra]);
        byte[] data = Encoding.ASCII.GetBytes(row1.PadRight(40) + row2.PadRight(40));
        return FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data(data)), "ascii.fits")
            .GetExtension<AsciiTableHdu>("ASCII");
    }

    //                  1234567890123456789012345678901234567890
    private const string Row1 = "alpha     42    3.25  1.50E+02  2.5D-01";
    private const string Row2 = "beta     -7      1234             -1.0D0";

    [Fact]
    public void Aw_Iw_Fw_d_Ew_d_Dw_d_fields_decode_with_implied_decimals_and_blanks_as_NaN()
    {
        AsciiTableHdu t = Table(Row1, Row2);
        Assert.Equal(["alpha", "beta"], t.ReadStrings("NAME"));
        Assert.Equal([42.0, -7.0], t.ReadDoubles("COUNT"));
        Assert.Equal([3.25, 12.34], t.ReadDoubles("FIXED"));
        double[] exp = t.ReadDoubles("EXP");
        Assert.Equal(150.0, exp[0]);
        Assert.True(double.IsNaN(exp[1]));
        Assert.Equal([0.25, -1.0], t.ReadDoubles("DEXP"));
        Assert.Equal("keV", t.GetColumn("DEXP").Unit);
        Assert.Equal((22, 9, 2), (t.GetColumn("EXP").Start, t.GetColumn("EXP").Width, t.GetColumn("EXP").Decimals));
    }

    [Fact]
    public void TNULL_and_TSCAL_apply_to_ascii_columns()
    {
        AsciiTableHdu t = Table(Row1, Row2, "TNULL2  = '-7'", "TSCAL2  =                  2.0", "TZERO2  =                  1.0");
        double[] counts = t.ReadDoubles("COUNT");
        Assert.Equal(85.0, counts[0]);
        Assert.True(double.IsNaN(counts[1]));
    }

    [Fact]
    public void A_non_numeric_field_names_column_and_row()
    {
        AsciiTableHdu t = Table(Row1, "beta     x7");
        var e = Assert.Throws<FitsFormatException>(() => t.ReadDoubles("COUNT"));
        Assert.Equal(("COUNT", 1L), (e.Column, e.Row));
        Assert.Contains("[ASCII] column 'COUNT' row 2: field \"x7\" is not a valid I5 number", e.Message);
        Assert.Contains("use ReadStrings", Assert.Throws<ArgumentException>(() => t.ReadDoubles("NAME")).Message);
        Assert.Contains("Did you mean 'FIXED'", Assert.Throws<KeyNotFoundException>(() => t.GetColumn("FIXD")).Message);
    }

    [Fact]
    public void A_field_beyond_the_row_is_a_format_error()
    {
        byte[] header = FitsBytes.Header(
            "XTENSION= 'TABLE   '", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                   10", "NAXIS2  =                    1", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                    1",
            "TTYPE1  = 'WIDE'", "TFORM1  = 'A8'", "TBCOL1  =                    5");
        var e = Assert.Throws<FitsFormatException>(() =>
            FitsFile.Parse(FitsBytes.Concat(FitsBytes.EmptyPrimary(), header, FitsBytes.Data(new byte[10])), "ascii.fits"));
        Assert.Contains("TBCOL1 = 5 with width 8 (A8) does not fit in rows of NAXIS1 = 10", e.Message);
        Assert.Equal("WIDE", e.Column);
    }
}
