using System.Reflection;

// Not "Astromodels.Tests.Units": a namespace ending in Units would hide the static class Units.
namespace Astromodels.Tests;

public class UnitsTests
{
    public static TheoryData<string, string> Fields => new()
    {
        { nameof(Units.eV), "eV" }, { nameof(Units.keV), "keV" }, { nameof(Units.MeV), "MeV" },
        { nameof(Units.GeV), "GeV" }, { nameof(Units.TeV), "TeV" }, { nameof(Units.erg), "erg" },
        { nameof(Units.J), "J" }, { nameof(Units.cm), "cm" }, { nameof(Units.m), "m" }, { nameof(Units.km), "km" },
        { nameof(Units.mm), "mm" }, { nameof(Units.um), "um" }, { nameof(Units.nm), "nm" },
        { nameof(Units.Angstrom), "Angstrom" }, { nameof(Units.pc), "pc" }, { nameof(Units.kpc), "kpc" },
        { nameof(Units.Mpc), "Mpc" }, { nameof(Units.s), "s" }, { nameof(Units.ms), "ms" }, { nameof(Units.us), "us" },
        { nameof(Units.ns), "ns" }, { nameof(Units.min), "min" }, { nameof(Units.h), "h" }, { nameof(Units.day), "d" },
        { nameof(Units.yr), "yr" }, { nameof(Units.Hz), "Hz" }, { nameof(Units.kHz), "kHz" },
        { nameof(Units.MHz), "MHz" }, { nameof(Units.GHz), "GHz" }, { nameof(Units.Jy), "Jy" },
        { nameof(Units.mJy), "mJy" }, { nameof(Units.sr), "sr" }, { nameof(Units.deg), "deg" },
        { nameof(Units.rad), "rad" }, { nameof(Units.arcmin), "arcmin" }, { nameof(Units.arcsec), "arcsec" },
        { nameof(Units.photon), "ph" }, { nameof(Units.ph), "ph" }, { nameof(Units.count), "ct" },
        { nameof(Units.ct), "ct" }, { nameof(Units.cm2), "cm2" }, { nameof(Units.m2), "m2" }, { nameof(Units.g), "g" },
        { nameof(Units.kg), "kg" }, { nameof(Units.W), "W" }, { nameof(Units.Dimensionless), "" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_prints_its_symbol_and_parses_back(string field, string symbol)
    {
        var unit = (Unit)typeof(Units).GetField(field)!.GetValue(null)!;

        Assert.Equal(symbol, unit.ToString());
        Assert.Equal(unit, Unit.Parse(symbol));
    }

    [Fact]
    public void Every_public_field_is_listed_and_readonly()
    {
        var fields = typeof(Units).GetFields(BindingFlags.Public | BindingFlags.Static);

        Assert.All(fields, f => Assert.True(f.IsInitOnly, f.Name));
        Assert.Equal(Fields.Select(row => (string)row[0]).Order(), fields.Select(f => f.Name).Order());
    }

    [Fact]
    public void Fields_have_the_expected_physical_types()
    {
        Assert.Equal("energy", Units.keV.PhysicalType);
        Assert.Equal("length", Units.Angstrom.PhysicalType);
        Assert.Equal("area", Units.cm2.PhysicalType);
        Assert.Equal("time", Units.yr.PhysicalType);
        Assert.Equal("frequency", Units.GHz.PhysicalType);
        Assert.Equal("spectral flux density", Units.mJy.PhysicalType);
        Assert.Equal("solid angle", Units.sr.PhysicalType);
        Assert.Equal("angle", Units.arcsec.PhysicalType);
        Assert.Equal("mass", Units.g.PhysicalType);
        Assert.Equal("power", Units.W.PhysicalType);
        Assert.Equal("dimensionless", Units.photon.PhysicalType);
        Assert.Equal("photon flux", (Units.ph / Units.cm2 / Units.s).PhysicalType);
        Assert.Equal("differential flux", (Units.ph / (Units.cm2 * Units.s * Units.keV)).PhysicalType);
    }

    [Fact]
    public void Fields_convert_by_exact_definitions()
    {
        Assert.Equal(1.602176634e-19, Units.eV.ConversionFactorTo(Units.J));
        Assert.Equal(1e-10, Units.Angstrom.ConversionFactorTo(Units.m));
        Assert.Equal(31557600, Units.yr.ConversionFactorTo(Units.s));
        Assert.Equal(1e-26, Units.Jy.ConversionFactorTo(Units.W / Units.m2 / Units.Hz));
        Assert.Equal(3600, Units.deg.ConversionFactorTo(Units.arcsec), 1e-12);
        Assert.Equal(1e4, Units.m2.ConversionFactorTo(Units.cm2));
        Assert.Equal(1, Units.photon.ConversionFactorTo(Units.Dimensionless));
    }
}
