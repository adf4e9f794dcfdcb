namespace Astromodels;

/// <summary>
/// An immutable physical unit such as "keV" or "erg / (cm2 s)": named components with powers, an optional
/// numeric scale, and the SI dimension and scale derived from them.
/// </summary>
/// <remarks>
/// <para>Strings follow astropy's "generic" grammar (see <see cref="Parse"/>). Equality is structural: "keV" and
/// "1000 eV" are different units that are <see cref="Equivalent"/> and convertible.</para>
/// <para>Photons ("ph", "photon") and counts ("ct", "count") are dimensionless multipliers, unlike astropy where the
/// photon is a base unit: so "ph / (cm2 s)" converts to "1 / (cm2 s)", which is what 3ML flux_unit strings expect.
/// Angles carry their own dimension (rad) with sr = rad², so deg, arcmin, arcsec and rad convert among themselves but
/// not to a pure number.</para>
/// </remarks>
public sealed partial class Unit : IEquatable<Unit>
{
    private readonly UnitComponent[] components;
    private readonly DecimalScale factor;
    private readonly DecimalScale siScale;

    private Unit(UnitComponent[] components, DecimalScale factor)
    {
        this.components = components;
        this.factor = factor;
        var scale = factor;
        var dimension = Dimension.None;
        foreach (var c in components)
        {
            scale *= c.Base.Scale.Pow(c.Power);
            dimension *= c.Base.Dimension.Pow(c.Power);
        }

        siScale = scale;
        Dimension = dimension;
    }

    /// <summary>The unit of pure numbers; it prints as the empty string.</summary>
    public static Unit Dimensionless { get; } = new([], DecimalScale.One);

    /// <summary>Whether this unit has no dimension (photons and counts included); a scale such as "1000" is allowed.</summary>
    public bool IsDimensionless => Dimension.IsNone;

    /// <summary>The name of the quantity this unit measures, e.g. "energy" or "photon flux"; "unknown" when unnamed.</summary>
    /// <remarks>Names follow astropy's physical types where it has one; "energy squared flux" is νFν (erg² / (cm² s)) and
    /// "differential flux" is photons per area, time and energy (1 / (cm² keV s)).</remarks>
    public string PhysicalType => PhysicalTypes.NameOf(Dimension);

    internal Dimension Dimension { get; }

    internal DecimalScale SiScale => siScale;

