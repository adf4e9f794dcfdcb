using System.Globalization;

// Not "Astromodels.Tests.Units": a namespace ending in Units would hide the static class Units.
namespace Astromodels.Tests;

public class QuantityTests
{
    [Fact]
    public void To_converts_value_and_keeps_target_unit()
    {
        var q = (1 * Units.keV).To(Units.erg);

        Assert.Equal(1.602176634e-9, q.Value);
        Assert.Equal(Units.erg, q.Unit);
        Assert.Equal(5e-3, (5 * Units.keV).To("MeV").Value, 1e-18);
        Assert.Equal(5e-3, (5 * Units.erg / Units.cm2 / Units.s).ValueIn("W/m2"), 1e-18);
        Assert.Equal(2.5, (2.5 * Units.keV).ValueIn(Units.keV));
    }

    [Fact]
    public void To_incompatible_unit_names_both_units_and_types()
    {
        var e = Assert.Throws<UnitConversionException>(() => (1 * Units.keV).To("cm"));

        Assert.Equal("'keV' (energy) and 'cm' (length) are not convertible.", e.Message);
    }

    [Fact]
    public void To_malformed_unit_string_is_a_parse_error()
    {
        var e = Assert.Throws<UnitParseException>(() => (1 * Units.keV).ValueIn("kev"));

        Assert.Contains("did you mean 'keV'?", e.Message);
    }

    [Theory]
    [InlineData(1, "keV", "Angstrom", 12.398419843320026)]
    [InlineData(12.398419843320026, "Angstrom", "keV", 1)]
    [InlineData(1, "keV", "Hz", 2.417989242084918e17)]
    [InlineData(2.417989242084918e17, "Hz", "eV", 1000)]
    [InlineData(1, "keV", "1/cm", 8065543.937349211)]
    [InlineData(8065543.937349211, "cm-1", "keV", 1)]
    [InlineData(1, "GHz", "cm", 29.9792458)]
    [InlineData(500, "nm", "THz", 599.584916)]
    [InlineData(3, "keV", "MeV", 3e-3)]
    [InlineData(1, "um", "1/m", 1e6)]
    public void ToSpectral_follows_E_equals_h_nu_equals_hc_over_lambda(double value, string from, string to, double expected)
    {
        // References computed with exact rational arithmetic from h = 6.62607015e-34 J s, c = 299792458 m/s.
        var q = new Quantity(value, Unit.Parse(from));

        Assert.Equal(expected, q.ValueInSpectral(Unit.Parse(to)), 4e-16 * expected);
        Assert.Equal(Unit.Parse(to), q.ToSpectral(Unit.Parse(to)).Unit);
    }

    [Theory]
    [InlineData("cm2", "keV", "'cm2' is area")]
    [InlineData("keV", "s", "'s' is time")]
    [InlineData("erg/(cm2 s)", "Hz", "'erg / (cm2 s)' is energy flux")]
    public void ToSpectral_of_non_spectral_unit_explains_why(string from, string to, string why)
    {
        var e = Assert.Throws<UnitConversionException>(() => new Quantity(1, Unit.Parse(from)).ToSpectral(Unit.Parse(to)));

        Assert.Contains("are not convertible: a spectral conversion needs energy, frequency, wavelength", e.Message);
        Assert.Contains(why, e.Message);
    }

    [Fact]
    public void Arithmetic_with_numbers_keeps_the_unit()
    {
        var q = 4 * Units.keV;

        Assert.Equal(new Quantity(8, Units.keV), q * 2);
        Assert.Equal(new Quantity(8, Units.keV), 2 * q);
        Assert.Equal(new Quantity(2, Units.keV), q / 2);
        Assert.Equal(new Quantity(-4, Units.keV), -q);
    }

    [Fact]
    public void Arithmetic_between_quantities_combines_units()
    {
        var area = 2 * Units.cm2;
        var time = 4 * Units.s;
        var flux = 16 * Units.erg / area / time;

        Assert.Equal(new Quantity(8, Units.cm2 * Units.s), area * time);
        Assert.Equal(new Quantity(0.5, Units.cm2 / Units.s), area / time);
        Assert.Equal("2 erg / (cm2 s)", flux.ToString());
        Assert.Equal(new Quantity(2, Unit.Parse("erg cm-2 s-1")), flux);
    }

