using System.Globalization;

namespace Astromodels.Internal;

/// <summary>Formats doubles as Python's <c>repr(float)</c> does, so tables and model files read like 3ML's.</summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>repr</c>: shortest round-trip digits, ".0" on integral values, scientific notation with a
    /// signed two-digit exponent when the decimal exponent is below −4 or at least 16 ("1e-05", "1e+20", "30.0").</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (negative, digits, exponent) = Decompose(value);
        var sign = negative ? "-" : "";
        if (exponent < -4 || exponent >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            var e = exponent < 0 ? "-" + (-exponent).ToString("00", CultureInfo.InvariantCulture) : "+" + exponent.ToString("00", CultureInfo.InvariantCulture);
            return $"{sign}{mantissa}e{e}";
        }

        if (exponent < 0)
        {
            return $"{sign}0.{new string('0', -exponent - 1)}{digits}";
        }

        if (digits.Length <= exponent + 1)
        {
            return $"{sign}{digits}{new string('0', exponent + 1 - digits.Length)}.0";
        }

        return $"{sign}{digits[..(exponent + 1)]}.{digits[(exponent + 1)..]}";
    }

    /// <summary>PyYAML's float style: <see cref="Repr"/> in lower case with ".0" added to a bare mantissa ("1.0e-30"),
    /// and ".inf", "-.inf", ".nan" for the special values.</summary>
    public static string YamlRepr(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        var text = Repr(value);
        var e = text.IndexOf('e', StringComparison.Ordinal);
        return e >= 0 && text.IndexOf('.', StringComparison.Ordinal) < 0 ? text[..e] + ".0" + text[e..] : text;
    }

    /// <summary>Splits a finite non-zero value into sign, shortest round-trip significant digits and decimal exponent
    /// (value = 0.d1d2... × 10^(exponent + 1)).</summary>
    private static (bool Negative, string Digits, int Exponent) Decompose(double value)
    {
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        // "R" gives the shortest digits but in either fixed or exponent form; normalise it.
        var ePos = shortest.IndexOfAny(['E', 'e']);
        var mantissa = ePos >= 0 ? shortest[..ePos] : shortest;
        var exp = ePos >= 0 ? int.Parse(shortest[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        var all = intPart + fracPart;
        var pointAfter = intPart.Length + exp; // digits before the decimal point
        var firstNonZero = 0;
        while (firstNonZero < all.Length - 1 && all[firstNonZero] == '0')
        {
            firstNonZero++;
        }

        var digits = all[firstNonZero..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        return (value < 0, digits, pointAfter - firstNonZero - 1);
    }
}
