using Astromodels;
using Astromodels.Functions;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.Spectra;

namespace ThreeML.Tests.Plugins;

public class SimulationTests
{
    /// <summary>A 60×40 response with Gaussian redistribution (σ = 8 % of E) and a smooth effective area.</summary>
    internal static InstrumentResponse SmallResponse()
    {
        var e = Enumerable.Range(0, 61).Select(i => 20.0 * Math.Pow(100.0, i / 60.0)).ToArray();
        var ch = Enumerable.Range(0, 41).Select(i => 25.0 * Math.Pow(60.0, i / 40.0)).ToArray();
        var m = new double[60, 40];
        for (var j = 0; j < 60; j++)
        {
            var centre = Math.Sqrt(e[j] * e[j + 1]);
            var sigma = 0.08 * centre;
            var area = 100.0 * centre / (centre + 100.0);
            for (var c = 0; c < 40; c++)
            {
                var mid = 0.5 * (ch[c] + ch[c + 1]);
                m[j, c] = area * (ch[c + 1] - ch[c]) * Math.Exp(-0.5 * Math.Pow((mid - centre) / sigma, 2)) / (sigma * Math.Sqrt(2 * Math.PI));
            }
        }

        return InstrumentResponse.FromMatrix(m, e, ch);
    }

    [Fact]
    public void From_function_is_reproducible_for_a_fixed_seed()
    {
        var response = SmallResponse();
        DispersionSpectrumLike Make(int seed) => DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-3, kT: 150.0), response, new Random(seed),
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);
        var a = Make(1234);
        var b = Make(1234);
        var c = Make(1235);
        Assert.Equal(a.Observation.Counts.ToArray(), b.Observation.Counts.ToArray());
        Assert.Equal(a.Background!.Counts.ToArray(), b.Background!.Counts.ToArray());
        Assert.NotEqual(a.Observation.Counts.ToArray(), c.Observation.Counts.ToArray());
        Assert.Equal(BackgroundNoise.Poisson, a.BackgroundNoise);
        Assert.Equal(10.0, a.Observation.Exposure);
        Assert.Equal(1.0, a.ScaleFactor);
    }

    [Fact]
    public void Mean_of_2000_simulations_matches_the_expectation_within_3_sigma_in_every_channel()
    {
        var response = SmallResponse();
        var source = new Blackbody(K: 5e-3, kT: 150.0);
        var background = new Powerlaw(K: 1, index: -1.5, piv: 1e3);
        const double exposure = 10.0;

        // Source expectation: the plugin's own folded model; background expectation: the closed-form power-law
        // integral over each channel (independent of the Simpson rule used by the simulation).
        var reference = new DispersionSpectrumLike("ref", new BinnedSpectrumWithDispersion(new double[40], exposure, response));
        reference.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, source.Clone())));
        var expectedSource = reference.GetExpectedModelCounts();
        var ch = response.ChannelEdges.ToArray();
        var expectedBackground = Enumerable.Range(0, 40).Select(i => exposure * background.Integral(ch[i], ch[i + 1])).ToArray();

        const int n = 2000;
        var sumObs = new double[40];
        var sumBkg = new double[40];
        var random = new Random(7);
        for (var k = 0; k < n; k++)
        {
            var sim = DispersionSpectrumLike.FromFunction("s", source, response, random, backgroundFunction: background, exposure: exposure);
            for (var i = 0; i < 40; i++)
            {
                sumObs[i] += sim.Observation.Counts[i];
                sumBkg[i] += sim.Background!.Counts[i];
            }
        }

        // Also the whole spectrum at once: Σ z² over the 80 channel means follows χ²(80); its 99.9 % point is 124.8.
        var chi2 = 0.0;
        for (var i = 0; i < 40; i++)
        {
            var lambdaObs0 = expectedSource[i] + expectedBackground[i];
            chi2 += Math.Pow(sumObs[i] / n - lambdaObs0, 2) / (lambdaObs0 / n) + Math.Pow(sumBkg[i] / n - expectedBackground[i], 2) / (expectedBackground[i] / n);
        }

        Assert.True(chi2 < 124.8, $"chi2 = {chi2}");
        for (var i = 0; i < 40; i++)
        {
            var lambdaObs = expectedSource[i] + expectedBackground[i];
            Assert.True(Math.Abs(sumObs[i] / n - lambdaObs) <= 3 * Math.Sqrt(lambdaObs / n) + 1e-9, $"channel {i}: mean {sumObs[i] / n}, expected {lambdaObs}");
            Assert.True(Math.Abs(sumBkg[i] / n - expectedBackground[i]) <= 3 * Math.Sqrt(expectedBackground[i] / n) + 1e-9, $"background channel {i}: mean {sumBkg[i] / n}, expected {expectedBackground[i]}");
        }
    }

    [Fact]
    public void Simulated_dataset_keeps_the_selection_assignment_and_noise()
    {
        var response = SmallResponse();
        var plugin = DispersionSpectrumLike.FromFunction("s1", new Blackbody(K: 5e-3, kT: 150.0), response, new Random(1),
            backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);
        plugin.SetActiveMeasurements("40-900");
        plugin.AssignToSource("a");
        plugin.SetModel(new Model(new PointSource("a", ra: 0, dec: 0, new Blackbody(K: 5e-3, kT: 150.0))));
        var sim = (DispersionSpectrumLike)plugin.GetSimulatedDataset("sim", new Random(5));
        Assert.Equal("sim", sim.Name);
        Assert.Equal(plugin.Mask.ToArray(), sim.Mask.ToArray());
        Assert.Equal("a", sim.AssignedSource);
        Assert.Equal(BackgroundNoise.Poisson, sim.BackgroundNoise);
        Assert.Same(response, sim.Response);
    }
}
