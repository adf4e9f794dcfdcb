using Astromodels;
using Astromodels.Functions;
using Astromodels.Priors;
using ThreeML.Bayesian;
using ThreeML.Bayesian.Samplers.Importance;
using ThreeML.Bayesian.Samplers.Nested;
using ThreeML.Plugins;
using ThreeML.Spectra;

namespace ThreeML.Tests.Bayesian;

public class BayesianAnalysisTests
{
    // Gaussian data y = b·x + a with known errors and flat priors wide enough to be irrelevant: the posterior of (a, b)
    // is the normal distribution centred on the least-squares solution with covariance (XᵀWX)⁻¹.
    private static readonly double[] Edges = [0, 1, 2, 3, 4, 5];
    private static readonly double[] Y = [1.2, 2.9, 5.1, 7.2, 8.8];
    private static readonly double[] Sigma = [0.3, 0.3, 0.4, 0.5, 0.5];

    private static (Model Model, DataList Data) LineProblem()
    {
        var line = new Line(a: 0.5, b: 1.5);
        line.A.Bounds = (-5, 5);
        line.B.Bounds = (-5, 5);
        line.A.Prior = new UniformPrior(lowerBound: -5, upperBound: 5);
        line.B.Prior = new UniformPrior(lowerBound: -5, upperBound: 5);
        var plugin = new SpectrumLike("xy", new BinnedSpectrum(Y, 1.0, Edges, countErrors: Sigma));
        return (new Model(new PointSource("src", ra: 0, dec: 0, line)), new DataList(plugin));
    }

    private static (double A, double B, double SigmaA, double SigmaB) LeastSquares()
    {
        double sw = 0, swx = 0, swxx = 0, swy = 0, swxy = 0;
        for (var i = 0; i < 5; i++)
        {
            var w = 1 / (Sigma[i] * Sigma[i]);
            var x = i + 0.5;
            sw += w;
            swx += w * x;
            swxx += w * x * x;
            swy += w * Y[i];
            swxy += w * x * Y[i];
        }

        var det = sw * swxx - swx * swx;
        return ((swxx * swy - swx * swxy) / det, (sw * swxy - swx * swy) / det, Math.Sqrt(swxx / det), Math.Sqrt(sw / det));
    }

    [Fact]
    public void Nested_sampling_recovers_the_analytic_posterior_of_a_linear_gaussian_problem()
    {
        var (model, data) = LineProblem();
        var ba = new BayesianAnalysis(model, data);
        ba.SetSampler(new NestedSampler { MinNumLivePoints = 200, Seed = 42 });
        var r = ba.Sample();
        var (a, b, sa, sb) = LeastSquares();
        var sampleA = r.Samples["src.spectrum.main.Line.a"].ToArray();
        var sampleB = r.Samples["src.spectrum.main.Line.b"].ToArray();
        Assert.InRange(sampleA.Average(), a - 0.1 * sa, a + 0.1 * sa);
        Assert.InRange(sampleB.Average(), b - 0.1 * sb, b + 0.1 * sb);
        var sdA = Math.Sqrt(sampleA.Select(x => (x - sampleA.Average()) * (x - sampleA.Average())).Average());
        Assert.InRange(sdA / sa, 0.9, 1.1);
        Assert.True(double.IsFinite(r.LnZ) && r.LnZError > 0);
        Assert.Equal(r.LnZ / Math.Log(10), r.Log10Z, 12);
        Assert.Equal(["AIC", "BIC", "DIC", "PDIC", "ln(Z)", "log10(Z)"], r.InformationCriteria.Labelled.Select(m => m.Key));
        Assert.Equal(r.LnZ, r.InformationCriteria.LnZ);
        // p_D ≈ the number of well-constrained parameters.
        Assert.InRange(r.InformationCriteria.EffectiveParameters!.Value, 1.6, 2.4);
        Assert.Contains("Maximum a posteriori probability (MAP) point:", r.ToString());
    }

    [Fact]
    public void Sample_can_be_called_twice_and_emcee_is_available_by_name()
    {
        var (model, data) = LineProblem();
        var ba = new BayesianAnalysis(model, data);
        ba.SetSampler("emcee");
        Assert.Equal("emcee", ba.Sampler.Name);
        var first = ba.Sample();
        var second = ba.Sample();
        Assert.Equal(first.Samples.Count, second.Samples.Count);
        Assert.True(double.IsNaN(first.LnZ));
        var (a, _, sa, _) = LeastSquares();
        Assert.InRange(second.Samples["src.spectrum.main.Line.a"].ToArray().Average(), a - 0.3 * sa, a + 0.3 * sa);
    }

    [Fact]
    public void Nautilus_is_available_by_name_and_recovers_the_least_squares_posterior()
    {
        var (model, data) = LineProblem();
        var ba = new BayesianAnalysis(model, data);
        ba.SetSampler("nautilus");
        Assert.IsType<ImportanceNestedSampler>(ba.Sampler);
        var r = ba.Sample();
        var (a, b, sa, sb) = LeastSquares();
        var sampleA = r.Samples["src.spectrum.main.Line.a"].ToArray();
        var sampleB = r.Samples["src.spectrum.main.Line.b"].ToArray();
        Assert.InRange(sampleA.Average(), a - (0.15 * sa), a + (0.15 * sa));
        Assert.InRange(sampleB.Average(), b - (0.15 * sb), b + (0.15 * sb));
        var sdB = Math.Sqrt(sampleB.Select(x => (x - sampleB.Average()) * (x - sampleB.Average())).Average());
        Assert.InRange(sdB / sb, 0.85, 1.15);
        Assert.True(double.IsFinite(r.LnZ) && r.LnZError > 0);
    }

    [Fact]
    public void Missing_priors_are_listed_together()
    {
        var model = new Model(new PointSource("src", ra: 0, dec: 0, new Line()));
        var plugin = new SpectrumLike("xy", new BinnedSpectrum(Y, 1.0, Edges, countErrors: Sigma));
        var ex = Assert.Throws<ArgumentException>(() => new BayesianAnalysis(model, new DataList(plugin)));
        Assert.Contains("these have none: src.spectrum.main.Line.a, src.spectrum.main.Line.b", ex.Message);
    }

    [Fact]
    public void Unknown_sampler_name_is_explained()
    {
        var (model, data) = LineProblem();
        var ba = new BayesianAnalysis(model, data);
        var ex = Assert.Throws<ArgumentException>(() => ba.SetSampler("ultranst"));
        Assert.Contains("Did you mean 'ultranest'", ex.Message);
    }
}
