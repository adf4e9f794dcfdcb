// Not "Astromodels.Tests.Units": a namespace ending in Units would hide the static class Units.
namespace Astromodels.Tests;

public class UnitParseTests
{
    [Theory]
    [InlineData("kev", "unknown unit 'kev'", "did you mean 'keV'?")]
    [InlineData("erg/cm2/xyzzy", "unknown unit 'xyzzy'", "(at position 8)")]
    [InlineData("mev", "unknown unit 'mev'", "did you mean 'MeV' or 'meV'?")]
    [InlineData("ergs", "unknown unit 'ergs'", "did you mean 'erg'?")]
    [InlineData("1/(cm2 kEv s)", "unknown unit 'kEv'", "did you mean 'keV'?")]
    [InlineData("Angstroem", "unknown unit 'Angstroem'", "did you mean 'Angstrom'?")]
    [InlineData("qqqqqq", "unknown unit 'qqqqqq'", "(at position 0)")]
    [InlineData("cd", "unknown unit 'cd'", "(at position 0)")]
    public void Parse_unknown_unit_names_it_and_suggests_near_misses(string text, string problem, string suggestion)
    {
        var e = Assert.Throws<UnitParseException>(() => Unit.Parse(text));

        Assert.Contains($"Cannot parse unit '{text}'", e.Message);
        Assert.Contains(problem, e.Message);
        Assert.Contains(suggestion, e.Message);
        Assert.Equal(text, e.Text);
    }

    [Fact]
    public void Parse_unknown_unit_reports_token_and_position()
    {
        var e = Assert.Throws<UnitParseException>(() => Unit.Parse("erg / (cm2 kev)"));

        Assert.Equal("kev", e.Token);
        Assert.Equal(11, e.Position);
        Assert.Equal("Cannot parse unit 'erg / (cm2 kev)': unknown unit 'kev'; did you mean 'keV'? (at position 11).", e.Message);
    }

    [Theory]
    [InlineData("erg/(cm2", "'(' is never closed; expected ')'", "(")]
    [InlineData("**2", "expected a unit, a number or '(' but found '*'", "*")]
    [InlineData("keV^", "expected a power after '^' but the string ended", "")]
    [InlineData("keV**", "expected a power after '**' but the string ended", "")]
    [InlineData("keV^x", "expected a power after '^' but found 'x'", "x")]
    [InlineData("erg/", "expected a unit, a number or '(' but the string ended", "")]
    [InlineData("erg)", "')' has no matching '('", ")")]
    [InlineData("cm2s", "unexpected 's'", "s")]
    [InlineData("keV // s", "expected a unit, a number or '(' but found '/'", "/")]
    [InlineData("keV * * s", "expected a unit, a number or '(' but found '*'", "*")]
    [InlineData("0 keV", "a scale factor must be a positive finite number", "0")]
    [InlineData("1.2.3 keV", "'1.2.3' is not a number", "1.2.3")]
    [InlineData("s^(1/0)", "a power cannot divide by zero", "0")]
    [InlineData("s^(1/2", "the power in parentheses is never closed", "(")]
    [InlineData("s^0.1234567891", "is not a simple fraction", "0.1234567891")]
    [InlineData("keV-", "unexpected '-'", "-")]
    [InlineData("keV, s", "unexpected ','", ",")]
    [InlineData("#", "found '#'", "#")]
    [InlineData("s0.5", "a power written without '^' must be an integer", ".")]
    [InlineData("erg.5", "unexpected '.'", ".")]
    [InlineData("1e400 keV", "a scale factor must be a positive finite number", "1")]
    [InlineData("km^2147483647", "the powers or the scale are too large to represent", "")]
    [InlineData("m^99999999999", "is not a simple fraction", "99999999999")]
    public void Parse_malformed_string_says_what_was_expected(string text, string problem, string token)
    {
        var e = Assert.Throws<UnitParseException>(() => Unit.Parse(text));

        Assert.Contains($"Cannot parse unit '{text}'", e.Message);
        Assert.Contains(problem, e.Message);
        Assert.Equal(token, e.Token);
        Assert.IsAssignableFrom<ArgumentException>(e);
    }

    [Fact]
    public void Parse_null_is_rejected()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Unit.Parse(null!)).ParamName);
    }

    [Theory]
    [InlineData("keV", true, "keV")]
    [InlineData("erg/cm2/s", true, "erg / (cm2 s)")]
    [InlineData("kev", false, "")]
    [InlineData("erg/(cm2", false, "")]
    [InlineData(null, false, "")]
    public void TryParse_reports_success_without_throwing(string? text, bool ok, string printed)
    {
        Assert.Equal(ok, Unit.TryParse(text, out var unit));
        Assert.Equal(printed, unit.ToString());
    }

    [Theory]
    [InlineData("keV")]
    [InlineData("MeV")]
    [InlineData("GeV")]
    [InlineData("TeV")]
    [InlineData("meV")]
    [InlineData("Hz")]
    [InlineData("mJy")]
    [InlineData("uJy")]
    [InlineData("μs")]
    [InlineData("Myr")]
    [InlineData("Gpc")]
    [InlineData("mas")]
    [InlineData("dam")]
    [InlineData("kerg")]
    public void Parse_accepts_prefixed_symbols(string text)
    {
        Assert.True(Unit.TryParse(text, out _));
    }

    [Theory]
    [InlineData("min", "time", 60)]
    [InlineData("ms", "time", 1e-3)]
    [InlineData("m", "length", 1)]
    [InlineData("mm", "length", 1e-3)]
    [InlineData("h", "time", 3600)]
    [InlineData("ph", "dimensionless", 1)]
    [InlineData("pc", "length", 3.0856775814913673e16)]
    public void Parse_prefers_exact_symbols_over_prefixed_readings(string text, string type, double si)
    {
        var unit = Unit.Parse(text);

        Assert.Equal(type, unit.PhysicalType);
        var siUnit = type switch { "time" => Units.s, "length" => Units.m, _ => Unit.Dimensionless };
        Assert.Equal(si, unit.ConversionFactorTo(siUnit), 1e-15 * si);
    }

    [Theory]
    [InlineData("KEV")]
    [InlineData("hz")]
    [InlineData("gev")]
    public void Parse_is_case_sensitive(string text)
    {
        Assert.False(Unit.TryParse(text, out _));
    }
}
