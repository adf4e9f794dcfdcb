using System.Globalization;

namespace Astromodels;

/// <summary>
/// A positive scale factor kept as coefficient × 10^exponent, with the coefficient in [1, 10).
/// </summary>
/// <remarks>
/// SI prefixes and most unit definitions are powers of ten; keeping them in an exact integer exponent means
/// keV → erg comes out as the double nearest to 1.602176634e-9 rather than a product of rounded factors.
/// </remarks>
internal readonly record struct DecimalScale
{
    private DecimalScale(double coefficient, int exponent)
    {
        Coefficient = coefficient;
        Exponent = exponent;
    }

    public double Coefficient { get; }

    public int Exponent { get; }

    public static DecimalScale One => new(1, 0);

    public bool IsOne => Coefficient == 1 && Exponent == 0;

    /// <summary>Normalises <paramref name="coefficient"/> × 10^<paramref name="exponent"/> using the shortest round-trip digits.</summary>
    public static DecimalScale Create(double coefficient, int exponent = 0)
    {
        if (!(coefficient > 0) || !double.IsFinite(coefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "A unit scale must be a positive finite number.");
        }

        // The shortest round-trip string carries exactly the decimal digits the value stands for.
        var (digits, decimalExponent) = Decompose(coefficient.ToString("R", CultureInfo.InvariantCulture));
        var mantissa = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
        var normalised = double.Parse(mantissa, CultureInfo.InvariantCulture);
        return new DecimalScale(normalised, checked(exponent + decimalExponent));
    }

    public static DecimalScale operator *(DecimalScale a, DecimalScale b) =>
        a.IsOne ? b : b.IsOne ? a : Create(a.Coefficient * b.Coefficient, checked(a.Exponent + b.Exponent));

    public static DecimalScale operator /(DecimalScale a, DecimalScale b) =>
        Create(a.Coefficient / b.Coefficient, checked(a.Exponent - b.Exponent));

    /// <summary>This scale raised to <paramref name="power"/>.</summary>
    /// <exception cref="OverflowException">The decimal exponent leaves the range of <see cref="int"/>.</exception>
    public DecimalScale Pow(Rational power)
    {
        // A fractional power of 10^Exponent leaves a fractional exponent that is folded into the coefficient.
        var p = power.ToDouble();
        var exact = Exponent * p;
        var whole = Math.Floor(exact);
        var coefficient = Math.Pow(Coefficient, p) * Math.Pow(10, exact - whole);
        if (!(coefficient > 0) || !double.IsFinite(coefficient))
        {
            // Only for absurd powers (|p| in the hundreds): go through logarithms, losing the last digits.
            var log = (p * Math.Log10(Coefficient)) + (exact - whole);
            var extra = Math.Floor(log);
            coefficient = Math.Pow(10, log - extra);
            whole += extra;
        }

        return Create(coefficient, checked((int)whole));
    }

    /// <summary>The value as the double nearest to the decimal it represents.</summary>
    public double ToDouble() => double.Parse(
        string.Create(CultureInfo.InvariantCulture, $"{Coefficient:R}E{Exponent}"),
        NumberStyles.Float,
        CultureInfo.InvariantCulture);

    /// <summary>Round-trip text such as "1000" or "1e-23", the style Python's repr uses.</summary>
    public override string ToString() => ToDouble().ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');

    // "0.00125" -> ("125", -3); "1.5E+20" -> ("15", 20): significant digits and the exponent of the first one.
    private static (string Digits, int Exponent) Decompose(string shortest)
    {
        var ePos = shortest.IndexOfAny(['E', 'e']);
        var exponent = ePos >= 0
            ? int.Parse(shortest.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : 0;
        var mantissa = ePos >= 0 ? shortest[..ePos] : shortest;
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = (dot >= 0 ? mantissa[..dot] : mantissa).TrimStart('0');
        var fractionPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        if (integerPart.Length > 0)
        {
            exponent += integerPart.Length - 1;
        }
        else
        {
            exponent -= fractionPart.Length - fractionPart.TrimStart('0').Length + 1;
        }

        var digits = (integerPart + fractionPart).TrimStart('0').TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, exponent);
    }
}
