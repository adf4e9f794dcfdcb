using Astromodels;
using Astromodels.Functions;
using ThreeML.Results;

namespace ThreeML.Tests.Results;

public class AnalysisResultsFluxTests
{
    private sealed class FixedSampleResults(Model model, SampleSet samples, double[] bestFit)
        : AnalysisResults(model, samples, bestFit, new FitStatistics([], 0, null), InformationCriteria.ForMaximumLikelihood(0, 0, 1))
    {
        public override string ResultType => "Test";
    }

    private static Model TutorialModel()
    {
        var model = new Model(
            new PointSource("src1", ra: 1, dec: 20, new Blackbody()),
            new PointSource("src2", ra: 2, dec: -10, new Blackbody() + new PowerlawFlux(a: 10, b: 500)));
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        return model;
    }

    private static readonly string[] Paths =
    [
        "src1.spectrum.main.Blackbody.K", "src2.spectrum.main.composite.K_1", "src2.spectrum.main.composite.kT_1",
        "src2.spectrum.main.composite.F_2", "src2.spectrum.main.composite.index_2",
    ];

    private static AnalysisResults Results(Model model, int n, int seed, Func<Random, double[]> row)
    {
        var random = new Random(seed);
        var columns = Enumerable.Range(0, Paths.Length).Select(_ => new double[n]).ToArray();
        for (var i = 0; i < n; i++)
        {
            var r = row(random);
            for (var c = 0; c < r.Length; c++)
            {
                columns[c][i] = r[c];
            }
        }

        return new FixedSampleResults(model, new SampleSet(Paths, columns), [4.5e-8, 1.1e-7, 500.0, 200.0, -1.5]);
    }

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    [Fact]
    public void Flux_is_the_median_of_the_per_row_fluxes_with_equal_tailed_bounds()
    {
        var results = Results(TutorialModel(), 401, 1, r => [4.5e-8 * (1 + 0.1 * Gauss(r)), 1.1e-7, 500.0, 200.0, -1.5]);
        var table = results.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "erg/cm2/s");
        Assert.Equal(["src1: total", "src2: total"], table.Names);
        var perRow = new double[401];
        for (var i = 0; i < 401; i++)
        {
            perRow[i] = Flux.Compute(new Blackbody(K: results.Samples[0][i], kT: 500.0), 1 * Units.keV, 1 * Units.MeV, "erg/cm2/s").Value;
        }

