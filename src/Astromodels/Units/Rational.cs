using System.Globalization;

namespace Astromodels;

/// <summary>An exact fraction used for unit powers, so that s^(1/3) cubed is exactly s.</summary>
internal readonly record struct Rational
{
    // Powers met in practice are small; a cap keeps the continued-fraction search honest.
    private const long MaxDenominator = 1000;

    // Stored off by one so that default(Rational) is 0/1, which keeps default(Dimension) dimensionless.
    private readonly long denominatorMinusOne;

    public Rational(long numerator, long denominator = 1)
    {
        if (denominator == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "A power cannot have a zero denominator.");
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var g = Gcd(Math.Abs(numerator), denominator);
        Numerator = numerator / g;
        denominatorMinusOne = (denominator / g) - 1;
    }

    public long Numerator { get; }

    public long Denominator => denominatorMinusOne + 1;

    public static Rational Zero => new(0);

    public static Rational One => new(1);

    public bool IsZero => Numerator == 0;

    public bool IsInteger => Denominator == 1;

    public Rational Reciprocal() => new(Denominator, Numerator);

    public double ToDouble() => (double)Numerator / Denominator;

    /// <summary>The nearest fraction with a denominator of at most 1000, or an error when none is within 1e-9.</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A unit power must be a finite number.");
        }

        if (Math.Abs(value) > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A unit power must lie within ±2147483647.");
        }

        // Continued-fraction convergents h/k approach value; stop at the first close enough.
        long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
        var x = value;
        for (var i = 0; i < 64; i++)
        {
            var a = (long)Math.Floor(x);
            (h0, h1) = (h1, (a * h1) + h0);
            (k0, k1) = (k1, (a * k1) + k0);
            if (k1 > MaxDenominator)
            {
                break;
            }

            if (Math.Abs(((double)h1 / k1) - value) <= 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                return new Rational(h1, k1);
            }

            var frac = x - a;
            if (frac == 0)
            {
                break;
            }

            x = 1 / frac;
        }

        throw new ArgumentOutOfRangeException(
            nameof(value),
            value,
            string.Create(CultureInfo.InvariantCulture, $"A unit power must be a simple fraction (denominator at most {MaxDenominator}); {value:R} is not."));
    }

    public static Rational operator +(Rational a, Rational b) =>
        new(checked((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator)), checked(a.Denominator * b.Denominator));

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(checked(a.Numerator * b.Numerator), checked(a.Denominator * b.Denominator));

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>"2", "-3" or "1/2".</summary>
    public override string ToString() => IsInteger
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
