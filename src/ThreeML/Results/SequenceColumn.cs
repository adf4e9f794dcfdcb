using Astromodels;

namespace ThreeML.Results;

/// <summary>One column of the SEQUENCE extension of a results set: a name, one value per result and an optional unit
/// (an entry of the data tuple of 3ML's <c>AnalysisResultsSet.characterize_sequence</c>).</summary>
/// <remarks>Equality compares the name, every value (NaN equals NaN) and the unit.</remarks>
public sealed record SequenceColumn
{
    private readonly double[] _values;

    /// <summary>Creates a column.</summary>
    /// <param name="name">The column name (FITS TTYPE), e.g. "VALUE" or "LOWER_BOUND": printable ASCII, without
    /// leading or trailing spaces.</param>
    /// <param name="values">One value per result, in result order (copied).</param>
    /// <param name="unit">The unit of the values as an astropy-style string ("s", "keV", "erg/cm2/s"), or null for
    /// plain numbers; a string that means no unit ("" or "dimensionless") gives null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or not printable ASCII, or the unit cannot be parsed.</exception>
    public SequenceColumn(string name, IReadOnlyList<double> values, string? unit = null)
    {
        ResultsSequence.ValidateName(name, "Sequence column name", nameof(name));
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        _values = [.. values];
        Unit = ParseUnit(name, unit);
    }

    /// <summary>The column name (FITS TTYPE).</summary>
    public string Name { get; }

    /// <summary>One value per result, in result order, in <see cref="Unit"/> when there is one.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The unit of the values (FITS TUNIT), or null for plain numbers.</summary>
    public Unit? Unit { get; }

    /// <summary>Whether both columns have the same name, the same values (NaN equals NaN) and the same unit.</summary>
    /// <param name="other">The column to compare with.</param>
    public bool Equals(SequenceColumn? other) =>
        other is not null && Name == other.Name && Unit == other.Unit && _values.AsSpan().SequenceEqual(other._values);

    /// <summary>A hash consistent with <see cref="Equals(SequenceColumn)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Name, _values.Length, Unit);

    /// <summary>The name, the number of values and the unit, e.g. "VALUE (4 values, s)".</summary>
    public override string ToString() =>
        $"{Name} ({_values.Length} value{(_values.Length == 1 ? "" : "s")}{(Unit is null ? "" : ", " + Unit)})";

    private static Unit? ParseUnit(string column, string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        Unit parsed;
        try
        {
            parsed = Astromodels.Unit.Parse(unit);
        }
        catch (UnitParseException e)
        {
            throw new ArgumentException($"Sequence column '{column}': {e.Message}", nameof(unit), e);
        }

        return parsed.ToString().Length == 0 ? null : parsed;
    }
}
