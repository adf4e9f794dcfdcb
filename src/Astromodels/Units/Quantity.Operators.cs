namespace Astromodels;

/// <content>Arithmetic and ordering.</content>
public readonly partial struct Quantity
{
    /// <summary>Scales the value; the unit is unchanged.</summary>
    /// <param name="q">The quantity.</param>
    /// <param name="factor">A pure number.</param>
    public static Quantity operator *(Quantity q, double factor) => new(q.Value * factor, q.Unit);

    /// <summary>Scales the value; the unit is unchanged.</summary>
    /// <param name="factor">A pure number.</param>
    /// <param name="q">The quantity.</param>
    public static Quantity operator *(double factor, Quantity q) => new(q.Value * factor, q.Unit);

    /// <summary>Divides the value; the unit is unchanged.</summary>
    /// <param name="q">The quantity.</param>
    /// <param name="divisor">A pure number.</param>
    public static Quantity operator /(Quantity q, double divisor) => new(q.Value / divisor, q.Unit);

    /// <summary>The product, with the product unit (no simplification between different symbols: keV × erg stays "keV erg").</summary>
    /// <param name="a">The left factor.</param>
    /// <param name="b">The right factor.</param>
    public static Quantity operator *(Quantity a, Quantity b) => new(a.Value * b.Value, a.Unit * b.Unit);

    /// <summary>The quotient, with the quotient unit.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    public static Quantity operator /(Quantity a, Quantity b) => new(a.Value / b.Value, a.Unit / b.Unit);

    /// <summary>Multiplies the unit, so that <c>1 * Units.erg / Units.cm2</c> builds a quantity step by step.</summary>
    /// <param name="q">The quantity.</param>
    /// <param name="unit">The unit to multiply by.</param>
    public static Quantity operator *(Quantity q, Unit unit) => new(q.Value, q.Unit * unit);

    /// <summary>Divides the unit, so that <c>1 * Units.erg / Units.s</c> builds a quantity step by step.</summary>
    /// <param name="q">The quantity.</param>
    /// <param name="unit">The unit to divide by.</param>
    public static Quantity operator /(Quantity q, Unit unit) => new(q.Value, q.Unit / unit);

    /// <summary>The sum, in the unit of <paramref name="a"/>.</summary>
    /// <param name="a">The left operand, whose unit the result keeps.</param>
    /// <param name="b">The right operand, converted to the unit of <paramref name="a"/>.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public static Quantity operator +(Quantity a, Quantity b) => new(a.Value + b.ValueIn(a.Unit), a.Unit);

    /// <summary>The difference, in the unit of <paramref name="a"/>.</summary>
    /// <param name="a">The left operand, whose unit the result keeps.</param>
    /// <param name="b">The right operand, converted to the unit of <paramref name="a"/>.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public static Quantity operator -(Quantity a, Quantity b) => new(a.Value - b.ValueIn(a.Unit), a.Unit);

    /// <summary>The negated value in the same unit.</summary>
    /// <param name="q">The quantity.</param>
    public static Quantity operator -(Quantity q) => new(-q.Value, q.Unit);

    /// <summary>Exact equality, see <see cref="Equals(Quantity)"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Exact inequality, see <see cref="Equals(Quantity)"/>.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller, after converting <paramref name="right"/> to its unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public static bool operator <(Quantity left, Quantity right) => left.Value < right.ValueIn(left.Unit);

    /// <summary>Whether <paramref name="left"/> is larger, after converting <paramref name="right"/> to its unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public static bool operator >(Quantity left, Quantity right) => left.Value > right.ValueIn(left.Unit);

    /// <summary>Whether <paramref name="left"/> is not larger, after converting <paramref name="right"/> to its unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public static bool operator <=(Quantity left, Quantity right) => left.Value <= right.ValueIn(left.Unit);

    /// <summary>Whether <paramref name="left"/> is not smaller, after converting <paramref name="right"/> to its unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public static bool operator >=(Quantity left, Quantity right) => left.Value >= right.ValueIn(left.Unit);
}
