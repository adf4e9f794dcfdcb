using ThreeML.Fits;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Sets written with their SEQUENCE extension in 3ML's layout and read back, and SEQUENCE extensions built by
/// hand as 3ML writes them.</summary>
public sealed class SequenceExtensionTests : IDisposable
{
    private static readonly DateTime FixedDate = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private readonly TempFolder _folder = new();
    private readonly AnalysisResults[] _results;

    public SequenceExtensionTests() => _results = SmallResults.Make(_folder, 3);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void X_values_with_a_unit_round_trip_and_SEQUENCE_comes_first()
    {
        var set = new AnalysisResultsSet(_results);
        set.SetX("time", [0.5, 1.5, 3.25], "s");
        var path = _folder.File("x.fits");
        set.Write(path);

        var file = FitsFile.Read(path);
        Assert.Equal(["SEQUENCE", "ANALYSIS_RESULTS", "ANALYSIS_RESULTS", "ANALYSIS_RESULTS"], file.Hdus.Skip(1).Select(h => h.ExtName));
        Assert.Equal([1, 2, 3], file.Hdus.Skip(2).Select(h => h.Header.GetInt32("EXTVER")));
        var sequence = Assert.IsType<BinaryTableHdu>(file.Hdus[1]);
        Assert.Equal("time", sequence.Header.GetString("SEQ_TYPE"));
        Assert.Equal("3ML", sequence.Header.GetString("ORIGIN"));
        Assert.Equal(["VALUE (1D)"], sequence.Columns.Select(c => c.ToString()));
        Assert.Equal("s", sequence.Header.GetString("TUNIT1"));
        Assert.Equal([0.5, 1.5, 3.25], sequence.ReadDoubles("VALUE"));

        var read = AnalysisResultsSet.Read(path);
        Assert.Equal("time", read.Sequence.Name);
        Assert.Equal(set.Sequence.Columns, read.Sequence.Columns);
        Assert.Equal(3, read.Count);
        Assert.Equal(_results.Select(r => r.ResultType), read.Select(r => r.ResultType));
        Assert.Equal(_results[1].BestFit, read[1].BestFit);
        Assert.Equal(_results[2].Samples[0].ToArray(), read[2].Samples[0].ToArray());
    }

    [Fact]
    public void Bins_with_a_unit_round_trip_with_the_unit_in_astropy_form()
    {
        var set = new AnalysisResultsSet(_results);
        set.SetBins("energy", [10.0, 20.0, 50.0], [20.0, 50.0, 100.0], "keV");
        var path = _folder.File("bins.fits");
        set.Write(path);

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("SEQUENCE");
        Assert.Equal(["LOWER_BOUND (1D)", "UPPER_BOUND (1D)"], table.Columns.Select(c => c.ToString()));
        Assert.Equal(["keV", "keV"], table.Columns.Select(c => c.Unit));
        var read = AnalysisResults.ReadAll(path);
        Assert.Equal("energy", read.Sequence.Name);
        Assert.Equal(set.Sequence.Columns, read.Sequence.Columns);
    }

    [Fact]
    public void A_custom_tuple_round_trips_with_non_finite_values_and_composite_units()
    {
        var set = new AnalysisResultsSet(_results);
        set.CharacterizeSequence("interval",
            new SequenceColumn("TSTART", [-1.0, 0.0, 2.0], "s"),
            new SequenceColumn("FLUX", [1e-7, double.NaN, 3e-7], "erg/cm2/s"),
            new SequenceColumn("SIGNIFICANCE", [5.0, double.PositiveInfinity, -0.0]));
        var path = _folder.File("tuple.fits");
        set.Write(path);

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("SEQUENCE");
        Assert.Equal(["s", "erg / (cm2 s)", null], table.Columns.Select(c => c.Unit));
        var read = AnalysisResultsSet.Read(path);
        Assert.Equal("interval", read.Sequence.Name);
        Assert.Equal(set.Sequence.Columns, read.Sequence.Columns);
        Assert.True(double.IsNegative(read.Sequence["SIGNIFICANCE"].Values[2]));
    }

