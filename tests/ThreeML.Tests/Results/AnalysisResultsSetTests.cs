using Astromodels;
using ThreeML.Results;
using ThreeML.Tests.Results.Persistence;

namespace ThreeML.Tests.Results;

/// <summary>The set as a list, its default sequence, and every check of SetX, SetBins and CharacterizeSequence.</summary>
public sealed class AnalysisResultsSetTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly AnalysisResults[] _results;
    private readonly AnalysisResultsSet _set;

    public AnalysisResultsSetTests()
    {
        _results = SmallResults.Make(_folder, 3);
        _set = new AnalysisResultsSet(_results);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_set_is_a_read_only_list_in_the_given_order()
    {
        Assert.Equal(3, _set.Count);
        Assert.Equal(_results, _set);
        Assert.Same(_results[1], _set[1]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _set[3]);
        Assert.StartsWith("The set holds 3 results (index 0 to 2).", e.Message);
        Assert.Equal(2, new AnalysisResultsSet(_results[0], _results[1]).Count);
    }

    [Fact]
    public void The_default_sequence_is_3MLs_unspecified_0_to_n_minus_1()
    {
        Assert.True(_set.Sequence.IsUnspecified);
        Assert.Equal("unspecified", _set.Sequence.Name);
        Assert.Equal([new SequenceColumn("VALUE", [0.0, 1.0, 2.0])], _set.Sequence.Columns);
        Assert.Equal(3, _set.Sequence.Count);
        Assert.Equal("unspecified: VALUE (3 values)", _set.Sequence.ToString());
    }

    [Fact]
    public void SetX_SetBins_and_CharacterizeSequence_replace_the_sequence()
    {
        _set.SetX("time", [0.5, 1.5, 3.0], "s");
        Assert.Equal("time", _set.Sequence.Name);
        Assert.False(_set.Sequence.IsUnspecified);
        Assert.Equal([new SequenceColumn("VALUE", [0.5, 1.5, 3.0], "s")], _set.Sequence.Columns);

        _set.SetBins("energy", [10.0, 20.0, 50.0], [20.0, 50.0, 100.0], "keV");
        Assert.Equal("energy", _set.Sequence.Name);
        Assert.Equal(Unit.Parse("keV"), _set.Sequence["upper_bound"].Unit);
        Assert.Equal([10.0, 20.0, 50.0], _set.Sequence[ResultsSequence.LowerBoundColumn].Values);

        _set.CharacterizeSequence("interval", new SequenceColumn("TSTART", [0.0, 1.0, 2.0], "s"), new SequenceColumn("RATE", [5.0, 7.0, 6.0]));
        Assert.Equal(["TSTART", "RATE"], _set.Sequence.Columns.Select(c => c.Name));
        Assert.Null(_set.Sequence["RATE"].Unit);
    }

    [Fact]
    public void A_set_without_results_or_with_a_null_result_is_refused()
    {
        var empty = Assert.Throws<ArgumentException>(() => new AnalysisResultsSet(Array.Empty<AnalysisResults>()));
        Assert.Equal("A results set needs at least one result. (Parameter 'results')", empty.Message);
        var hole = Assert.Throws<ArgumentException>(() => new AnalysisResultsSet(_results[0], null!, _results[2]));
        Assert.Equal("Result 1 of the set is null. (Parameter 'results')", hole.Message);
    }

    [Fact]
    public void SetX_with_the_wrong_number_of_values_names_the_sequence_the_column_and_both_counts()
    {
        var e = Assert.Throws<ArgumentException>(() => _set.SetX("time", [0.5, 1.5], "s"));
        Assert.Equal("Sequence 'time' column VALUE has 2 values but the set holds 3 results; expected one value per result. (Parameter 'x')", e.Message);
        Assert.True(_set.Sequence.IsUnspecified);
    }

    [Theory]
    [InlineData("", "Sequence name is empty; give a name such as \"time\".")]
    [InlineData(" ", "Sequence name is empty; give a name such as \"time\".")]
    [InlineData("Zeit\u2192", "Sequence name 'Zeit\u2192' has character U+2192 at 4; FITS names hold printable ASCII only.")]
    [InlineData(" time", "Sequence name ' time' starts or ends with a space; FITS ignores trailing spaces, so the name would not read back.")]
    public void A_bad_sequence_name_is_refused(string name, string message)
    {
        Assert.Equal(message + " (Parameter 'name')", Assert.Throws<ArgumentException>(() => _set.SetX(name, [1.0, 2.0, 3.0])).Message);
        Assert.Equal(message + " (Parameter 'name')", Assert.Throws<ArgumentException>(() => _set.SetBins(name, [1.0, 2.0, 3.0], [2.0, 3.0, 4.0])).Message);
        Assert.Equal(message + " (Parameter 'name')", Assert.Throws<ArgumentException>(() => _set.CharacterizeSequence(name, new SequenceColumn("A", [1.0, 2.0, 3.0]))).Message);
    }

    [Fact]
    public void SetX_with_an_unparsable_unit_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => _set.SetX("time", [0.5, 1.5, 3.0], "secs"));
        Assert.StartsWith("Sequence column 'VALUE': Cannot parse unit 'secs': unknown unit 'secs'", e.Message);
    }

    [Fact]
    public void SetBins_names_the_bound_column_whose_length_is_wrong()
    {
        var lower = Assert.Throws<ArgumentException>(() => _set.SetBins("time", [0.0, 1.0], [1.0, 2.0, 3.0]));
        Assert.Equal("Sequence 'time' column LOWER_BOUND has 2 values but the set holds 3 results; expected one value per result. (Parameter 'lower')", lower.Message);
        var upper = Assert.Throws<ArgumentException>(() => _set.SetBins("time", [0.0, 1.0, 2.0], [1.0, 2.0, 3.0, 4.0]));
        Assert.Equal("Sequence 'time' column UPPER_BOUND has 4 values but the set holds 3 results; expected one value per result. (Parameter 'upper')", upper.Message);
    }

    [Theory]
    [InlineData(2.0, 2.0, "the lower bound 2 is not below the upper bound 2")]
    [InlineData(2.5, 2.0, "the lower bound 2.5 is not below the upper bound 2")]
    [InlineData(double.NaN, 2.0, "the lower bound NaN is not below the upper bound 2")]
    public void SetBins_refuses_a_bin_whose_lower_bound_is_not_below_its_upper_bound(double lo, double hi, string detail)
    {
        var e = Assert.Throws<ArgumentException>(() => _set.SetBins("time", [0.0, 1.0, lo], [1.0, 2.0, hi], "s"));
        Assert.Equal($"Sequence 'time' bin 2: {detail}; every bin needs lower < upper. (Parameter 'upper')", e.Message);
        Assert.True(_set.Sequence.IsUnspecified);
    }

    [Fact]
    public void CharacterizeSequence_checks_every_column()
    {
        var none = Assert.Throws<ArgumentException>(() => _set.CharacterizeSequence("interval"));
        Assert.Equal("Sequence 'interval' has no column; give at least one. (Parameter 'columns')", none.Message);

        var hole = Assert.Throws<ArgumentException>(() => _set.CharacterizeSequence("interval", new SequenceColumn("A", [1.0, 2.0, 3.0]), null!));
        Assert.Equal("Sequence 'interval' column 1 is null. (Parameter 'columns')", hole.Message);

        var length = Assert.Throws<ArgumentException>(() =>
            _set.CharacterizeSequence("interval", new SequenceColumn("TSTART", [0.0, 1.0, 2.0]), new SequenceColumn("TSTOP", [1.0])));
        Assert.Equal("Sequence 'interval' column TSTOP has 1 value but the set holds 3 results; expected one value per result. (Parameter 'columns')", length.Message);

        var twins = Assert.Throws<ArgumentException>(() =>
            _set.CharacterizeSequence("interval", new SequenceColumn("Rate", [0.0, 1.0, 2.0]), new SequenceColumn("RATE", [1.0, 2.0, 3.0])));
        Assert.Equal("Sequence 'interval' has two columns named Rate and RATE; FITS column names must differ (ignoring case). (Parameter 'columns')", twins.Message);
        Assert.True(_set.Sequence.IsUnspecified);
    }

    [Fact]
    public void A_missing_column_is_named_with_a_suggestion()
    {
        _set.SetBins("time", [0.0, 1.0, 2.0], [1.0, 2.0, 3.0]);
        var e = Assert.Throws<KeyNotFoundException>(() => _set.Sequence["LOWER_BOUNDS"]);
        Assert.Equal("Sequence 'time' has no column 'LOWER_BOUNDS'; it has LOWER_BOUND, UPPER_BOUND. Did you mean 'LOWER_BOUND'?", e.Message);
    }
}
