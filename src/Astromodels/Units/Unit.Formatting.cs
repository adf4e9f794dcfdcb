using System.Text;

namespace Astromodels;

/// <content>Writing units as strings that <see cref="Parse"/> reads back.</content>
public sealed partial class Unit
{
    /// <summary>The unit in astropy's generic style, e.g. "erg / (cm2 s)"; the dimensionless unit is "".</summary>
    public override string ToString() => ToString(UnitFormat.Generic);

    /// <summary>The unit in the chosen style.</summary>
    /// <param name="format"><see cref="UnitFormat.Generic"/> ("1 / (cm2 keV3 s)") or <see cref="UnitFormat.Exponent"/> ("s-1 cm-2 keV-3").</param>
    /// <remarks>A numeric scale is written first in round-trip form ("1000 eV", "1e-23 / (cm2 s)"); fractional
    /// powers are written in parentheses ("s(1/2)").</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public string ToString(UnitFormat format) => format switch
    {
        UnitFormat.Generic => FormatGeneric(),
        UnitFormat.Exponent => FormatExponent(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Expected UnitFormat.Generic or UnitFormat.Exponent."),
    };

    private string FormatGeneric()
    {
        // astropy's generic format lists both sides alphabetically, ignoring case ("erg / (cm2 Hz s)").
        var numerator = Alphabetical(components.Where(c => c.Power > Rational.Zero));
        var denominator = Alphabetical(components.Where(c => c.Power < Rational.Zero).Select(c => c with { Power = -c.Power }));
        var text = new StringBuilder();
        if (!factor.IsOne)
        {
            text.Append(factor.ToString());
        }

        if (numerator.Count > 0)
        {
            AppendSeparator(text);
            AppendProduct(text, numerator);
        }
        else if (denominator.Count > 0 && factor.IsOne)
        {
            text.Append('1');
        }

        if (denominator.Count > 0)
        {
            text.Append(" / ");
            if (denominator.Count > 1)
            {
                text.Append('(');
            }

            AppendProduct(text, denominator);
            if (denominator.Count > 1)
            {
                text.Append(')');
            }
        }

        return text.ToString();
    }

    private string FormatExponent()
    {
        var sorted = components
            .OrderByDescending(c => c.Power.ToDouble())
            .ThenBy(c => c.Base.Symbol, StringComparer.Ordinal);
        var text = new StringBuilder();
        if (!factor.IsOne)
        {
            text.Append(factor.ToString());
        }

        foreach (var c in sorted)
        {
            AppendSeparator(text);
            AppendComponent(text, c);
        }

        return text.ToString();
    }

    private static List<UnitComponent> Alphabetical(IEnumerable<UnitComponent> product) => product
        .OrderBy(c => c.Base.Symbol, StringComparer.OrdinalIgnoreCase)
        .ThenBy(c => c.Base.Symbol, StringComparer.Ordinal)
        .ToList();

    private static void AppendSeparator(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }
    }

    private static void AppendProduct(StringBuilder text, List<UnitComponent> product)
    {
        for (var i = 0; i < product.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            AppendComponent(text, product[i]);
        }
    }

    private static void AppendComponent(StringBuilder text, UnitComponent c)
    {
        text.Append(c.Base.Symbol);
        if (!c.Power.IsInteger)
        {
            text.Append('(').Append(c.Power.ToString()).Append(')');
        }
        else if (c.Power != Rational.One)
        {
            text.Append(c.Power.ToString());
        }
    }
}
