// Not "Astromodels.Tests.Units": a namespace ending in Units would hide the static class Units.
namespace Astromodels.Tests;

public class UnitTests
{
    // Independent references: exact SI 2019 definitions and CGS/SI relations, written as literals.
    [Theory]
    [InlineData("keV", "erg", 1.602176634e-9)]
    [InlineData("keV", "J", 1.602176634e-16)]
    [InlineData("keV", "MeV", 1e-3)]
    [InlineData("MeV", "keV", 1e3)]
    [InlineData("GeV", "TeV", 1e-3)]
    [InlineData("erg/cm2/s", "W/m2", 1e-3)]
    [InlineData("erg / (cm2 s)", "W m-2", 1e-3)]
    [InlineData("Jy", "erg/(s cm2 Hz)", 1e-23)]
    [InlineData("mJy", "Jy", 1e-3)]
    [InlineData("1/(cm2 s)", "1/(m2 s)", 1e4)]
    [InlineData("ph/(cm2 s)", "1/(cm2 s)", 1)]
    [InlineData("counts/s", "Hz", 1)]
    [InlineData("1 / (cm2 keV s)", "1/(m2 J s)", 1e4 / 1.602176634e-16)]
    [InlineData("Angstrom", "nm", 0.1)]
    [InlineData("AA", "m", 1e-10)]
    [InlineData("micron", "um", 1)]
    [InlineData("µm", "m", 1e-6)]
    [InlineData("km", "cm", 1e5)]
    [InlineData("kpc", "pc", 1e3)]
    [InlineData("Mpc", "m", 3.0856775814913673e22)]
    [InlineData("min", "s", 60)]
    [InlineData("h", "min", 60)]
    [InlineData("day", "h", 24)]
    [InlineData("d", "s", 86400)]
    [InlineData("yr", "d", 365.25)]
    [InlineData("ms", "s", 1e-3)]
    [InlineData("us", "ns", 1e3)]
    [InlineData("kHz", "Hz", 1e3)]
    [InlineData("GHz", "MHz", 1e3)]
    [InlineData("kg", "g", 1e3)]
    [InlineData("W", "erg/s", 1e7)]
    [InlineData("deg", "arcmin", 60)]
    [InlineData("arcmin", "arcsec", 60)]
    [InlineData("deg", "rad", 0.017453292519943295)]
    [InlineData("sr", "rad2", 1)]
    [InlineData("deg2", "sr", 3.0461741978670860e-4)]
    [InlineData("mrad", "rad", 1e-3)]
    [InlineData("cm**2", "m2", 1e-4)]
    [InlineData("keV^-1", "1/eV", 1e-3)]
    [InlineData("keV^(-1)", "eV-1", 1e-3)]
    [InlineData("keV ** -1", "eV^-1", 1e-3)]
    [InlineData("m^(1/2)", "cm(1/2)", 10)]
    [InlineData("m^0.5", "cm**(0.5)", 10)]
    [InlineData("1e-3 erg", "erg", 1e-3)]
    [InlineData("10**-3 erg", "erg", 1e-3)]
    [InlineData("10^3 eV", "keV", 1)]
    [InlineData("1000 eV", "keV", 1)]
    [InlineData("2keV", "keV", 2)]
    [InlineData("1e-3erg", "erg", 1e-3)]
    [InlineData("1eV", "eV", 1)]
    [InlineData("erg*s", "erg.s", 1)]
    [InlineData("erg*s", "J s", 1e-7)]
    [InlineData("  keV   cm2  ", "keV*cm**2", 1)]
    [InlineData("", "dimensionless", 1)]
    [InlineData("1", "", 1)]
    [InlineData("10", "", 10)]
    [InlineData("barn", "cm2", 1e-24)]
    [InlineData("lyr", "m", 9.4607304725808e15)]
    [InlineData("au", "m", 1.495978707e11)]
    public void ConversionFactorTo_matches_independent_constants(string from, string to, double expected)
    {
        var factor = Unit.Parse(from).ConversionFactorTo(Unit.Parse(to));

        Assert.Equal(expected, factor, 1e-15 * Math.Abs(expected));
    }

    [Fact]
    public void ConversionFactorTo_keV_to_erg_is_the_exact_decimal()
    {
        Assert.Equal(1.602176634e-9, Unit.Parse("keV").ConversionFactorTo(Unit.Parse("erg")));
        Assert.Equal(1e-3, Unit.Parse("erg/cm2/s").ConversionFactorTo(Unit.Parse("W/m2")));
        Assert.Equal(1e-23, Unit.Parse("Jy").ConversionFactorTo(Unit.Parse("erg/(s cm2 Hz)")));
    }

