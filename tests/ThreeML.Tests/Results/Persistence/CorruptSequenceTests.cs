using ThreeML.Fits;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Broken SEQUENCE extensions fail with a <see cref="ResultsFileException"/> that names the file, the
/// extension and the keyword (and the column where there is one).</summary>
public sealed class CorruptSequenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_SEQ_TYPE_is_named()
    {
        var e = Read(Sequence(seqType: null).AddColumn("VALUE", [1.0, 2.0]));
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword SEQ_TYPE: the keyword is missing; 3ML writes the name of the sequence there.", e.Message);
        Assert.Equal("SEQUENCE", e.Extension);
        Assert.Equal("SEQ_TYPE", e.Keyword);
    }

    [Fact]
    public void A_SEQ_TYPE_that_is_not_a_string_is_refused()
    {
        var e = Read(Sequence(seqType: null).AddColumn("VALUE", [1.0, 2.0]).SetKeyword("SEQ_TYPE", 7L));
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword SEQ_TYPE: expected a string (the name of the sequence), found 7.", e.Message);
    }

    [Fact]
    public void An_empty_SEQ_TYPE_is_refused()
    {
        var e = Read(Sequence(seqType: "").AddColumn("VALUE", [1.0, 2.0]));
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword SEQ_TYPE: The sequence name is empty; give a name such as \"time\".", e.Message);
    }

    [Fact]
    public void Columns_longer_than_the_number_of_results_are_refused()
    {
        var e = Read(Sequence().AddColumn("LOWER_BOUND", [0.0, 1.0, 2.0]).AddColumn("UPPER_BOUND", [1.0, 2.0, 3.0]));
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword NAXIS2: the table has 3 rows but the file holds 2 ANALYSIS_RESULTS extensions; "
            + "3ML writes one row per result.", e.Message);
    }

    [Fact]
    public void A_vector_column_is_refused()
    {
        var e = Read(Sequence().AddArrayColumn("VALUE", [[1.0, 2.0], [3.0, 4.0]]));
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword TFORM1 column VALUE: the column is 2D; expected one number per result (TFORM B, I, J, K, E or D).", e.Message);
        Assert.Equal("VALUE", e.Column);
    }

    [Fact]
    public void A_text_column_is_refused()
    {
        var e = Read(Sequence().AddColumn("VALUE", [1.0, 2.0]).AddColumn("GRB", ["a", "b"]));
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword TFORM2 column GRB: the column is 1A; expected one number per result (TFORM B, I, J, K, E or D).", e.Message);
    }

    [Fact]
    public void An_unparsable_TUNIT_is_refused_with_the_parser_message()
    {
        var e = Read(Sequence().AddColumn("VALUE", [1.0, 2.0], "kev"));
        Assert.StartsWith($"Results file '{e.FilePath}' [SEQUENCE] keyword TUNIT1 column VALUE: Cannot parse unit 'kev': unknown unit 'kev'; did you mean 'keV'?", e.Message);
        Assert.IsType<Astromodels.UnitParseException>(e.InnerException);
    }

    [Fact]
    public void Two_columns_with_the_same_name_are_refused()
    {
        // The builder refuses twin names, so the second name is patched in the written file (same length, same card).
        var path = new ThreeMLStyleFile
        {
            ResultCount = 2,
            BeforeResults = f => f.Add(Sequence().AddColumn("VALUE", [1.0, 2.0]).AddColumn("VALUX", [3.0, 4.0]).Build()),
        }.Write(_folder.File("twins.fits"));
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("'VALUX"u8);
        "'value"u8.CopyTo(bytes.AsSpan(at));
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<ResultsFileException>(() => AnalysisResultsSet.Read(path));
        Assert.Equal($"Results file '{path}' [SEQUENCE] keyword TTYPE2 column value: columns 1 and 2 are both named value; expected different names.", e.Message);
    }

    [Fact]
    public void A_table_without_columns_is_refused()
    {
        var e = Read(Sequence());
        Assert.Equal($"Results file '{e.FilePath}' [SEQUENCE] keyword TFIELDS: the table has no column; 3ML writes at least one (VALUE, or LOWER_BOUND and UPPER_BOUND).", e.Message);
    }

    [Fact]
    public void Two_SEQUENCE_extensions_are_refused()
    {
        var path = new ThreeMLStyleFile
        {
            ResultCount = 2,
            BeforeResults = f =>
            {
                f.Add(Sequence().AddColumn("VALUE", [1.0, 2.0]).Build());
                f.Add(Sequence().AddColumn("VALUE", [3.0, 4.0]).Build());
            },
        }.Write(_folder.File("two.fits"));
        var e = Assert.Throws<ResultsFileException>(() => AnalysisResultsSet.Read(path));
        Assert.Equal($"Results file '{path}' [SEQUENCE] keyword EXTNAME: the file has 2 SEQUENCE extensions; expected at most one.", e.Message);
    }

    [Fact]
    public void A_SEQUENCE_that_is_not_a_binary_table_is_refused()
    {
        var image = ImageHdu.Create(new double[] { 1.0, 2.0 }, 2);
        image.Header.Set("EXTNAME", "SEQUENCE");
        var path = new ThreeMLStyleFile { ResultCount = 2, BeforeResults = f => f.Add(image) }.Write(_folder.File("image.fits"));
        var e = Assert.Throws<ResultsFileException>(() => AnalysisResultsSet.Read(path));
        Assert.Equal($"Results file '{path}' [SEQUENCE] keyword XTENSION: the extension is a ImageHdu; expected a binary table (BINTABLE).", e.Message);
    }

    [Fact]
    public void A_single_result_still_reads_alone_as_3ML_reads_it_without_looking_at_SEQUENCE()
    {
        var path = new ThreeMLStyleFile { BeforeResults = f => f.Add(Sequence().AddColumn("VALUE", [1.0, 2.0]).Build()) }.Write(_folder.File("one.fits"));
        Assert.IsType<ThreeML.Fitting.MLEResults>(AnalysisResults.Read(path));
        Assert.Throws<ResultsFileException>(() => AnalysisResultsSet.Read(path));
    }

    private static BinaryTableBuilder Sequence(string? seqType = "time")
    {
        var builder = new BinaryTableBuilder("SEQUENCE").SetKeyword("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0");
        return seqType is null ? builder : builder.SetKeyword("SEQ_TYPE", seqType, "Description of sequence type");
    }

    /// <summary>Writes two ANALYSIS_RESULTS after <paramref name="sequence"/> and reads the set, expecting a failure.</summary>
    private ResultsFileException Read(BinaryTableBuilder sequence)
    {
        var path = new ThreeMLStyleFile { ResultCount = 2, BeforeResults = f => f.Add(sequence.Build()) }.Write(_folder.File("broken.fits"));
        var e = Assert.Throws<ResultsFileException>(() => AnalysisResultsSet.Read(path));
        Assert.Equal(path, e.FilePath);
        Assert.Equal(e.Message, Assert.Throws<ResultsFileException>(() => AnalysisResults.ReadAll(path)).Message);
        return e;
    }
}
