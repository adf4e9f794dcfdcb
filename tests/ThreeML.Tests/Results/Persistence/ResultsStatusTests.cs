using Astromodels;
using ThreeML.Fits;
using ThreeML.Fitting;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>An invalid fit says so everywhere it travels: the results file (FITVALID, FITFLAGS), and GetFlux.</summary>
[Collection(AnalysedResultsCollection.Name)]
public sealed class ResultsStatusTests(AnalysedResults analysed) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Validity_and_named_status_flags_round_trip_through_the_results_file()
    {
        var original = Invalid(new FitStatus { EdmAboveGoal = true, HasReachedCallLimit = true, Edm = 0.3, EdmGoal = 2e-4 });
        var path = _folder.File("flags.fits");
        original.Write(path);

        var header = FitsFile.Read(path).GetExtension<BinaryTableHdu>("ANALYSIS_RESULTS").Header;
        Assert.False(header.GetBool("FITVALID"));
        Assert.Equal("CALL_LIMIT,EDM_ABOVE_GOAL", header.GetString("FITFLAGS").Trim());
        Assert.Equal(
            [new FitFlag("CALL_LIMIT", "The call limit was reached before convergence."),
             new FitFlag("EDM_ABOVE_GOAL", "The estimated distance to the minimum is above its goal: not converged.")],
            original.Diagnostics.Flags);

        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(path));
        Assert.False(read.IsValid);
        Assert.Equal(original.Diagnostics.Flags, read.Diagnostics.Flags);
    }

    [Fact]
    public void A_file_without_status_keywords_reads_with_no_flags()
    {
        var path = _folder.File("plain.fits");
        analysed.Mle.Write(path);
        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(path));
        Assert.Empty(read.Diagnostics.Flags);
        Assert.Equal(analysed.Mle.IsValid, read.IsValid);
    }

    [Fact]
    public void GetFlux_refuses_an_invalid_fit_unless_allowed_and_then_marks_the_table()
    {
        var invalid = Invalid(null);
        var ex = Assert.Throws<InvalidOperationException>(() => invalid.GetFlux(10 * Units.keV, 100 * Units.keV));
        Assert.Contains("The fit is not valid (EDM above goal)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("allowInvalid: true", ex.Message, StringComparison.Ordinal);

        var table = invalid.GetFlux(10 * Units.keV, 100 * Units.keV, allowInvalid: true);
        Assert.False(table.FromValidFit);
        Assert.Equal("EDM above goal", table.InvalidFitReason);
        Assert.StartsWith("FROM A FIT THAT IS NOT VALID (EDM above goal)", table.ToString(), StringComparison.Ordinal);
        var csv = table.ToCsv().Split('\n');
        Assert.Equal("name,flux,low_bound,hi_bound,unit,fit_valid", csv[0]);
        Assert.EndsWith(",false", csv[1], StringComparison.Ordinal);

        var valid = analysed.Mle.GetFlux(10 * Units.keV, 100 * Units.keV);
        Assert.True(valid.FromValidFit);
        Assert.StartsWith("name,flux,low_bound,hi_bound,unit\n", valid.ToCsv(), StringComparison.Ordinal);
    }

    private MLEResults Invalid(FitStatus? status)
    {
        var source = analysed.Mle;
        var diagnostics = status is null
            ? new FitDiagnostics(false, "EDM above goal", 0.3, 810, [], TimeSpan.FromMilliseconds(5))
            : new FitDiagnostics(false, "EDM above goal", 0.3, 810, [], TimeSpan.FromMilliseconds(5)) { Status = status };
        return new MLEResults(source.OptimizedModel, source.Samples, source.BestFit, source.Statistics, source.InformationCriteria,
            source.Covariance, [.. source.Parameters.Values.Select(p => p.Error)], diagnostics);
    }
}