    [Fact]
    public void ConversionFactorTo_incompatible_units_names_both_units_and_types()
    {
        var e = Assert.Throws<UnitConversionException>(() => Unit.Parse("keV").ConversionFactorTo(Unit.Parse("cm")));

        Assert.Equal("'keV' (energy) and 'cm' (length) are not convertible.", e.Message);
        Assert.Equal("keV", e.From.ToString());
        Assert.Equal("cm", e.To.ToString());
    }

    [Fact]
    public void ConversionFactorTo_angle_to_pure_number_is_refused()
    {
        var e = Assert.Throws<UnitConversionException>(() => Units.deg.ConversionFactorTo(Unit.Dimensionless));

        Assert.Contains("'deg' (angle) and '' (dimensionless)", e.Message);
    }

    [Fact]
    public void Division_is_left_associative()
    {
        Assert.Equal(Unit.Parse("erg / (cm2 s)"), Unit.Parse("erg/cm2/s"));
        Assert.Equal(Unit.Parse("erg cm-2 s-1"), Unit.Parse("erg/cm2/s"));
        Assert.Equal(Unit.Parse("erg s"), Unit.Parse("erg/(cm2/s)/cm-2"));
    }

    [Theory]
    [InlineData("1/(cm2 keV3 s)", "1 / (cm2 keV3 s)", "s-1 cm-2 keV-3")]
    [InlineData("1 / (cm2 keV s)", "1 / (cm2 keV s)", "keV-1 s-1 cm-2")]
    [InlineData("erg/cm2/s", "erg / (cm2 s)", "erg s-1 cm-2")]
    [InlineData("erg2/(cm2 s)", "erg2 / (cm2 s)", "erg2 s-1 cm-2")]
    [InlineData("keV", "keV", "keV")]
    [InlineData("1/keV", "1 / keV", "keV-1")]
    [InlineData("ph/(cm2 s keV)", "ph / (cm2 keV s)", "ph keV-1 s-1 cm-2")]
    [InlineData("photon cm-2 s-1", "ph / (cm2 s)", "ph s-1 cm-2")]
    [InlineData("Jy", "Jy", "Jy")]
    [InlineData("erg/(s cm2 Hz)", "erg / (cm2 Hz s)", "erg Hz-1 s-1 cm-2")]
    [InlineData("keV cm2", "cm2 keV", "cm2 keV")]
    [InlineData("s erg", "erg s", "erg s")]
    [InlineData("Hz erg", "erg Hz", "Hz erg")]
    [InlineData("1000 eV", "1000 eV", "1000 eV")]
    [InlineData("1e-23 / (cm2 s)", "1e-23 / (cm2 s)", "1e-23 s-1 cm-2")]
    [InlineData("s^(1/2)", "s(1/2)", "s(1/2)")]
    [InlineData("s^-0.5 m", "m / s(1/2)", "m s(-1/2)")]
    [InlineData("", "", "")]
    [InlineData("dimensionless", "", "")]
    [InlineData("micron", "micron", "micron")]
    [InlineData("µs", "us", "us")]
    [InlineData("day", "d", "d")]
    [InlineData("counts", "ct", "ct")]
    [InlineData("AA", "Angstrom", "Angstrom")]
    public void ToString_matches_astropy_styles(string text, string generic, string exponent)
    {
        var unit = Unit.Parse(text);

        Assert.Equal(generic, unit.ToString());
        Assert.Equal(generic, unit.ToString(UnitFormat.Generic));
        Assert.Equal(exponent, unit.ToString(UnitFormat.Exponent));
        Assert.Equal(unit, Unit.Parse(generic));
        Assert.Equal(unit, Unit.Parse(exponent));
    }