    /// <summary>Whether a value in this unit can be expressed in <paramref name="other"/> (same dimension).</summary>
    /// <param name="other">The target unit.</param>
    public bool IsConvertibleTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension;
    }

    /// <summary>The factor that turns a value in this unit into a value in <paramref name="other"/>.</summary>
    /// <param name="other">The target unit.</param>
    /// <returns>value_in_other = value_in_this × factor; e.g. keV → erg gives 1.602176634e-9.</returns>
    /// <exception cref="UnitConversionException">The dimensions differ; the message names both units and their physical types.</exception>
    public double ConversionFactorTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!IsConvertibleTo(other))
        {
            throw new UnitConversionException(this, other);
        }

        return (siScale / other.siScale).ToDouble();
    }

    /// <summary>Whether this unit has the same dimension and scale as <paramref name="other"/> (e.g. "keV" and "1000 eV").</summary>
    /// <param name="other">The unit to compare with.</param>
    /// <remarks>Scales are compared to a relative 1e-14, a few rounding steps of double arithmetic.</remarks>
    public bool Equivalent(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IsConvertibleTo(other) && Math.Abs((siScale / other.siScale).ToDouble() - 1) <= 1e-14;
    }

    /// <summary>The product of two units; equal named components are merged ("cm cm" is "cm2").</summary>
    /// <param name="a">The left factor.</param>
    /// <param name="b">The right factor.</param>
    public static Unit operator *(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Combine(a, b, Rational.One);
    }

    /// <summary>The quotient of two units.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    public static Unit operator /(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Combine(a, b, -Rational.One);
    }

    /// <summary>A quantity of <paramref name="value"/> in <paramref name="unit"/>, so that <c>1 * Units.keV</c> reads naturally.</summary>
    /// <param name="value">The numeric value.</param>
    /// <param name="unit">The unit.</param>
    public static Quantity operator *(double value, Unit unit) => new(value, unit);

    /// <summary>A quantity of <paramref name="value"/> in the inverse of <paramref name="unit"/>: <c>5 / Units.s</c> is 5 s⁻¹.</summary>
    /// <param name="value">The numeric value.</param>
    /// <param name="unit">The unit to invert.</param>
    public static Quantity operator /(double value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(value, unit.Pow(-1));
    }

    /// <summary>The same as <see cref="operator *(Unit, Unit)"/>, for languages without operator overloading.</summary>
    /// <param name="other">The right factor.</param>
    public Unit Multiply(Unit other) => this * other;

    /// <summary>The same as <see cref="operator /(Unit, Unit)"/>, for languages without operator overloading.</summary>
    /// <param name="other">The denominator.</param>
    public Unit Divide(Unit other) => this / other;

    /// <summary>This unit raised to an integer power; "cm".Pow(2) is "cm2".</summary>
    /// <param name="power">The exponent; 0 gives <see cref="Dimensionless"/>.</param>
    /// <exception cref="OverflowException">The decimal exponent of the scale leaves the range of <see cref="int"/> (e.g. km^1e9).</exception>
    public Unit Pow(int power) => Pow(new Rational(power));

    /// <summary>This unit raised to a fractional power such as 0.5.</summary>
    /// <param name="power">The exponent, a fraction with a denominator of at most 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="power"/> is not finite, beyond ±2147483647, or not a simple fraction.</exception>
    /// <exception cref="OverflowException">The decimal exponent of the scale leaves the range of <see cref="int"/>.</exception>
    public Unit Pow(double power) => Pow(Rational.FromDouble(power));

    internal Unit Pow(Rational power)
    {
        if (power.IsZero)
        {
            return Dimensionless;
        }

        var raised = new UnitComponent[components.Length];
        for (var i = 0; i < raised.Length; i++)
        {
            raised[i] = components[i] with { Power = components[i].Power * power };
        }

        return new Unit(raised, factor.Pow(power));
    }

    internal static Unit FromNamed(NamedUnit named) => new([new UnitComponent(named, Rational.One)], DecimalScale.One);

    internal static Unit FromFactor(DecimalScale scale) => new([], scale);

    /// <summary>Whether both units have the same numeric scale and the same named components with the same powers, in any order.</summary>
    /// <param name="other">The unit to compare with.</param>
    public bool Equals(Unit? other)
    {
        if (other is null || factor != other.factor || components.Length != other.components.Length)
        {
            return false;
        }

        foreach (var c in components)
        {
            if (Array.IndexOf(other.components, c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc cref="Equals(Unit)"/>
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <summary>A hash that ignores the order of the components, consistent with <see cref="Equals(Unit)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = factor.GetHashCode();
        foreach (var c in components)
        {
            hash ^= HashCode.Combine(c.Base.Symbol, c.Power);
        }

        return hash;
    }

    /// <summary>Structural equality, see <see cref="Equals(Unit)"/>.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality, see <see cref="Equals(Unit)"/>.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    private static Unit Combine(Unit a, Unit b, Rational sign)
    {
        var merged = new List<UnitComponent>(a.components);
        foreach (var c in b.components)
        {
            var power = c.Power * sign;
            var i = merged.FindIndex(m => m.Base.Symbol == c.Base.Symbol);
            if (i < 0)
            {
                merged.Add(c with { Power = power });
            }
            else
            {
                merged[i] = merged[i] with { Power = merged[i].Power + power };
            }
        }

        merged.RemoveAll(m => m.Power.IsZero);
        return new Unit([.. merged], a.factor * b.factor.Pow(sign));
    }
}
