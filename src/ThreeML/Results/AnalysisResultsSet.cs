using System.Collections;
using System.Diagnostics;
using System.Globalization;

namespace ThreeML.Results;

/// <summary>An ordered, read-only list of results — a time-resolved analysis, a scan in energy, ... — with the
/// <see cref="Sequence"/> that says what each result stands for (3ML's <c>AnalysisResultsSet</c>).</summary>
/// <remarks>
/// <para>In a results file the sequence is the SEQUENCE binary table, written before the ANALYSIS_RESULTS extensions
/// (EXTVER 1 ... n) exactly as 3ML does: EXTNAME = 'SEQUENCE', ORIGIN, SEQ_TYPE = the sequence name, one row per
/// result, a TUNITn for each column with a unit. Files written here read in 3ML's <c>load_analysis_results</c>, and
/// 3ML's sets read here.</para>
/// <para>Until <see cref="SetX"/>, <see cref="SetBins"/> or <see cref="CharacterizeSequence"/> is called, the sequence
/// is 3ML's default: name "unspecified", one column VALUE = 0, 1, ..., n − 1 (written as 64-bit integers, as 3ML).</para>
/// <para>Not thread-safe while the sequence is being changed.</para>
/// </remarks>
public sealed class AnalysisResultsSet : IReadOnlyList<AnalysisResults>
{
    private readonly AnalysisResults[] _results;

    /// <summary>Creates a set of results in the given order, with the default ("unspecified") sequence.</summary>
    /// <param name="results">The results, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no results, or one of them is null.</exception>
    public AnalysisResultsSet(params IEnumerable<AnalysisResults> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        _results = [.. results];
        if (_results.Length == 0)
        {
            throw new ArgumentException("A results set needs at least one result.", nameof(results));
        }

        var missing = Array.IndexOf(_results, null);
        if (missing >= 0)
        {
            throw new ArgumentException($"Result {missing.ToString(CultureInfo.InvariantCulture)} of the set is null.", nameof(results));
        }

        Sequence = ResultsSequence.Unspecified(_results.Length);
    }

    /// <summary>A set read from a file, with its sequence (already checked against the number of results).</summary>
    internal AnalysisResultsSet(IReadOnlyList<AnalysisResults> results, ResultsSequence sequence)
        : this(results)
    {
        Debug.Assert(sequence.Count == _results.Length, "the reader checks the sequence length");
        Sequence = sequence;
    }

    /// <summary>What the results are a sequence of: the name and the columns written to the SEQUENCE extension.</summary>
    public ResultsSequence Sequence { get; private set; }

    /// <summary>The number of results.</summary>
    public int Count => _results.Length;

    /// <summary>The result at <paramref name="index"/> (zero-based, in file order).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 ... Count − 1.</exception>
    public AnalysisResults this[int index] => (uint)index < (uint)_results.Length
        ? _results[index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"The set holds {Count.ToString(CultureInfo.InvariantCulture)} results (index 0 to {(Count - 1).ToString(CultureInfo.InvariantCulture)}).");

    /// <summary>Associates one value with each result (3ML's <c>set_x</c>): SEQUENCE gets one column, VALUE.</summary>
    /// <param name="name">What the values are, e.g. "time" (FITS SEQ_TYPE; 3ML advises letters and digits only).</param>
    /// <param name="x">One value per result, in result order.</param>
    /// <param name="unit">The unit of <paramref name="x"/> ("s", "keV", ...), or null for plain numbers.</param>
    /// <exception cref="ArgumentException">The name is blank or not printable ASCII, <paramref name="x"/> does not hold
    /// one value per result, or the unit cannot be parsed.</exception>
    public void SetX(string name, IReadOnlyList<double> x, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        Sequence = new ResultsSequence(name, [new SequenceColumn(ResultsSequence.ValueColumn, x, unit)], Count, nameof(x));
    }

    /// <summary>Associates a bin with each result (3ML's <c>set_bins</c>): SEQUENCE gets two columns, LOWER_BOUND and
    /// UPPER_BOUND.</summary>
    /// <param name="name">What the bins are, e.g. "time" (FITS SEQ_TYPE).</param>
    /// <param name="lower">The lower bound of each bin, in result order.</param>
    /// <param name="upper">The upper bound of each bin, in result order; every bin must have lower &lt; upper.</param>
    /// <param name="unit">The unit of both bounds ("s", "keV", ...), or null for plain numbers.</param>
    /// <exception cref="ArgumentException">The name is blank or not printable ASCII, a bound list does not hold one value
    /// per result, a bin does not have lower &lt; upper (NaN included), or the unit cannot be parsed.</exception>
    public void SetBins(string name, IReadOnlyList<double> lower, IReadOnlyList<double> upper, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        var lowerColumn = new SequenceColumn(ResultsSequence.LowerBoundColumn, lower, unit);
        var upperColumn = new SequenceColumn(ResultsSequence.UpperBoundColumn, upper, unit);
        var sequence = new ResultsSequence(name, [lowerColumn, upperColumn], Count, lower.Count != Count ? nameof(lower) : nameof(upper));
        for (var i = 0; i < Count; i++)
        {
            if (!(lower[i] < upper[i]))
            {
                throw new ArgumentException(
                    $"Sequence '{name}' bin {i.ToString(CultureInfo.InvariantCulture)}: the lower bound {Format(lower[i])} is not below the upper bound {Format(upper[i])}; every bin needs lower < upper.",
                    nameof(upper));
            }
        }

        Sequence = sequence;
    }

    /// <summary>Describes the sequence with any columns (3ML's <c>characterize_sequence</c>), e.g. the bins and the
    /// mid-time of each interval.</summary>
    /// <param name="name">What the results are a sequence of (FITS SEQ_TYPE).</param>
    /// <param name="columns">The columns, in file order; each holds one value per result, and their names differ.</param>
    /// <exception cref="ArgumentException">The name is blank or not printable ASCII, there is no column, a column does
    /// not hold one value per result, or two columns share a name (ignoring case).</exception>
    public void CharacterizeSequence(string name, params IReadOnlyList<SequenceColumn> columns) =>
        Sequence = new ResultsSequence(name, columns, Count);

    /// <summary>Enumerates the results in order.</summary>
    public IEnumerator<AnalysisResults> GetEnumerator() => ((IEnumerable<AnalysisResults>)_results).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
