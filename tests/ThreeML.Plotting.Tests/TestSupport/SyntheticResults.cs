using Astromodels;
using Astromodels.Functions;
using ThreeML.Results;

namespace ThreeML.Plotting.Tests.TestSupport;

/// <summary>Results made of drawn samples only: correlated Gaussians around chosen values, for figures of many
/// parameters with very different scales (no fit behind them).</summary>
internal sealed class SyntheticResults : AnalysisResults
{
    private SyntheticResults(Model model, SampleSet samples, IReadOnlyList<double> bestFit)
        : base(model, samples, bestFit, new FitStatistics([], double.NaN, binsUsed: null), new InformationCriteria { Aic = double.NaN, Bic = double.NaN })
    {
    }

    public override string ResultType => "synthetic";

    /// <summary>Up to 11 parameters of a Band + blackbody + cut-off power law source: values from 10⁻⁵ to 10⁴,
    /// one pair strongly correlated.</summary>
    public static SyntheticResults Create(int count, int seed = 5)
    {
        var spectrum = new Band() + new Blackbody() + new CutoffPowerlaw() + new Powerlaw();
        var model = new Model(new PointSource("grb", ra: 10, dec: 20, spectrum));
        var all = new (string Name, double Value, double Sigma)[]
        {
            ("K_1", 0.021, 0.002), ("alpha_1", -0.83, 0.05), ("beta_1", -2.41, 0.12), ("xp_1", 512.0, 31.0),
            ("K_2", 4.6e-5, 3e-6), ("kT_2", 150.2, 0.4), ("K_3", 1.3e-3, 2e-4), ("index_3", -1.52, 0.08),
            ("xc_3", 12_400.0, 900.0), ("K_4", 2.2e-7, 4e-8), ("index_4", -2.05, 0.3),
        };
        var chosen = all.Take(count).ToArray();
        var rng = new Random(seed);
        const int n = 3000;
        var columns = chosen.Select(_ => new double[n]).ToArray();
        for (var i = 0; i < n; i++)
        {
            var shared = Normal(rng);
            for (var p = 0; p < chosen.Length; p++)
            {
                // Neighbouring parameters share part of their noise: tilted credible regions.
                var z = p % 2 == 0 ? (0.8 * shared) + (0.6 * Normal(rng)) : Normal(rng);
                columns[p][i] = chosen[p].Value + (chosen[p].Sigma * z);
            }
        }

        var paths = chosen.Select(c => $"grb.spectrum.main.composite.{c.Name}").ToArray();
        return new SyntheticResults(model, new SampleSet(paths, columns), [.. chosen.Select(c => c.Value)]);
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
