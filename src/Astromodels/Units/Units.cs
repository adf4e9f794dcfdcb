namespace Astromodels;

/// <summary>The units met in spectral analysis as ready-made values: <c>10 * Units.keV</c>.</summary>
/// <remarks>Field names are the astropy symbols, hence lower-case names such as <c>keV</c>; any other unit is one
/// <see cref="Unit.Parse"/> call away.</remarks>
public static class Units
{
    /// <summary>Electronvolt, 1.602176634e-19 J (exact, SI 2019).</summary>
    public static readonly Unit eV = Unit.FromNamed(UnitRegistry.Get("eV"));

    /// <summary>Kiloelectronvolt, 1.602176634e-16 J; the canonical energy unit of the spectral kernels.</summary>
    public static readonly Unit keV = Unit.FromNamed(UnitRegistry.Get("keV"));

    /// <summary>Megaelectronvolt, 1.602176634e-13 J.</summary>
    public static readonly Unit MeV = Unit.FromNamed(UnitRegistry.Get("MeV"));

    /// <summary>Gigaelectronvolt, 1.602176634e-10 J.</summary>
    public static readonly Unit GeV = Unit.FromNamed(UnitRegistry.Get("GeV"));

    /// <summary>Teraelectronvolt, 1.602176634e-7 J.</summary>
    public static readonly Unit TeV = Unit.FromNamed(UnitRegistry.Get("TeV"));

    /// <summary>Erg, the CGS energy unit, 1e-7 J.</summary>
    public static readonly Unit erg = Unit.FromNamed(UnitRegistry.Get("erg"));

    /// <summary>Joule, the SI energy unit.</summary>
    public static readonly Unit J = Unit.FromNamed(UnitRegistry.Get("J"));

    /// <summary>Centimetre, 1e-2 m.</summary>
    public static readonly Unit cm = Unit.FromNamed(UnitRegistry.Get("cm"));

    /// <summary>Metre, the SI length unit.</summary>
    public static readonly Unit m = Unit.FromNamed(UnitRegistry.Get("m"));

    /// <summary>Kilometre, 1e3 m.</summary>
    public static readonly Unit km = Unit.FromNamed(UnitRegistry.Get("km"));

    /// <summary>Millimetre, 1e-3 m.</summary>
    public static readonly Unit mm = Unit.FromNamed(UnitRegistry.Get("mm"));

    /// <summary>Micrometre, 1e-6 m; astropy keeps "micron" as a separate symbol of the same size, and so does <see cref="Unit.Parse"/>.</summary>
    public static readonly Unit um = Unit.FromNamed(UnitRegistry.Get("um"));

    /// <summary>Nanometre, 1e-9 m.</summary>
    public static readonly Unit nm = Unit.FromNamed(UnitRegistry.Get("nm"));

    /// <summary>Ångström, 1e-10 m; also parsed from "AA".</summary>
    public static readonly Unit Angstrom = Unit.FromNamed(UnitRegistry.Get("Angstrom"));

    /// <summary>Parsec, 648000/π au = 3.0856775814913673e16 m (astropy's value).</summary>
    public static readonly Unit pc = Unit.FromNamed(UnitRegistry.Get("pc"));

    /// <summary>Kiloparsec, 1e3 pc.</summary>
    public static readonly Unit kpc = Unit.FromNamed(UnitRegistry.Get("kpc"));

    /// <summary>Megaparsec, 1e6 pc.</summary>
    public static readonly Unit Mpc = Unit.FromNamed(UnitRegistry.Get("Mpc"));

    /// <summary>Second, the SI time unit.</summary>
    public static readonly Unit s = Unit.FromNamed(UnitRegistry.Get("s"));

    /// <summary>Millisecond, 1e-3 s.</summary>
    public static readonly Unit ms = Unit.FromNamed(UnitRegistry.Get("ms"));

    /// <summary>Microsecond, 1e-6 s.</summary>
    public static readonly Unit us = Unit.FromNamed(UnitRegistry.Get("us"));

    /// <summary>Nanosecond, 1e-9 s.</summary>
    public static readonly Unit ns = Unit.FromNamed(UnitRegistry.Get("ns"));

    /// <summary>Minute, 60 s.</summary>
    public static readonly Unit min = Unit.FromNamed(UnitRegistry.Get("min"));