    [Fact]
    public void Number_divided_by_unit_inverts_the_unit()
    {
        var rate = 5 / Units.s;

        Assert.Equal(new Quantity(5, Unit.Parse("1/s")), rate);
        Assert.Equal("5 1 / s", rate.ToString());
        Assert.Equal(5e-3, rate.ValueIn("kHz"), 1e-18);
    }

    [Fact]
    public void Addition_converts_the_right_operand_to_the_left_unit()
    {
        var sum = (1 * Units.keV) + (500 * Units.eV);
        var difference = (1 * Units.MeV) - (1 * Units.keV);

        Assert.Equal(Units.keV, sum.Unit);
        Assert.Equal(1.5, sum.Value, 1e-15);
        Assert.Equal(0.999, difference.Value, 1e-15);
        Assert.Equal(Units.MeV, difference.Unit);
    }

    [Fact]
    public void Addition_of_incompatible_units_is_refused()
    {
        var e = Assert.Throws<UnitConversionException>(() => (1 * Units.keV) + (1 * Units.s));

        Assert.Contains("'s' (time) and 'keV' (energy) are not convertible", e.Message);
        Assert.Throws<UnitConversionException>(() => (1 * Units.keV) - (1 * Units.cm));
    }

    [Fact]
    public void Comparisons_convert_units()
    {
        var oneKeV = 1 * Units.keV;

        Assert.True(oneKeV > 999 * Units.eV);
        Assert.True(oneKeV < 1001 * Units.eV);
        Assert.True(oneKeV >= 1000 * Units.eV);
        Assert.True(oneKeV <= 1000 * Units.eV);
        Assert.Equal(0, oneKeV.CompareTo(1000 * Units.eV));
        Assert.True(oneKeV.CompareTo(1 * Units.MeV) < 0);
        Assert.Throws<UnitConversionException>(() => oneKeV < 1 * Units.cm);
    }

    [Fact]
    public void Equality_is_exact_while_ordering_converts()
    {
        Assert.True(1 * Units.keV == new Quantity(1, Unit.Parse("keV")));
        Assert.False(1 * Units.keV == 1000 * Units.eV);
        Assert.True(1 * Units.keV != 1000 * Units.eV);
        Assert.Equal((1 * Units.keV).GetHashCode(), new Quantity(1, Unit.Parse("keV")).GetHashCode());
        Assert.False((1 * Units.keV).Equals("1 keV"));
    }

    [Fact]
    public void Default_quantity_is_dimensionless_zero()
    {
        var q = default(Quantity);

        Assert.Equal(0, q.Value);
        Assert.Equal(Unit.Dimensionless, q.Unit);
        Assert.Equal("0", q.ToString());
    }

    [Theory]
    [InlineData(5.6e-6, "erg/(cm2 s)", "5.6e-06 erg / (cm2 s)")]
    [InlineData(1, "keV", "1 keV")]
    [InlineData(0.1, "1/(cm2 keV s)", "0.1 1 / (cm2 keV s)")]
    [InlineData(1e23, "Hz", "1e+23 Hz")]
    [InlineData(3, "", "3")]
    public void ToString_writes_round_trip_value_and_generic_unit(double value, string unit, string expected)
    {
        Assert.Equal(expected, new Quantity(value, Unit.Parse(unit)).ToString());
    }

    [Fact]
    public void ToString_with_format_applies_format_and_provider_to_the_value_only()
    {
        var q = new Quantity(1234.5678, Units.keV);
        var comma = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        comma.NumberDecimalSeparator = ",";

        Assert.Equal("1234.57 keV", q.ToString("F2", null));
        Assert.Equal("1234,57 keV", q.ToString("F2", comma));
        Assert.Equal("1.23E+003 keV", q.ToString("E2", CultureInfo.InvariantCulture));
        Assert.Equal("1234,5678 keV", q.ToString(null, comma));
        Assert.Equal("1234.57 keV", string.Format(CultureInfo.InvariantCulture, "{0:F2}", q));
    }

    [Fact]
    public void Constructor_rejects_null_unit()
    {
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => new Quantity(1, null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => (1 * Units.keV).ValueIn((Unit)null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => (1 * Units.keV).ToSpectral(null!)).ParamName);
    }
}
