using System.Globalization;

namespace Astromodels;

/// <summary>An immutable value with a unit, such as 5.6e-06 erg / (cm2 s), for the API edge.</summary>
/// <remarks>
/// <para><see cref="Equals(Quantity)"/> and == are exact (same value, structurally equal unit), so that hashing is
/// consistent; <see cref="CompareTo"/> and the ordering operators convert the right operand to the left unit, so
/// 1 keV &lt;= 1000 eV and 1 keV &gt;= 1000 eV both hold while 1 keV == 1000 eV does not.</para>
/// <para><c>default(Quantity)</c> is 0 in <see cref="Unit.Dimensionless"/>.</para>
/// </remarks>
public readonly partial struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IFormattable
{
    private readonly Unit? unit;

    /// <summary>Creates a quantity of <paramref name="value"/> in <paramref name="unit"/>.</summary>
    /// <param name="value">The numeric value, in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public Quantity(double value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Value = value;
        this.unit = unit;
    }

    /// <summary>The numeric value, in <see cref="Unit"/>.</summary>
    public double Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public Unit Unit => unit ?? Unit.Dimensionless;

    /// <summary>The same quantity expressed in <paramref name="target"/>.</summary>
    /// <param name="target">A unit of the same dimension.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public Quantity To(Unit target) => new(ValueIn(target), target);

    /// <summary>The same quantity expressed in the unit named by <paramref name="target"/>, e.g. "erg/cm2/s".</summary>
    /// <param name="target">A unit string, see <see cref="Unit.Parse"/>.</param>
    /// <exception cref="UnitParseException"><paramref name="target"/> is not a valid unit string.</exception>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public Quantity To(string target) => To(Unit.Parse(target));

    /// <summary>The numeric value in <paramref name="target"/>.</summary>
    /// <param name="target">A unit of the same dimension.</param>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public double ValueIn(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Unit.Equals(target) ? Value : Value * Unit.ConversionFactorTo(target);
    }

    /// <summary>The numeric value in the unit named by <paramref name="target"/>.</summary>
    /// <param name="target">A unit string, see <see cref="Unit.Parse"/>.</param>
    /// <exception cref="UnitParseException"><paramref name="target"/> is not a valid unit string.</exception>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public double ValueIn(string target) => ValueIn(Unit.Parse(target));

    /// <summary>Whether both the value and the unit are identical (no conversion; see the type remarks).</summary>
    /// <param name="other">The quantity to compare with.</param>
    public bool Equals(Quantity other) => Value.Equals(other.Value) && Unit.Equals(other.Unit);

    /// <inheritdoc cref="Equals(Quantity)"/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(Quantity)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Orders by value after converting <paramref name="other"/> to this quantity's unit.</summary>
    /// <param name="other">A quantity of the same dimension.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="UnitConversionException">The dimensions differ.</exception>
    public int CompareTo(Quantity other) => Value.CompareTo(other.ValueIn(Unit));

    /// <summary>The value in round-trip form, a space and the unit: "5.6e-06 erg / (cm2 s)"; just the value when dimensionless.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>The value formatted with <paramref name="valueFormat"/>, a space and the unit in generic style.</summary>
    /// <param name="valueFormat">A standard or custom numeric format for the value; null gives round-trip "R" with a
    /// lower-case exponent as Python prints it.</param>
    /// <param name="provider">The culture for the value; null gives the invariant culture.</param>
    public string ToString(string? valueFormat, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        var value = valueFormat is null
            ? Value.ToString("R", provider).Replace('E', 'e')
            : Value.ToString(valueFormat, provider);
        var unitText = Unit.ToString();
        return unitText.Length == 0 ? value : value + " " + unitText;
    }
}