    /// <summary>Hour, 3600 s.</summary>
    public static readonly Unit h = Unit.FromNamed(UnitRegistry.Get("h"));

    /// <summary>Day, 86400 s; printed as "d" like astropy.</summary>
    public static readonly Unit day = Unit.FromNamed(UnitRegistry.Get("d"));

    /// <summary>Julian year, 365.25 d = 31557600 s.</summary>
    public static readonly Unit yr = Unit.FromNamed(UnitRegistry.Get("yr"));

    /// <summary>Hertz, 1/s.</summary>
    public static readonly Unit Hz = Unit.FromNamed(UnitRegistry.Get("Hz"));

    /// <summary>Kilohertz, 1e3 Hz.</summary>
    public static readonly Unit kHz = Unit.FromNamed(UnitRegistry.Get("kHz"));

    /// <summary>Megahertz, 1e6 Hz.</summary>
    public static readonly Unit MHz = Unit.FromNamed(UnitRegistry.Get("MHz"));

    /// <summary>Gigahertz, 1e9 Hz.</summary>
    public static readonly Unit GHz = Unit.FromNamed(UnitRegistry.Get("GHz"));

    /// <summary>Jansky, the spectral flux density 1e-26 W / (m2 Hz) = 1e-23 erg / (cm2 s Hz).</summary>
    public static readonly Unit Jy = Unit.FromNamed(UnitRegistry.Get("Jy"));

    /// <summary>Millijansky, 1e-3 Jy.</summary>
    public static readonly Unit mJy = Unit.FromNamed(UnitRegistry.Get("mJy"));

    /// <summary>Steradian, the solid angle rad².</summary>
    public static readonly Unit sr = Unit.FromNamed(UnitRegistry.Get("sr"));

    /// <summary>Degree of arc, π/180 rad.</summary>
    public static readonly Unit deg = Unit.FromNamed(UnitRegistry.Get("deg"));

    /// <summary>Radian; angles carry their own dimension so they do not mix with pure numbers.</summary>
    public static readonly Unit rad = Unit.FromNamed(UnitRegistry.Get("rad"));

    /// <summary>Minute of arc, 1/60 deg.</summary>
    public static readonly Unit arcmin = Unit.FromNamed(UnitRegistry.Get("arcmin"));

    /// <summary>Second of arc, 1/3600 deg.</summary>
    public static readonly Unit arcsec = Unit.FromNamed(UnitRegistry.Get("arcsec"));

    /// <summary>Photon, a dimensionless multiplier (unlike astropy) printed as "ph"; see <see cref="Unit"/>.</summary>
    public static readonly Unit photon = Unit.FromNamed(UnitRegistry.Get("ph"));

    /// <summary>Photon, the same unit as <see cref="photon"/>.</summary>
    public static readonly Unit ph = Unit.FromNamed(UnitRegistry.Get("ph"));

    /// <summary>Count, a dimensionless multiplier (unlike astropy) printed as "ct"; see <see cref="Unit"/>.</summary>
    public static readonly Unit count = Unit.FromNamed(UnitRegistry.Get("ct"));

    /// <summary>Count, the same unit as <see cref="count"/>.</summary>
    public static readonly Unit ct = Unit.FromNamed(UnitRegistry.Get("ct"));

    /// <summary>Square centimetre, the canonical area unit (effective areas).</summary>
    public static readonly Unit cm2 = Unit.FromNamed(UnitRegistry.Get("cm")).Pow(2);

    /// <summary>Square metre.</summary>
    public static readonly Unit m2 = Unit.FromNamed(UnitRegistry.Get("m")).Pow(2);

    /// <summary>Gram, 1e-3 kg.</summary>
    public static readonly Unit g = Unit.FromNamed(UnitRegistry.Get("g"));

    /// <summary>Kilogram, the SI mass unit.</summary>
    public static readonly Unit kg = Unit.FromNamed(UnitRegistry.Get("kg"));

    /// <summary>Watt, 1 J/s.</summary>
    public static readonly Unit W = Unit.FromNamed(UnitRegistry.Get("W"));

    /// <summary>The unit of pure numbers, the same as <see cref="Unit.Dimensionless"/>.</summary>
    public static readonly Unit Dimensionless = Unit.Dimensionless;
}