    [Fact]
    public void The_default_sequence_is_written_as_3ML_writes_it_also_by_WriteAll()
    {
        var path = _folder.File("default.fits");
        AnalysisResults.WriteAll(_results, path);

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("SEQUENCE");
        Assert.Equal(1, table.Index);
        Assert.Equal("unspecified", table.Header.GetString("SEQ_TYPE"));
        Assert.Equal(["VALUE (1K)"], table.Columns.Select(c => c.ToString()));
        Assert.Null(table.Columns[0].Unit);
        Assert.Equal([0L, 1L, 2L], table.ReadInt64s("VALUE"));

        var read = AnalysisResults.ReadAll(path);
        Assert.True(read.Sequence.IsUnspecified);
        Assert.Equal(3, read.Count);
    }

    [Fact]
    public void A_file_without_SEQUENCE_reads_as_a_set_with_the_default_sequence()
    {
        var path = _folder.File("single.fits");
        _results[1].Write(path);
        Assert.DoesNotContain(FitsFile.Read(path).Hdus, h => h.ExtName == "SEQUENCE");

        var read = AnalysisResultsSet.Read(path);
        Assert.Single(read);
        Assert.True(read.Sequence.IsUnspecified);
        Assert.Equal([0.0], read.Sequence.Columns[0].Values);
    }

    [Fact]
    public void A_rewrite_of_a_read_set_is_byte_identical()
    {
        var set = new AnalysisResultsSet(_results);
        set.SetBins("time", [0.0, 1.0, 2.5], [1.0, 2.5, 4.0], "s");
        var first = _folder.File("first.fits");
        var second = _folder.File("second.fits");
        ResultsFileWriter.Write(set, first, overwrite: false, FixedDate, set.Sequence);
        var read = AnalysisResultsSet.Read(first);
        ResultsFileWriter.Write(read, second, overwrite: false, FixedDate, read.Sequence);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void An_existing_file_is_replaced_only_when_asked_and_no_temporary_file_is_left()
    {
        var path = _folder.File("set.fits");
        var set = new AnalysisResultsSet(_results);
        set.Write(path);
        set.SetX("time", [1.0, 2.0, 3.0], "s");
        var e = Assert.Throws<IOException>(() => set.Write(path));
        Assert.Contains("overwrite: true", e.Message);
        Assert.True(AnalysisResultsSet.Read(path).Sequence.IsUnspecified);

        set.Write(path, overwrite: true);
        Assert.Equal("time", AnalysisResultsSet.Read(path).Sequence.Name);
        Assert.Equal(["set.fits", "small-bayes.fits", "small-mle.fits"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_set_built_by_hand_in_3MLs_layout_reads_with_its_bins()
    {
        // 3ML: set_bins("time", lo, hi, "s") with numpy float arrays gives two D columns with TUNIT 's'.
        var path = new ThreeMLStyleFile
        {
            ResultCount = 2,
            BeforeResults = f => f.Add(new BinaryTableBuilder("SEQUENCE")
                .AddColumn("LOWER_BOUND", [0.0, 2.048], "s")
                .AddColumn("UPPER_BOUND", [2.048, 8.192], "s")
                .SetKeyword("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0")
                .SetKeyword("SEQ_TYPE", "time", "Description of sequence type")
                .Build()),
        }.Write(_folder.File("hand.fits"));

        var read = AnalysisResultsSet.Read(path);
        Assert.Equal(2, read.Count);
        Assert.Equal("time", read.Sequence.Name);
        Assert.Equal([new SequenceColumn("LOWER_BOUND", [0.0, 2.048], "s"), new SequenceColumn("UPPER_BOUND", [2.048, 8.192], "s")], read.Sequence.Columns);
        Assert.All(read, r => Assert.Equal([0.012, -2.1], r.BestFit));
    }

    [Fact]
    public void The_default_sequence_built_by_hand_as_3ML_writes_it_reads_as_unspecified()
    {
        // 3ML's default: characterize_sequence("unspecified", (("VALUE", list(range(n))),)), Python ints, so K.
        var path = new ThreeMLStyleFile
        {
            ResultCount = 3,
            BeforeResults = f => f.Add(new BinaryTableBuilder("SEQUENCE")
                .AddColumn("VALUE", new long[] { 0, 1, 2 })
                .SetKeyword("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0")
                .SetKeyword("SEQ_TYPE", "unspecified", "Description of sequence type")
                .Build()),
        }.Write(_folder.File("default.fits"));

        Assert.True(AnalysisResultsSet.Read(path).Sequence.IsUnspecified);
    }
}
