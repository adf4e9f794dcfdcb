using Astromodels;
using Astromodels.Functions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using ThreeML.Analysis;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Spectra;
using ThreeML.Tests.Plugins;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Fitting;

public class JointLikelihoodTests
{
    [Fact]
    public void Tutorial_fit_from_3ML_defaults_converges_and_agrees_with_an_independent_minimization_within_a_hundredth_of_sigma()
    {
        // The tutorial's problem: the embedded demo response, data from FromFunction with a fixed seed, 3ML's default
        // start values (K = 1e-4, kT = 30, F = 1, index = -2).
        var (model, data) = TutorialProblem.Build(OgipResponse.Read(ThreeML.DemoData.ResponsePath));
        var (localModel, localData) = TutorialProblem.Build(OgipResponse.Read(ThreeML.DemoData.ResponsePath));
        var local = new JointLikelihood(localModel, localData).Fit(strategy: FitStrategy.Local);
        Assert.True(local.IsValid, local.Reason);
        Assert.True(local.LikelihoodCalls <= 1232, $"{local.LikelihoodCalls} likelihood calls; 3ML's Minuit needs 1232");
        var r = new JointLikelihood(model, data).Fit();
        Assert.True(r.IsValid, r.Reason);
        Assert.True(r.LikelihoodCalls <= 3 * 1232, $"{r.LikelihoodCalls} likelihood calls; the global search may use up to 3x Minuit's 1232");
        Assert.True(r.MinusLogLikelihood <= local.MinusLogLikelihood + 1e-3);

        // Independent minimizer: MathNet's Nelder–Mead simplex on the same −ln L in astromodels' internal space,
        // started two standard deviations away and run to a tight tolerance.
        var evaluator = new LikelihoodEvaluator(model.Clone(), new DataList([.. data.Select(p => p.Clone())]));
        var free = evaluator.FreeParameters;
        double Objective(Vector<double> x)
        {
            var external = free.Select((p, i) => p.ToPhysical(x[i])).ToArray();
            var logL = evaluator.LogLikelihood(external);
            return double.IsFinite(logL) ? -logL : 1e300;
        }

        var start = Vector<double>.Build.DenseOfEnumerable(free.Select((p, i) => p.ToScaled(r.BestFit[i]) + 2 * Math.Sqrt(r.Covariance![i, i])));
        var reference = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), start, 1e-11, 100000);
        for (var i = 0; i < free.Count; i++)
        {
            var ours = free[i].ToScaled(r.BestFit[i]);
            var sigma = Math.Sqrt(r.Covariance![i, i]);
            Assert.True(Math.Abs(ours - reference.MinimizingPoint[i]) < 0.01 * sigma, $"{free[i].Path}: ours {ours}, reference {reference.MinimizingPoint[i]}, sigma {sigma}");
        }

        Assert.True(r.MinusLogLikelihood <= reference.FunctionInfoAtMinimum.Value + 1e-6);
        Assert.Equal(r.BestFit[2], model["src1.spectrum.main.Blackbody.kT"].Value, 10);
    }

    [Fact]
    public void A_poor_start_on_a_weak_signal_still_converges_to_a_valid_local_minimum()
    {
        // With the small 60×40 test response the default start leads to a local minimum (a cool blackbody absorbed by
        // the profiled background); the fit must still be valid and say so. Global searches: MultiStartMinimizer.
        var (model, data) = TutorialProblem.Build(SimulationTests.SmallResponse(), exposure: 50.0);
        var r = new JointLikelihood(model, data).Fit();
        Assert.True(r.IsValid, r.Reason);
        Assert.True(r.LikelihoodCalls < 5000, $"{r.LikelihoodCalls} calls");
    }

    [Fact]
    public void Results_carry_statistics_measures_and_samples()
    {
        var (model, data) = TutorialProblem.Build(SimulationTests.SmallResponse(), exposure: 50.0);
        var r = new JointLikelihood(model, data).Fit(samples: 1000, random: new Random(1));
        Assert.Equal(["s1", "s2"], r.Statistics.Plugins.Select(s => s.Name));
        Assert.Equal(r.Statistics["s1"] + r.Statistics["s2"], r.MinusLogLikelihood, 8);
        Assert.Equal(80, r.Statistics.BinsUsed);
        Assert.Equal(1000, r.Samples.Count);
        var n = 80;
        Assert.Equal(2 * r.MinusLogLikelihood + 2 * 5 + 2.0 * 5 * 6 / (n - 5 - 1), r.Aic, 8);
        Assert.Equal(2 * r.MinusLogLikelihood + 5 * Math.Log(n), r.Bic, 8);
        Assert.Equal("MLE", r.ResultType);
        Assert.True(r.Parameters["src2.spectrum.main.composite.kT_1"].Error > 0);
        Assert.Contains("Fit is valid", r.ToString());
        Assert.Contains("did you mean", Assert.Throws<KeyNotFoundException>(() => r.Parameters["src2.spectrum.main.composite.kT_2"]).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Profile_errors_of_a_linear_gaussian_problem_equal_the_analytic_ones()
    {
        // y = b x + a with Gaussian errors: −ln L = ½χ² is exactly quadratic, so the profile errors at Δ = 0.5 equal
        // the least-squares standard errors (X^T W X)^-1. Bins of width 1 with f(E) = b E + a integrate to b·mid + a.
        double[] edges = [0, 1, 2, 3, 4, 5];
        double[] y = [1.2, 2.9, 5.1, 7.2, 8.8];
        double[] sigma = [0.3, 0.3, 0.4, 0.5, 0.5];
        var plugin = new SpectrumLike("xy", new BinnedSpectrum(y, 1.0, edges, countErrors: sigma));
        var model = new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 0.5, b: 1.5)));
        var jl = new JointLikelihood(model, new DataList(plugin));
        var r = jl.Fit();
        Assert.True(r.IsValid, r.Reason);

        double sw = 0, swx = 0, swxx = 0;
        for (var i = 0; i < 5; i++)
        {
            var w = 1 / (sigma[i] * sigma[i]);
            var x = i + 0.5;
            sw += w;
            swx += w * x;
            swxx += w * x * x;
        }

        var det = sw * swxx - swx * swx;
        var sigmaA = Math.Sqrt(swxx / det);
        var sigmaB = Math.Sqrt(sw / det);
        var errors = jl.GetErrors();
        Assert.Equal(-sigmaA, errors["src.spectrum.main.Line.a"].NegativeError, 1e-4 * sigmaA);
        Assert.Equal(sigmaA, errors["src.spectrum.main.Line.a"].PositiveError, 1e-4 * sigmaA);
        Assert.Equal(sigmaB, errors["src.spectrum.main.Line.b"].PositiveError, 1e-4 * sigmaB);
        Assert.Equal(sigmaA, r.Parameters["src.spectrum.main.Line.a"].Error, 1e-3 * sigmaA);

        // 90 %: Δ(−ln L) = 1.3528 → errors scale by √(2·1.3528) = 1.6449.
        var e90 = jl.GetErrors(confidenceLevel: 0.9);
        Assert.Equal(1.6448536 * sigmaB, e90["src.spectrum.main.Line.b"].PositiveError, 1e-4 * sigmaB);
    }

    [Fact]
    public void Errors_need_a_fit_first()
    {
        var plugin = new SpectrumLike("s", new BinnedSpectrum([1, 2], 1.0, [1, 2, 3]));
        var jl = new JointLikelihood(new Model(new PointSource("src", ra: 0, dec: 0, new Line(a: 1, b: 0))), new DataList(plugin));
        Assert.Contains("call Fit first", Assert.Throws<InvalidOperationException>(() => jl.GetErrors()).Message);
        Assert.Contains("call Fit first", Assert.Throws<InvalidOperationException>(() => jl.RestoreBestFit()).Message);
    }
}
