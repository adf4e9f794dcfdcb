using Astromodels.Serialization;
using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Write → read → write of real MLE and Bayesian results: everything comes back bit for bit, and the second
/// file is byte-identical to the first.</summary>
[Collection(AnalysedResultsCollection.Name)]
public sealed class ResultsRoundTripTests(AnalysedResults analysed) : IDisposable
{
    private static readonly DateTime FixedDate = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Mle_results_read_back_exactly()
    {
        var original = analysed.Mle;
        var path = _folder.File("mle.fits");
        original.Write(path);
        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(path));

        AssertCommonEqual(original, read);
        Assert.Equal(Flatten(original.Covariance!), Flatten(read.Covariance!));
        Assert.Equal(original.IsValid, read.IsValid);
        Assert.Equal(original.Reason, read.Reason);
        Assert.Equal(original.Diagnostics.Edm, read.Diagnostics.Edm);
        Assert.Equal(original.LikelihoodCalls, read.LikelihoodCalls);
        Assert.Equal(original.Diagnostics.ParametersAtLimit, read.Diagnostics.ParametersAtLimit);
        Assert.Equal(original.Diagnostics.Elapsed, read.Diagnostics.Elapsed);
        Assert.Equal(original.Parameters.Values.Select(p => p.Error), read.Parameters.Values.Select(p => p.Error));
        Assert.Equal(original.MinusLogLikelihood, read.MinusLogLikelihood);
    }

    [Fact]
    public void Bayesian_results_read_back_exactly()
    {
        var original = analysed.Bayes;
        var path = _folder.File("bayes.fits");
        original.Write(path);
        var read = Assert.IsType<BayesianResults>(AnalysisResults.Read(path));

        AssertCommonEqual(original, read);
        Assert.Equal(original.LogLikelihood.ToArray(), read.LogLikelihood.ToArray());
        Assert.Equal(original.LogPrior.ToArray(), read.LogPrior.ToArray());
        Assert.Equal(original.LnZ, read.LnZ);
        Assert.Equal(original.LnZError, read.LnZError);
        Assert.Null(read.Run);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_rewrite_of_a_read_file_is_byte_identical(bool bayesian)
    {
        AnalysisResults original = bayesian ? analysed.Bayes : analysed.Mle;
        var first = _folder.File("first.fits");
        var second = _folder.File("second.fits");
        ResultsFileWriter.Write([original], first, overwrite: false, FixedDate);
        ResultsFileWriter.Write([AnalysisResults.Read(first)], second, overwrite: false, FixedDate);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Several_results_share_a_file_and_read_back_in_order()
    {
        var path = _folder.File("set.fits");
        AnalysisResults.WriteAll([analysed.Mle, analysed.Bayes], path);
        var all = AnalysisResults.ReadAll(path);
        Assert.Collection(all, r => AssertCommonEqual(analysed.Mle, Assert.IsType<MLEResults>(r)), r => AssertCommonEqual(analysed.Bayes, Assert.IsType<BayesianResults>(r)));
        var e = Assert.Throws<ResultsFileException>(() => AnalysisResults.Read(path));
        Assert.Equal($"Results file '{path}' keyword EXTNAME: the file holds 2 results; read them with AnalysisResults.ReadAll.", e.Message);
    }

    [Fact]
    public void An_existing_file_is_replaced_only_when_asked_and_no_temporary_file_is_left()
    {
        var path = _folder.File("mle.fits");
        analysed.Mle.Write(path);
        var e = Assert.Throws<IOException>(() => analysed.Bayes.Write(path));
        Assert.Contains($"'{path}'", e.Message);
        Assert.Contains("overwrite: true", e.Message);
        Assert.IsType<MLEResults>(AnalysisResults.Read(path));

        analysed.Bayes.Write(path, overwrite: true);
        Assert.IsType<BayesianResults>(AnalysisResults.Read(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void The_model_keeps_priors_and_links()
    {
        var path = _folder.File("bayes.fits");
        analysed.Bayes.Write(path);
        var model = AnalysisResults.Read(path).OptimizedModel;
        Assert.True(model["src1.spectrum.main.Blackbody.kT"].IsLinked);
        Assert.Equal("src2.spectrum.main.composite.kT_1", model["src1.spectrum.main.Blackbody.kT"].LinkedTo!.Path);
        Assert.NotNull(model["src2.spectrum.main.composite.index_2"].Prior);
    }

    private static void AssertCommonEqual(AnalysisResults original, AnalysisResults read)
    {
        Assert.Equal(original.ResultType, read.ResultType);
        Assert.Equal(original.FreeParameterPaths, read.FreeParameterPaths);
        Assert.Equal(original.BestFit, read.BestFit);
        Assert.Equal(original.Samples.Count, read.Samples.Count);
        for (var c = 0; c < original.Samples.Paths.Count; c++)
        {
            Assert.Equal(original.Samples[c].ToArray(), read.Samples[c].ToArray());
        }

        Assert.Equal(original.Statistics, read.Statistics);
        Assert.Equal(original.InformationCriteria, read.InformationCriteria);
        Assert.Equal(original.OptimizedModel.ToYaml(), read.OptimizedModel.ToYaml());
        Assert.Equal(original.GetParameterTable(), read.GetParameterTable());
    }

    private static double[] Flatten(double[,] m) => [.. m.Cast<double>()];
}
