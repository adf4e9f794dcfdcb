using ThreeML.Fits;
using ThreeML.Fitting;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>What a FITS header cannot hold as such: non-finite numbers, a missing covariance, the characters 3ML escapes.</summary>
[Collection(AnalysedResultsCollection.Name)]
public sealed class ResultsEdgeCaseTests(AnalysedResults analysed) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_fit_without_covariance_with_non_finite_numbers_and_a_failure_reason_reads_back_exactly()
    {
        var source = analysed.Mle;
        var n = source.FreeParameterPaths.Count;
        var diagnostics = new FitDiagnostics(false, "EDM above goal: 'tolerance' not reached", double.NaN, 77,
            [source.FreeParameterPaths[0], source.FreeParameterPaths[2]], TimeSpan.FromTicks(123456789));
        var original = new MLEResults(source.OptimizedModel, source.Samples, source.BestFit, source.Statistics,
            new InformationCriteria { Aic = double.NaN, Bic = double.PositiveInfinity, LnZ = double.NegativeInfinity },
            covariance: null, [.. Enumerable.Repeat(double.NaN, n)], diagnostics);
        var path = _folder.File("failed.fits");
        original.Write(path);

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("ANALYSIS_RESULTS");
        Assert.Equal("nan", table.Header.GetString("MV0"));
        Assert.Equal("inf", table.Header.GetString("MV1"));
        Assert.Equal("-inf", table.Header.GetString("MV2"));
        Assert.Equal("-inf", table.Header.GetString("MV3"));
        Assert.True(table.Header.GetBool("NOCOVAR"));
        Assert.All(table.ReadDoubles("COVARIANCE"), v => Assert.True(double.IsNaN(v)));

        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(path));
        Assert.Null(read.Covariance);
        Assert.Equal(original.InformationCriteria, read.InformationCriteria);
        Assert.False(read.IsValid);
        Assert.Equal(diagnostics.Reason, read.Reason);
        Assert.True(double.IsNaN(read.Diagnostics.Edm));
        Assert.Equal(77, read.LikelihoodCalls);
        Assert.Equal(diagnostics.ParametersAtLimit, read.Diagnostics.ParametersAtLimit);
        Assert.Equal(diagnostics.Elapsed, read.Diagnostics.Elapsed);
        Assert.All(read.Parameters.Values, p => Assert.True(double.IsNaN(p.Error)));
        Assert.Equal(source.Samples[4].ToArray(), read.Samples[4].ToArray());
    }

    [Fact]
    public void Status_flags_of_a_saddle_point_fit_read_back_and_keep_it_invalid()
    {
        var source = analysed.Mle;
        var status = new FitStatus { IsSaddlePoint = true, HasMadePositiveDefinite = true, Edm = 1e-5, EdmGoal = 1e-4 };
        var diagnostics = new FitDiagnostics(false, "saddle", 1e-5, 12, [], TimeSpan.Zero) { Status = status };
        var original = new MLEResults(source.OptimizedModel, source.Samples, source.BestFit, source.Statistics, source.InformationCriteria,
            source.Covariance, [.. source.Parameters.Values.Select(p => p.Error)], diagnostics);
        var path = _folder.File("saddle.fits");
        original.Write(path);

        var table = FitsFile.Read(path).GetExtension<BinaryTableHdu>("ANALYSIS_RESULTS");
        Assert.Equal("SADDLE_POINT,MADE_POSDEF", table.Header.GetString("FITFLAGS"));
        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(path));
        Assert.False(read.IsValid);
        Assert.True(read.Status.IsSaddlePoint);
        Assert.True(read.Status.HasMadePositiveDefinite);
        Assert.False(read.Status.IsValid);
        Assert.Equal(status.Flags, read.Status.Flags);
    }

    [Fact]
    public void A_file_that_says_not_valid_without_flags_stays_not_valid()
    {
        var source = analysed.Mle;
        var diagnostics = new FitDiagnostics(false, "old reason", 1e-5, 12, [], TimeSpan.Zero);
        var original = new MLEResults(source.OptimizedModel, source.Samples, source.BestFit, source.Statistics, source.InformationCriteria,
            source.Covariance, [.. source.Parameters.Values.Select(p => p.Error)], diagnostics);
        var path = _folder.File("old.fits");
        original.Write(path);

        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(path));
        Assert.False(read.Status.IsValid);
        Assert.Equal("old reason", read.Status.Reason);
        Assert.Empty(read.Status.Flags);
    }

    [Fact]
    public void The_five_characters_3ML_escapes_round_trip()
    {
        const string yaml = "a: 'x'\nb: \"y\"\nc: {}\n";
        var escaped = ResultsFitsLayout.EscapeYaml(yaml);
        Assert.Equal("a: _QUOTE1_x_QUOTE1__NEWLINE_b: _QUOTE2_y_QUOTE2__NEWLINE_c: _PARO__PARC__NEWLINE_", escaped);
        Assert.Equal(yaml, ResultsFitsLayout.UnescapeYaml(escaped));
    }
}
