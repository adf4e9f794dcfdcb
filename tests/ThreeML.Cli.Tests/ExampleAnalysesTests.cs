using ThreeML.Cli.Analysis;
using ThreeML.Cli.Output;
using ThreeML.Fitting;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class ExampleAnalysesTests
{
    private static string Example(string name) => Path.Combine(SharedData.RepositoryRoot!, "examples", "analyses", name);

    [RequiresSharedDataFact]
    public void Gbm_example_validates_loads_and_fits()
    {
        if (SharedData.RepositoryRoot is null || !Directory.Exists(Path.Combine(SharedData.RepositoryRoot, "..", "shared", "data")))
        {
            return;
        }

        var path = Example("gbm_bn090217206.yml");
        var file = AnalysisFileReader.Parse(File.ReadAllText(path), path, SharedData.RepositoryRoot);
        Assert.Equal(["n6", "n9", "b1"], file.Data.Select(d => d.Name));
        var data = AnalysisDataBuilder.Build(file);
        var (results, valid, _) = AnalysisRunner.Run(file, data);
        Assert.True(valid);
        Assert.InRange(results.BestFit[1], -1.2, -0.5);
    }

    [RequiresSharedDataFact]
    public void Xmm_absorbed_powerlaw_example_fits_from_astromodels_defaults()
    {
        if (SharedData.RepositoryRoot is null || !File.Exists(Path.Combine(SharedData.RepositoryRoot, "..", "shared", "data", "heacit", "XMM-Newton", "EPIC-PN", "PN.rmf")))
        {
            return;
        }

        var path = Example("xmm_pn_absorbed_powerlaw.yml");
        var file = AnalysisFileReader.Parse(File.ReadAllText(path), path, SharedData.RepositoryRoot);
        var data = AnalysisDataBuilder.Build(file);
        var (results, valid, _) = AnalysisRunner.Run(file, data);
        Assert.True(valid);
        // Free parameters in model order: NH_1 (1e22 cm⁻²), K_2, index_2. A regression range around our own fit
        // (NH = 0.184 ± 0.008, index = −1.989 ± 0.026 from `threeml fit`, 2026-12-06), not an external reference.
        Assert.InRange(results.BestFit[0], 0.15, 0.22);
        Assert.InRange(results.BestFit[2], -2.1, -1.9);

        // K_2 = 4.3e-4 is 26 decades above its lower bound 1e-30 (it is fitted in log10): no bound warning.
        Assert.Empty(BoundCheck.Warnings(results));
    }

    [RequiresSharedDataFact]
    public void Xmm_absorbed_blackbody_converges_from_astromodels_defaults()
    {
        if (SharedData.RepositoryRoot is null || !File.Exists(Path.Combine(SharedData.RepositoryRoot, "..", "shared", "data", "heacit", "XMM-Newton", "EPIC-PN", "PN.rmf")))
        {
            return;
        }

        // 3ML's MIGRAD runs NH to its upper bound from these defaults (kT = 30 keV) and ends invalid; the global fit must not.
        var path = Example("xmm_pn_absorbed_blackbody.yml");
        var file = AnalysisFileReader.Parse(File.ReadAllText(path), path, SharedData.RepositoryRoot);
        var (results, valid, reason) = AnalysisRunner.Run(file, AnalysisDataBuilder.Build(file));
        Assert.True(valid, reason);
        var mle = Assert.IsType<MLEResults>(results);

        // Free parameters in model order: NH_1, K_2, kT_2. The same minimum is reached by a local descent started at
        // kT = 1 keV (kT = 0.565 keV, NH at its lower bound, -log L = 3957.66; 2026-12-06).
        Assert.InRange(results.BestFit[2], 0.55, 0.58);
        Assert.Equal(3957.66, mle.MinusLogLikelihood, 0.01);
        Assert.Contains(BoundCheck.Warnings(results), w => w.Contains(".NH_1 = ", StringComparison.Ordinal) && w.Contains("at its lower bound", StringComparison.Ordinal));
    }

    [Fact]
    public void Example_files_parse_as_yaml_with_known_keys()
    {
        if (SharedData.RepositoryRoot is null)
        {
            return;
        }

        foreach (var path in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "examples", "analyses"), "*.yml"))
        {
            try
            {
                AnalysisFileReader.Parse(File.ReadAllText(path), path, SharedData.RepositoryRoot);
            }
            catch (AnalysisFileException e)
            {
                // Only missing data files may fail here (the XRT matrix is not shared); any other problem is a bug in the example.
                Assert.All(e.Problems, p => Assert.Contains("no such file", p.Message));
            }
        }
    }
}
