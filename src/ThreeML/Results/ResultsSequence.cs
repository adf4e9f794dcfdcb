using System.Globalization;
using Astromodels.Text;

namespace ThreeML.Results;

/// <summary>What a set of results is a sequence of — time bins, energies, ... — as stored in the SEQUENCE extension of
/// its results file: a name (FITS SEQ_TYPE) and columns holding one value per result.</summary>
/// <remarks>Made by <see cref="AnalysisResultsSet.SetX"/>, <see cref="AnalysisResultsSet.SetBins"/> and
/// <see cref="AnalysisResultsSet.CharacterizeSequence"/>; when none of them was called it is 3ML's default: name
/// "unspecified" and one column VALUE = 0, 1, ..., n − 1.</remarks>
public sealed class ResultsSequence
{
    /// <summary>The name of the default sequence (3ML's).</summary>
    public const string UnspecifiedName = "unspecified";

    /// <summary>The column written by <see cref="AnalysisResultsSet.SetX"/> and by the default sequence.</summary>
    public const string ValueColumn = "VALUE";

    /// <summary>The column of lower bin bounds written by <see cref="AnalysisResultsSet.SetBins"/>.</summary>
    public const string LowerBoundColumn = "LOWER_BOUND";

    /// <summary>The column of upper bin bounds written by <see cref="AnalysisResultsSet.SetBins"/>.</summary>
    public const string UpperBoundColumn = "UPPER_BOUND";

    private readonly SequenceColumn[] _columns;

    /// <summary>Checks and stores a sequence for <paramref name="count"/> results.</summary>
    /// <exception cref="ArgumentException">The name is invalid, there is no column, two columns share a name, or a
    /// column does not hold <paramref name="count"/> values.</exception>
    internal ResultsSequence(string name, IReadOnlyList<SequenceColumn> columns, int count, string columnsParameter = "columns")
    {
        ValidateName(name, "Sequence name", nameof(name));
        ArgumentNullException.ThrowIfNull(columns, columnsParameter);
        if (columns.Count == 0)
        {
            throw new ArgumentException($"Sequence '{name}' has no column; give at least one.", columnsParameter);
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i] ?? throw new ArgumentException($"Sequence '{name}' column {i} is null.", columnsParameter);
            if (column.Values.Count != count)
            {
                throw new ArgumentException(
                    $"Sequence '{name}' column {column.Name} has {Plural(column.Values.Count, "value")} but the set holds {Plural(count, "result")}; expected one value per result.",
                    columnsParameter);
            }

            if (columns.Take(i).FirstOrDefault(c => string.Equals(c.Name, column.Name, StringComparison.OrdinalIgnoreCase)) is { } twin)
            {
                throw new ArgumentException(
                    $"Sequence '{name}' has two columns named {twin.Name} and {column.Name}; FITS column names must differ (ignoring case).", columnsParameter);
            }
        }

        Name = name;
        _columns = [.. columns];
        Count = count;
    }

    /// <summary>The name of the sequence (FITS SEQ_TYPE), e.g. "time" or "unspecified".</summary>
    public string Name { get; }

    /// <summary>The columns, in file order.</summary>
    public IReadOnlyList<SequenceColumn> Columns => _columns;

    /// <summary>The number of values in each column: the number of results in the set.</summary>
    public int Count { get; }

    /// <summary>Whether this is the default sequence: name "unspecified", one column VALUE = 0, 1, ..., n − 1, no unit.</summary>
    public bool IsUnspecified =>
        Name == UnspecifiedName && _columns.Length == 1 && _columns[0].Name == ValueColumn && _columns[0].Unit is null
        && _columns[0].Values.Select((v, i) => v == i).All(same => same);

    /// <summary>The column with this name (ignoring case, as FITS does).</summary>
    /// <param name="columnName">The column name, e.g. "VALUE".</param>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns and suggests a near miss.</exception>
    public SequenceColumn this[string columnName] =>
        _columns.FirstOrDefault(c => string.Equals(c.Name, columnName, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException(
            $"Sequence '{Name}' has no column '{columnName}'; it has {string.Join(", ", _columns.Select(c => c.Name))}.{NameSuggester.DidYouMean(columnName, _columns.Select(c => c.Name))}");

    /// <summary>The name and the columns, e.g. "time: LOWER_BOUND (4 values, s), UPPER_BOUND (4 values, s)".</summary>
    public override string ToString() => $"{Name}: {string.Join(", ", _columns.Select(c => c.ToString()))}";

    /// <summary>3ML's default sequence for <paramref name="count"/> results.</summary>
    internal static ResultsSequence Unspecified(int count) =>
        new(UnspecifiedName, [new SequenceColumn(ValueColumn, [.. Enumerable.Range(0, count).Select(i => (double)i)])], count);

    /// <summary>A name that a FITS header or column can hold: not blank, printable ASCII, no leading or trailing space.</summary>
    internal static void ValidateName(string name, string what, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"{what} is empty; give a name such as \"time\".", parameter);
        }

        var bad = name.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"{what} '{name}' has character U+{((int)name[bad]).ToString("X4", CultureInfo.InvariantCulture)} at {bad.ToString(CultureInfo.InvariantCulture)}; FITS names hold printable ASCII only.", parameter);
        }

        if (name.Trim().Length != name.Length)
        {
            throw new ArgumentException($"{what} '{name}' starts or ends with a space; FITS ignores trailing spaces, so the name would not read back.", parameter);
        }
    }

    private static string Plural(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
