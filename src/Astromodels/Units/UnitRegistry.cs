using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Astromodels;

/// <summary>The symbols the parser knows, with SI prefixes expanded on the units that accept them.</summary>
/// <remarks>
/// Prefixes follow astropy's choices for these units. Exact symbols always win over a prefixed reading,
/// so "min" is the minute, "h" the hour, "d" the day, "ph" the photon and "ms" the millisecond.
/// Constants are exact SI 2019 values: e = 1.602176634e-19 C, and astropy's definitions of the
/// Julian year (365.25 d), parsec (648000/π au) and light year (c × 1 Julian year).
/// </remarks>
internal static class UnitRegistry
{
    private static readonly ImmutableArray<(string Symbol, int Exponent)> Prefixes =
    [
        ("Y", 24), ("Z", 21), ("E", 18), ("P", 15), ("T", 12), ("G", 9), ("M", 6), ("k", 3), ("h", 2), ("da", 1),
        ("d", -1), ("c", -2), ("m", -3), ("u", -6), ("µ", -6), ("μ", -6), ("n", -9), ("p", -12), ("f", -15),
        ("a", -18), ("z", -21), ("y", -24),
    ];

    private static readonly Dimension Energy = Dimension.Of(kg: 1, m: 2, s: -2);

    /// <summary>Every accepted spelling mapped to its unit; aliases share the canonical symbol.</summary>
    public static readonly FrozenDictionary<string, NamedUnit> Symbols = Build();

    /// <summary>Looks up an exact, case-sensitive symbol.</summary>
    public static bool TryGet(string symbol, out NamedUnit unit) => Symbols.TryGetValue(symbol, out unit!);

    /// <summary>The canonical unit named by <paramref name="symbol"/>; for the static fields of <see cref="Units"/>.</summary>
    public static NamedUnit Get(string symbol) => Symbols[symbol];

    private static FrozenDictionary<string, NamedUnit> Build()
    {
        var exact = new Dictionary<string, NamedUnit>(StringComparer.Ordinal);
        var prefixable = new List<NamedUnit>();

        void Add(string symbol, double coefficient, int exponent, Dimension dimension, string description, bool prefixes, params string[] aliases)
        {
            var unit = new NamedUnit(symbol, DecimalScale.Create(coefficient, exponent), dimension, description);
            exact.Add(symbol, unit);
            foreach (var alias in aliases)
            {
                exact.Add(alias, unit);
            }

            if (prefixes)
            {
                prefixable.Add(unit);
            }
        }

        // SI base and derived units; the kilogram is defined through the gram so that prefixes compose.
        Add("m", 1, 0, Dimension.OfLength, "metre", true);
        Add("g", 1, -3, Dimension.OfMass, "gram", true);
        Add("s", 1, 0, Dimension.OfTime, "second", true, "sec", "second");
        Add("A", 1, 0, Dimension.OfCurrent, "ampere", true);
        Add("K", 1, 0, Dimension.OfTemperature, "kelvin", true);
        Add("rad", 1, 0, Dimension.OfAngle, "radian", true);
        Add("sr", 1, 0, Dimension.Of(rad: 2), "steradian", false);
        Add("Hz", 1, 0, Dimension.Of(s: -1), "hertz", true);
        Add("J", 1, 0, Energy, "joule", true);
        Add("W", 1, 0, Dimension.Of(kg: 1, m: 2, s: -3), "watt", true);
        Add("N", 1, 0, Dimension.Of(kg: 1, m: 1, s: -2), "newton", false);
        Add("C", 1, 0, Dimension.Of(a: 1, s: 1), "coulomb", false);

        // Astronomy and CGS units.
        Add("eV", PhysicalConstants.ElementaryCharge, 0, Energy, "electronvolt", true);
        Add("erg", 1, -7, Energy, "erg", true);
        Add("Jy", 1, -26, Dimension.Of(kg: 1, s: -2), "jansky", true);
        Add("barn", 1, -28, Dimension.Of(m: 2), "barn", true);
        Add("Angstrom", 1, -10, Dimension.OfLength, "angstrom", false, "AA", "angstrom", "Å");
        Add("micron", 1, -6, Dimension.OfLength, "micron", false);
        Add("au", 1.495978707, 11, Dimension.OfLength, "astronomical unit", false, "AU");
        Add("pc", 3.0856775814913673, 16, Dimension.OfLength, "parsec", true, "parsec");
        Add("lyr", 9.4607304725808, 15, Dimension.OfLength, "light year", false, "lightyear");
        Add("min", 6, 1, Dimension.OfTime, "minute", false, "minute");
        Add("h", 3.6, 3, Dimension.OfTime, "hour", false, "hour", "hr");
        Add("d", 8.64, 4, Dimension.OfTime, "day", false, "day");
        Add("yr", 3.15576, 7, Dimension.OfTime, "Julian year", true, "year");
        Add("deg", Math.PI / 180, 0, Dimension.OfAngle, "degree", false, "degree");
        Add("arcmin", Math.PI / 10800, 0, Dimension.OfAngle, "arc minute", false, "arcminute");
        Add("arcsec", Math.PI / 648000, 0, Dimension.OfAngle, "arc second", false, "arcsecond");
        Add("mas", Math.PI / 648000, -3, Dimension.OfAngle, "milliarcsecond", false);

        // Photons and counts are pure numbers here (unlike astropy, where the photon is a base unit).
        Add("ph", 1, 0, Dimension.None, "photon", false, "photon", "photons");
        Add("ct", 1, 0, Dimension.None, "count", false, "count", "counts");

        var all = new Dictionary<string, NamedUnit>(exact, StringComparer.Ordinal);
        foreach (var unit in prefixable)
        {
            foreach (var (prefix, exponent) in Prefixes)
            {
                var symbol = prefix + unit.Symbol;
                if (exact.ContainsKey(symbol))
                {
                    continue;
                }

                // µ and μ spell the same micro prefix; the ASCII "u" is the printed form.
                var canonical = prefix is "µ" or "μ" ? "u" + unit.Symbol : symbol;
                var prefixed = all.TryGetValue(canonical, out var known)
                    ? known
                    : new NamedUnit(canonical, unit.Scale * DecimalScale.Create(1, exponent), unit.Dimension, prefix + "-" + unit.Description);
                if (!all.TryAdd(symbol, prefixed) && !ReferenceEquals(all[symbol], prefixed))
                {
                    throw new InvalidOperationException($"Ambiguous unit symbol '{symbol}' in the unit table.");
                }
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