        Array.Sort(perRow);
        Assert.Equal(perRow[200], table["src1: total"].Flux.Value, 1e-12 * perRow[200]);
        Assert.Equal("erg / (cm2 s)", table["src1: total"].Flux.Unit.ToString());
        Assert.True(table["src1: total"].LowBound.Value < table["src1: total"].Flux.Value);
        Assert.True(table["src1: total"].HighBound.Value > table["src1: total"].Flux.Value);
    }

    [Fact]
    public void Linked_temperature_uncertainty_widens_the_dependent_source_flux()
    {
        // src1's kT follows src2's kT_1; varying kT_1 must move src1's flux ([Q11] in 3ML freezes it).
        var linked = Results(TutorialModel(), 2000, 2, r => [4.5e-8, 1.1e-7, 500.0 * (1 + 0.05 * Gauss(r)), 200.0, -1.5]);
        var frozen = TutorialModel();
        frozen.Unlink(frozen["src1.spectrum.main.Blackbody.kT"]);
        frozen["src1.spectrum.main.Blackbody.kT"].Value = 500.0;
        frozen["src1.spectrum.main.Blackbody.kT"].Free = false;
        var fixedKt = Results(frozen, 2000, 2, r => [4.5e-8, 1.1e-7, 500.0 * (1 + 0.05 * Gauss(r)), 200.0, -1.5]);
        var wide = linked.GetFlux(1 * Units.keV, 1 * Units.MeV, sources: ["src1"])["src1: total"];
        var narrow = fixedKt.GetFlux(1 * Units.keV, 1 * Units.MeV, sources: ["src1"])["src1: total"];
        Assert.True(wide.HighBound.Value - wide.LowBound.Value > 100 * (narrow.HighBound.Value - narrow.LowBound.Value));
    }

    [Fact]
    public void Summed_sources_keep_the_correlation_of_the_rows()
    {
        // K of src1 and K_1 of src2 are perfectly anti-correlated so that the two blackbodies always add to the same flux.
        var results = Results(TutorialModel(), 1000, 3, r =>
        {
            var u = 0.5 * r.NextDouble();
            return [(1 + u) * 1e-7, (1 - u) * 1e-7, 500.0, 1e-30 * 2, -1.5];
        });
        var single = results.GetFlux(1 * Units.keV, 1 * Units.MeV);
        var summed = results.GetFlux(1 * Units.keV, 1 * Units.MeV, sumSources: true);
        Assert.Equal(["total"], summed.Names);
        var width = single["src1: total"].HighBound.Value - single["src1: total"].LowBound.Value;
        var total = summed.Single(r => r.Name == "total");
        Assert.True(total.HighBound.Value - total.LowBound.Value < 1e-9 * width, $"summed width {total.HighBound.Value - total.LowBound.Value}, single width {width}");
    }

    [Fact]
    public void Components_are_named_by_function_as_3ML()
    {
        var results = Results(TutorialModel(), 50, 4, r => [4.5e-8, 1.1e-7, 500.0, 200.0 * (1 + 0.001 * Gauss(r)), -1.5]);
        var table = results.GetFlux(10 * Units.keV, 0.5 * Units.MeV, useComponents: true, fluxUnit: "1/(cm2 s)");
        Assert.Equal(["src1: total", "src2: Blackbody", "src2: Powerlaw_flux"], table.Names);
        Assert.True(Math.Abs(table["src2: Powerlaw_flux"].Flux.Value / 200.0 - 1) < 1e-3, $"Powerlaw_flux photon flux {table["src2: Powerlaw_flux"].Flux.Value}");
        var chosen = results.GetFlux(10 * Units.keV, 0.5 * Units.MeV, sources: ["src2"], useComponents: true, componentsToUse: ["Blackbody"], fluxUnit: "1/(cm2 s)", confidenceLevel: 0.95);
        Assert.Equal(["src2: Blackbody"], chosen.Names);
        Assert.Equal(0.95, chosen.ConfidenceLevel);
        Assert.Contains("src2: Blackbody", chosen.ToString());
        Assert.StartsWith("name,flux,low_bound,hi_bound,unit\n\"src2: Blackbody\",", chosen.ToCsv());
    }

    [Fact]
    public void Bad_requests_are_explained()
    {
        var results = Results(TutorialModel(), 10, 5, r => [4.5e-8, 1.1e-7, 500.0, 200.0, -1.5]);
        Assert.Contains("no point source 'src3'", Assert.Throws<ArgumentException>(() => results.GetFlux(1 * Units.keV, 1 * Units.MeV, sources: ["src3"])).Message);
        Assert.Contains("No component named 'Blackbodi'", Assert.Throws<ArgumentException>(() => results.GetFlux(1 * Units.keV, 1 * Units.MeV, useComponents: true, componentsToUse: ["Blackbodi"])).Message);
        Assert.Contains("strictly between 0 and 1", Assert.Throws<ArgumentOutOfRangeException>(() => results.GetFlux(1 * Units.keV, 1 * Units.MeV, confidenceLevel: 68)).Message);
        Assert.Contains("not a flux unit", Assert.Throws<ArgumentException>(() => results.GetFlux(1 * Units.keV, 1 * Units.MeV, fluxUnit: "keV")).Message);
        Assert.Contains("no row 'src1'", Assert.Throws<KeyNotFoundException>(() => results.GetFlux(1 * Units.keV, 1 * Units.MeV)["src1"]).Message);
    }

    [Fact]
    public void Parameter_table_uses_the_best_fit_and_sample_intervals()
    {
        var results = Results(TutorialModel(), 1001, 6, r => [4.5e-8 + 1e-9 * (r.NextDouble() - 0.5), 1.1e-7, 500.0, 200.0, -1.5]);
        var row = results.GetParameterTable()[0];
        Assert.Equal("src1.spectrum.main.Blackbody.K", row.Path);
        Assert.Equal(4.5e-8, row.Value);
        Assert.InRange(row.NegativeError, -0.5e-9, -0.3e-9);
        Assert.InRange(row.PositiveError, 0.3e-9, 0.5e-9);
        Assert.Equal(500.0, results.OptimizedModel["src1.spectrum.main.Blackbody.kT"].Value);
    }

    [Fact]
    public void Correlation_matrix_and_csv_come_from_the_samples()
    {
        // K and K_1 perfectly anti-correlated, kT_1 independent of both.
        var results = Results(TutorialModel(), 2000, 8, r =>
        {
            var u = r.NextDouble();
            return [(1 + u) * 1e-7, (2 - u) * 1e-7, 500.0 + 10 * r.NextDouble(), 200.0, -1.5];
        });
        var c = results.GetCorrelationMatrix();
        Assert.Equal(-1.0, c[0, 1], 10);
        Assert.Equal(1.0, c[2, 2]);
        Assert.InRange(c[0, 2], -0.1, 0.1);
        var csv = results.GetParameterTableCsv();
        Assert.StartsWith("path,value,negative_error,positive_error,error,unit\n\"src1.spectrum.main.Blackbody.K\",4.5E-08,", csv);
        Assert.Equal(6, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