    [Fact]
    public void ToString_undefined_format_is_rejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Units.keV.ToString((UnitFormat)7));

        Assert.Contains("UnitFormat.Generic or UnitFormat.Exponent", e.Message);
    }

    [Theory]
    [InlineData("", "dimensionless")]
    [InlineData("ph", "dimensionless")]
    [InlineData("keV", "energy")]
    [InlineData("erg", "energy")]
    [InlineData("cm", "length")]
    [InlineData("Angstrom", "length")]
    [InlineData("cm2", "area")]
    [InlineData("s", "time")]
    [InlineData("Hz", "frequency")]
    [InlineData("ct/s", "frequency")]
    [InlineData("kg", "mass")]
    [InlineData("erg/s", "power")]
    [InlineData("deg", "angle")]
    [InlineData("sr", "solid angle")]
    [InlineData("arcmin2", "solid angle")]
    [InlineData("Jy", "spectral flux density")]
    [InlineData("1/(cm2 s)", "photon flux")]
    [InlineData("ph/(cm2 s)", "photon flux")]
    [InlineData("erg/(cm2 s)", "energy flux")]
    [InlineData("W/m2", "energy flux")]
    [InlineData("erg2/(cm2 s)", "energy squared flux")]
    [InlineData("keV2/(cm2 s keV)", "energy flux")]
    [InlineData("1/(cm2 keV s)", "differential flux")]
    [InlineData("km/s", "velocity")]
    [InlineData("1/cm", "wavenumber")]
    [InlineData("keV cm", "unknown")]
    public void PhysicalType_names_the_dimension(string text, string expected)
    {
        Assert.Equal(expected, Unit.Parse(text).PhysicalType);
    }

    [Fact]
    public void Equality_is_structural_and_order_independent()
    {
        Assert.Equal(Unit.Parse("cm2 s"), Unit.Parse("s cm2"));
        Assert.Equal(Unit.Parse("cm2 s").GetHashCode(), Unit.Parse("s cm2").GetHashCode());
        Assert.Equal(Unit.Parse("photon"), Unit.Parse("ph"));
        Assert.True(Unit.Parse("cm cm") == Unit.Parse("cm2"));
        Assert.NotEqual(Unit.Parse("keV"), Unit.Parse("1000 eV"));
        Assert.True(Unit.Parse("keV") != Unit.Parse("1000 eV"));
        Assert.False(Unit.Parse("keV").Equals((object?)null));
    }

    [Fact]
    public void Equivalent_compares_dimension_and_scale()
    {
        Assert.True(Unit.Parse("keV").Equivalent(Unit.Parse("1000 eV")));
        Assert.True(Unit.Parse("erg/cm2/s").Equivalent(Unit.Parse("1e-3 W/m2")));
        Assert.False(Unit.Parse("keV").Equivalent(Unit.Parse("eV")));
        Assert.False(Unit.Parse("keV").Equivalent(Unit.Parse("cm")));
    }

    [Fact]
    public void Operators_combine_components()
    {
        var flux = Units.erg / Units.cm2 / Units.s;

        Assert.Equal("erg / (cm2 s)", flux.ToString());
        Assert.Equal("erg2 / (cm2 s)", (flux * Units.erg).ToString());
        Assert.Equal("cm2", (Units.cm * Units.cm).ToString());
        Assert.Equal("", (Units.keV / Units.keV).ToString());
        Assert.True((Units.keV / Units.keV).IsDimensionless);
        Assert.Equal(Units.keV * Units.s, Units.keV.Multiply(Units.s));
        Assert.Equal(Units.keV / Units.s, Units.keV.Divide(Units.s));
    }

    [Fact]
    public void Pow_raises_every_component()
    {
        Assert.Equal("1 / (cm4 s2)", Unit.Parse("1/(cm2 s)").Pow(2).ToString());
        Assert.Equal("cm s(1/2)", Unit.Parse("cm2 s").Pow(0.5).ToString());
        Assert.Equal(Unit.Dimensionless, Units.keV.Pow(0));
        Assert.Equal(Units.keV, Units.keV.Pow(1.0 / 3).Pow(3));
        Assert.Equal(1e-3, Unit.Parse("10**-3").ConversionFactorTo(Unit.Dimensionless), 1e-18);
    }

    [Theory]
    [InlineData(double.NaN, "finite")]
    [InlineData(0.1234567891, "simple fraction")]
    [InlineData(1e300, "2147483647")]
    public void Pow_rejects_unrepresentable_powers(double power, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Units.keV.Pow(power));

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Pow_beyond_the_scale_range_overflows()
    {
        Assert.Throws<OverflowException>(() => Units.km.Pow(int.MaxValue));
        Assert.Equal("deg2000", Units.deg.Pow(2000).ToString());
        Assert.Equal(1, Units.deg.Pow(2000).ConversionFactorTo(Units.deg.Pow(1000).Pow(2)), 1e-9);
    }

    [Fact]
    public void Dimensionless_prints_empty_and_is_dimensionless()
    {
        Assert.Equal("", Unit.Dimensionless.ToString());
        Assert.True(Unit.Dimensionless.IsDimensionless);
        Assert.True(Unit.Parse("ph ct").IsDimensionless);
        Assert.False(Units.keV.IsDimensionless);
        Assert.True(Unit.Parse("ph/(cm2 s)").IsConvertibleTo(Unit.Parse("1/(cm2 s)")));
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Units.keV.IsConvertibleTo(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Units.keV.ConversionFactorTo(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Units.keV.Equivalent(null!)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => Units.keV * null!).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => null! / Units.keV).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => 2.0 / (Unit)null!).ParamName);
    }
}
