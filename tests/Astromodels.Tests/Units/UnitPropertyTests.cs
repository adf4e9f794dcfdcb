using CsCheck;

// Not "Astromodels.Tests.Units": a namespace ending in Units would hide the static class Units.
namespace Astromodels.Tests;

public class UnitPropertyTests
{
    // Interchangeable symbols per dimension, so a random product can be rewritten in other units of the same dimension.
    private static readonly string[][] Groups =
    [
        ["eV", "keV", "MeV", "erg", "J", "GeV"],
        ["cm", "m", "km", "Angstrom", "pc", "um"],
        ["s", "ms", "h", "yr", "d", "min"],
        ["Hz", "kHz", "GHz"],
        ["deg", "rad", "arcsec", "arcmin"],
        ["Jy", "mJy"],
        ["g", "kg"],
        ["ph", "ct", "photon"],
        ["sr"],
        ["W"],
    ];

    private static readonly Gen<(Unit A, Unit B)> PairOfEquivalentDimension =
        Gen.Select(Gen.Int[0, Groups.Length - 1], Gen.Int[0, 5], Gen.Int[0, 5], Gen.Int[-4, 4])
            .Select(t =>
            {
                var group = Groups[t.Item1];
                var a = Unit.Parse(group[t.Item2 % group.Length]).Pow(t.Item4);
                var b = Unit.Parse(group[t.Item3 % group.Length]).Pow(t.Item4);
                return (A: a, B: b);
            })
            .Array[1, 5]
            .Select(factors => factors.Aggregate(
                (A: Unit.Dimensionless, B: Unit.Dimensionless),
                (acc, f) => (acc.A * f.A, acc.B * f.B)));

    [Fact]
    public void Parse_of_ToString_gives_an_equal_unit_in_both_formats()
    {
        PairOfEquivalentDimension.SampleFixed(pair =>
        {
            foreach (var unit in new[] { pair.A, pair.B })
            {
                var generic = Unit.Parse(unit.ToString());
                var exponent = Unit.Parse(unit.ToString(UnitFormat.Exponent));
                Assert.Equal(unit, generic);
                Assert.Equal(unit, exponent);
                Assert.True(unit.Equivalent(generic), unit.ToString());
            }
        }, iter: 2000);
    }

    [Fact]
    public void Conversion_there_and_back_multiplies_to_one()
    {
        PairOfEquivalentDimension.SampleFixed(pair =>
        {
            Assert.True(pair.A.IsConvertibleTo(pair.B), $"{pair.A} -> {pair.B}");
            var roundTrip = pair.A.ConversionFactorTo(pair.B) * pair.B.ConversionFactorTo(pair.A);
            Assert.True(Math.Abs(roundTrip - 1) <= 1e-14, $"{pair.A} -> {pair.B}: {roundTrip:R}");
        }, iter: 2000);
    }

    [Fact]
    public void Scaled_units_round_trip_through_their_text()
    {
        Gen.Select(Gen.Double[1e-30, 1e30], Gen.Int[0, Groups.Length - 1], Gen.Int[-3, 3])
            .SampleFixed(t =>
            {
                var unit = Unit.Parse(t.Item1.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                    * Unit.Parse(Groups[t.Item2][0]).Pow(t.Item3);
                var again = Unit.Parse(unit.ToString());
                Assert.True(unit.Equivalent(again), $"{unit} vs {again}");
            }, iter: 2000);
    }
}
