using Astromodels;
using Astromodels.Functions;
using ThreeML.Cosmology;
using ThreeML.Results;

namespace ThreeML.Tests.Results;

public class AnalysisResultsLuminosityTests
{
    private const double KeVToErg = 1.602176634e-9;

    // astropy 5.2.1: Planck18.luminosity_distance(1).to(u.cm).
    private const double PlanckDistanceAtZ1 = 2.0955666325143365e+28;

    private sealed class FixedSampleResults(Model model, SampleSet samples, double[] bestFit)
        : AnalysisResults(model, samples, bestFit, new FitStatistics([], 0, null), InformationCriteria.ForMaximumLikelihood(0, 0, 1))
    {
        public override string ResultType => "Test";
    }

    private static (AnalysisResults Results, double MedianK) PowerlawResults(int n, int seed)
    {
        var model = new Model(new PointSource("grb", ra: 10, dec: 20, new Powerlaw(K: 1e-2, index: -1.5)));
        var random = new Random(seed);
        var k = Enumerable.Range(0, n).Select(_ => 1e-2 * Math.Exp(0.2 * (random.NextDouble() - 0.5))).ToArray();
        var results = new FixedSampleResults(model, new SampleSet(["grb.spectrum.main.Powerlaw.K"], [k]), [1e-2]);
        return (results, k.Order().ElementAt(n / 2));
    }

    [Theory]
    [InlineData(1, 401)]
    [InlineData(2, 1001)]
    public void Rest_frame_luminosity_is_4pi_dl2_times_the_k_corrected_flux(int seed, int n)
    {
        // Index −1.5: ∫ E·K E^−1.5 dE over [a, b] = 2K(√b − √a) keV/(cm² s); the rest band 1–100 keV is observed at 0.5–50 keV.
        var (results, k) = PowerlawResults(n, seed);
        var row = results.GetLuminosity(1, 1 * Units.keV, 100 * Units.keV)["grb: total"];
        var expected = 4 * Math.PI * PlanckDistanceAtZ1 * PlanckDistanceAtZ1 * 2 * k * (Math.Sqrt(50) - Math.Sqrt(0.5)) * KeVToErg;
        Assert.Equal(expected, row.Flux.Value, 1e-7 * expected);
        Assert.Equal("erg / s", row.Flux.Unit.ToString());
        Assert.True(row.LowBound.Value < row.Flux.Value && row.Flux.Value < row.HighBound.Value);
        Assert.Equal(n, row.Samples.Length);
    }

    [Fact]
    public void Observer_frame_band_and_another_cosmology()
    {
        var (results, k) = PowerlawResults(301, 3);
        var cosmology = new FlatLambdaCdm(70, 0.3);
        var distance = cosmology.LuminosityDistance(0.5);
        var row = results.GetLuminosity(0.5, 1 * Units.keV, 100 * Units.keV, restFrame: false, cosmology: cosmology)["grb: total"];
        var expected = 4 * Math.PI * distance * distance * 2 * k * (Math.Sqrt(100) - 1) * KeVToErg;
        Assert.Equal(expected, row.Flux.Value, 1e-7 * expected);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => results.GetLuminosity(0, 1 * Units.keV, 100 * Units.keV));
        Assert.Contains("redshift must be positive", ex.Message);
    }
}
