using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Broken results files fail with a <see cref="ResultsFileException"/> that names the file, the extension,
/// the keyword or column and the row.</summary>
public sealed class CorruptResultsFileTests : IDisposable
{
    private const string Where = "[ANALYSIS_RESULTS (EXTVER 1)]";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_without_ANALYSIS_RESULTS_is_refused()
    {
        var e = Read(new ThreeMLStyleFile { WithoutResults = true });
        Assert.Equal($"Results file '{e.FilePath}' [ANALYSIS_RESULTS] keyword EXTNAME: there is no ANALYSIS_RESULTS extension (the file has SEQUENCE); "
            + "results files are written by AnalysisResults.Write or 3ML's write_to.", e.Message);
    }

    [Fact]
    public void An_unknown_result_type_is_refused()
    {
        var e = Read(new ThreeMLStyleFile { ResultType = "Frequentist" });
        Assert.Equal($"Results file '{e.FilePath}' {Where} keyword RESUTYPE: unknown result type 'Frequentist'; expected 'MLE' or 'Bayesian'.", e.Message);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var e = Read(new ThreeMLStyleFile { ResultType = "Bayesian", OmittedColumn = "SAMPLES" });
        Assert.StartsWith($"Results file '{e.FilePath}' {Where} column SAMPLES: the column is missing; 3ML writes NAME, VALUE,", e.Message);
        Assert.Equal("SAMPLES", e.Column);
    }

    [Fact]
    public void Samples_and_log_probability_of_different_lengths_are_refused()
    {
        var e = Read(new ThreeMLStyleFile { ResultType = "Bayesian", LogProbLength = 19 });
        Assert.Equal($"Results file '{e.FilePath}' {Where} column LOG_PROB: the column has 19 values per row but SAMPLES has 20 (one value per posterior sample).", e.Message);
    }

    [Fact]
    public void A_bad_model_yaml_is_refused_with_the_yaml_error()
    {
        var e = Read(new ThreeMLStyleFile { Yaml = ThreeMLModelYaml.Text.Replace("Powerlaw:", "NoSuchFunction:", StringComparison.Ordinal) });
        Assert.StartsWith($"Results file '{e.FilePath}' {Where} keyword MODEL: the model YAML cannot be read: ", e.Message);
        Assert.Contains("NoSuchFunction", e.Message);
        Assert.IsType<Astromodels.Serialization.ModelFileException>(e.InnerException);
    }

    [Fact]
    public void A_name_not_in_the_model_is_refused_with_its_row()
    {
        var e = Read(new ThreeMLStyleFile { Names = [ThreeMLStyleFile.K, "grb.spectrum.main.Powerlaw.indx"] });
        Assert.StartsWith($"Results file '{e.FilePath}' {Where} column NAME row 1: parameter 'grb.spectrum.main.Powerlaw.indx' is not in the model of keyword MODEL.", e.Message);
        Assert.Contains("grb.spectrum.main.Powerlaw.index", e.Message);
        Assert.Equal(1, e.Row);
    }

    [Fact]
    public void A_fixed_parameter_as_a_row_is_refused()
    {
        var e = Read(new ThreeMLStyleFile { Names = [ThreeMLStyleFile.K, "grb.spectrum.main.Powerlaw.piv"] });
        Assert.Equal($"Results file '{e.FilePath}' {Where} column NAME row 1: parameter 'grb.spectrum.main.Powerlaw.piv' is fixed in the model; every row must be a free parameter.", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_FITS_is_refused()
    {
        var path = _folder.File("junk.fits");
        File.WriteAllText(path, "not a FITS file");
        var e = Assert.Throws<ResultsFileException>(() => AnalysisResults.Read(path));
        Assert.StartsWith($"Results file '{path}': the file is not valid FITS: ", e.Message);
    }

    private ResultsFileException Read(ThreeMLStyleFile file)
    {
        var path = file.Write(_folder.File("broken.fits"));
        var e = Assert.Throws<ResultsFileException>(() => AnalysisResults.Read(path));
        Assert.Equal(path, e.FilePath);
        return e;
    }
}
