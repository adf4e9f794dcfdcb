using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Plugins;

/// <summary>An absorbed power law through the real XMM-Newton EPIC-pn response (HEACIT ULX observation), fitted back.</summary>
public class AbsorbedPowerlawSimulationTests
{
    private const string Folder = "heacit/XMM-Newton/EPIC-PN";

    [RequiresSharedDataFact("data/heacit/XMM-Newton/EPIC-PN/PN.rmf")]
    public void Pulls_of_NH_index_and_K_over_200_simulations_are_unbiased_with_unit_width()
    {
        var response = OgipResponse.Read(SharedData.Data($"{Folder}/PN.rmf"), SharedData.Data($"{Folder}/PN.arf"));
        var truth = new TbAbs(NH: 0.5) * new Powerlaw(K: 1e-3, index: -2.0);
        string[] names = ["NH_1", "index_2", "K_2"];
        var pulls = names.ToDictionary(n => n, _ => new List<double>());
        var random = new Random(2026);
        for (var s = 0; s < 200; s++)
        {
            var data = DispersionSpectrumLike.FromFunction("pn", truth, response, random, exposure: 20265.98);
            data.SetActiveMeasurements("0.3-10");
            var model = new Model(new PointSource("ulx", ra: 0, dec: 0, spectralShape: truth.Clone()));
            var result = new JointLikelihood(model, new DataList(data)).Fit();
            Assert.True(result.IsValid, $"simulation {s}: {result.Reason}");
            foreach (var n in names)
            {
                var p = result.Parameters[$"ulx.spectrum.main.composite.{n}"];
                pulls[n].Add((p.Value - truth[n].Value) / p.Error);
            }
        }

        foreach (var (n, list) in pulls)
        {
            var mean = list.Average();
            var width = Math.Sqrt(list.Sum(x => (x - mean) * (x - mean)) / (list.Count - 1));
            // 200 draws: the mean's standard error is 0.07 and the width's 0.05; allow about 3.5 of each.
            Assert.True(Math.Abs(mean) < 0.25, $"{n}: pull mean {mean}");
            Assert.InRange(width, 0.82, 1.18);
        }
    }
}
