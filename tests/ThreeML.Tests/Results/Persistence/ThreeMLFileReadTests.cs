using Astromodels.Serialization;
using ThreeML.Bayesian;
using ThreeML.Fitting;
using ThreeML.Results;
using ThreeML.Results.Persistence;

namespace ThreeML.Tests.Results.Persistence;

/// <summary>Files laid out as 3ML writes them read correctly.</summary>
public sealed class ThreeMLFileReadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_3ML_MLE_file_reads_with_draws_from_the_covariance_made_with_a_fixed_seed()
    {
        var path = new ThreeMLStyleFile().Write(_folder.File("mle.fits"));
        var r = Assert.IsType<MLEResults>(AnalysisResults.Read(path));

        Assert.Equal([ThreeMLStyleFile.K, ThreeMLStyleFile.Index], r.FreeParameterPaths);
        Assert.Equal([0.012, -2.1], r.BestFit);
        Assert.Equal([4e-4, 1e-4, 1e-4, 2.5e-3], r.Covariance!.Cast<double>());
        Assert.Equal(new FitStatistics([new("xrt", 123.4)], 123.4, binsUsed: null), r.Statistics);
        Assert.Equal(new InformationCriteria { Aic = 250.0, Bic = 251.0 }, r.InformationCriteria);
        Assert.True(r.IsValid);
        Assert.NotNull(r.OptimizedModel[ThreeMLStyleFile.K].Prior);

        // 3ML re-draws 5000 samples at random on every load; here the draws are the same on every read.
        Assert.Equal(5000, r.Samples.Count);
        var again = AnalysisResults.Read(path);
        Assert.Equal(r.Samples[0].ToArray(), again.Samples[0].ToArray());

        // K is log10-transformed: its draws are normal in log10 K with σ = √C00 = 0.02 (5000 draws: ±3 % on σ).
        var logK = r.Samples[0].ToArray().Select(Math.Log10).ToArray();
        var sd = Math.Sqrt(logK.Select(x => (x - logK.Average()) * (x - logK.Average())).Average());
        Assert.InRange(logK.Average(), Math.Log10(0.012) - 0.002, Math.Log10(0.012) + 0.002);
        Assert.InRange(sd, 0.0194, 0.0206);
        Assert.Equal(Math.Log(10) * 0.012 * 0.02, r.Parameters[ThreeMLStyleFile.K].Error, 15);
    }

    [Fact]
    public void A_3ML_Bayesian_file_reads_and_its_log_probability_is_split_with_the_model_priors()
    {
        var path = new ThreeMLStyleFile { ResultType = "Bayesian" }.Write(_folder.File("bayes.fits"));
        var r = Assert.IsType<BayesianResults>(AnalysisResults.Read(path));

        Assert.Equal([0.012, -2.1], r.BestFit);
        Assert.Equal(ThreeMLStyleFile.KSamples, r.Samples[ThreeMLStyleFile.K].ToArray());
        Assert.Equal(ThreeMLStyleFile.IndexSamples, r.Samples[ThreeMLStyleFile.Index].ToArray());
        for (var s = 0; s < ThreeMLStyleFile.SampleCount; s++)
        {
            Assert.True(double.IsFinite(r.LogPrior[s]));
            Assert.Equal(ThreeMLStyleFile.LogProbability[s], r.LogLikelihood[s] + r.LogPrior[s], 12);
        }

        // The prior of the uniform index is 1/10 everywhere in its support: differences in ln prior come from K alone.
        Assert.Equal(Math.Log(0.011 / 0.012), r.LogPrior[ThreeMLStyleFile.MapRow] - r.LogPrior[0], 12);

        // 3ML's STAT0 is ln L + ln prior at the MAP; ours is −ln L, as for MLE results.
        Assert.Equal("xrt", r.Statistics.Plugins[0].Name);
        Assert.Equal(95.5 + r.LogPrior[ThreeMLStyleFile.MapRow], r.Statistics.Plugins[0].MinusLogLikelihood, 12);
        Assert.Equal(r.Statistics.Plugins[0].MinusLogLikelihood, r.Statistics.MinusLogLikelihood);
        Assert.Null(r.Statistics.BinsUsed);

        // 3ML's "log(Z)" is log10 Z.
        Assert.Equal(["AIC", "BIC", "DIC", "PDIC", "ln(Z)", "log10(Z)"], r.InformationCriteria.Labelled.Select(m => m.Key));
        Assert.Equal(254.0, r.Log10Z, 12);
        Assert.Equal(254.0 * Math.Log(10), r.LnZ, 12);
    }

    [Fact]
    public void A_set_written_by_astropy_as_3ML_does_reads_with_its_SEQUENCE()
    {
        var path = _folder.File("set.fits.gz");
        File.WriteAllBytes(path, AstropyWrittenSet.Bytes);
        var all = AnalysisResults.ReadAll(path);
        Assert.Equal(2, all.Count);
        Assert.Equal("unspecified", all.Sequence.Name);
        Assert.Equal([new SequenceColumn("VALUE", [1.0, 2.0])], all.Sequence.Columns);
        var mle = Assert.IsType<MLEResults>(all[0]);
        var bayes = Assert.IsType<BayesianResults>(all[1]);
        Assert.Equal([0.012, -2.1], mle.BestFit);
        Assert.Equal([4e-4, 1e-4, 1e-4, 2.5e-3], mle.Covariance!.Cast<double>());
        Assert.Equal(new FitStatistics([new("xrt", 123.4)], 123.4, binsUsed: null), mle.Statistics);
        Assert.Equal(ThreeMLStyleFile.KSamples, bayes.Samples[ThreeMLStyleFile.K].ToArray());
        Assert.Equal(ThreeMLStyleFile.LogProbability[5], bayes.LogLikelihood[5] + bayes.LogPrior[5], 12);
        Assert.Equal(254.0, bayes.Log10Z, 12);

        // The MODEL text, joined from astropy's CONTINUE cards, is the model YAML exactly.
        var hand = AnalysisResults.Read(new ThreeMLStyleFile { ResultType = "Bayesian" }.Write(_folder.File("hand.fits")));
        Assert.Equal(hand.OptimizedModel.ToYaml(), bayes.OptimizedModel.ToYaml());
        Assert.Equal(hand.Statistics, bayes.Statistics);
    }

    [Fact]
    public void A_3ML_file_rewritten_here_reads_back_the_same()
    {
        var path = new ThreeMLStyleFile { ResultType = "Bayesian" }.Write(_folder.File("bayes.fits"));
        var first = AnalysisResults.Read(path);
        var copy = _folder.File("copy.fits");
        first.Write(copy);
        var second = AnalysisResults.Read(copy);
        Assert.Equal(first.Statistics, second.Statistics);
        Assert.Equal(first.InformationCriteria, second.InformationCriteria);
        Assert.Equal(first.Samples[0].ToArray(), second.Samples[0].ToArray());
    }
}
