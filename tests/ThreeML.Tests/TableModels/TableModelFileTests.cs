using Astromodels.Serialization;
using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Results;
using ThreeML.Results.Persistence;
using ThreeML.Tests.Results.Persistence;
using ThreeML.TableModels;

namespace ThreeML.Tests.TableModels;

/// <summary>Table models in model files: written as <c>table: {kind, file}</c> and read back through XspecTableModel.Load.</summary>
public class TableModelFileTests
{
    private static string WriteTable(TempFolder folder)
    {
        var path = folder.File("cpl.fits");
        var edges = Enumerable.Range(0, 201).Select(i => Math.Pow(1000, i / 200.0)).ToArray();
        XspecTableWriter.Write(path, "cutoffpl", new CutoffPowerlaw(K: 0.01, piv: 100),
            [TableParameter.Grid("index", [-1.6, -1.2, -0.8]), TableParameter.Grid("xc", [100, 300, 900], TableInterpolation.Logarithmic)], edges);
        return path;
    }

    [Fact]
    public void Absorbed_table_model_round_trips_through_a_model_file_with_a_relative_table_path()
    {
        using var folder = new TempFolder();
        var path = WriteTable(folder);
        var table = XspecTableModel.Read(path);
        table["index"].Value = -1.1;
        table.K!.Value = 3.0;
        var model = new Model(new PointSource("src", 0, 0, new TbAbs(NH: 0.2) * table));
        var yaml = model.ToYaml();
        Assert.Contains("expression: (TbAbs{1} * cutoffpl{2})", yaml);
        Assert.Contains($"table_2:\n\n          kind: atable\n\n          file: {path}", yaml);

        // A model file naming the table relative to its own folder (the working folder is elsewhere).
        var modelFile = folder.File("model.yml");
        File.WriteAllText(modelFile, yaml.Replace(path, "cpl.fits", StringComparison.Ordinal));
        var loaded = Model.Load(modelFile, XspecTableModel.Load);
        var shape = loaded.PointSources[0].Components[0].Shape;
        foreach (var e in new[] { 2.0, 20.0, 200.0 })
        {
            Assert.Equal(model.PointSources[0].Components[0].Shape.Evaluate(e), shape.Evaluate(e), 14);
        }

        // The re-read table records the resolved file, so the model re-reads from anywhere.
        Assert.Equal(yaml, loaded.ToYaml());
    }

    [Fact]
    public void Without_a_loader_or_with_the_wrong_kind_the_table_is_reported()
    {
        using var folder = new TempFolder();
        var path = WriteTable(folder);
        var yaml = new Model(new PointSource("src", 0, 0, XspecTableModel.Read(path))).ToYaml();
        var noLoader = Assert.Throws<ModelFileException>(() => Model.FromYaml(yaml));
        Assert.Contains("'cutoffpl' is a table model (atable", noLoader.Message);
        Assert.Contains("src (point source).spectrum.main.cutoffpl.table", noLoader.Message);

        var wrongKind = Assert.Throws<ModelFileException>(() => Model.FromYaml(yaml.Replace("kind: atable", "kind: mtable", StringComparison.Ordinal), XspecTableModel.Load));
        Assert.Contains("is additive (atable), not a mtable", wrongKind.Message);

        var missing = Assert.Throws<ModelFileException>(() => Model.FromYaml(yaml.Replace(path, path + ".gone", StringComparison.Ordinal), XspecTableModel.Load));
        Assert.Contains("cannot load the table", missing.Message);
    }

    [Fact]
    public void Table_kinds_follow_XSPEC_and_load_checks_them()
    {
        using var folder = new TempFolder();
        var path = WriteTable(folder);
        Assert.Equal("atable", XspecTableModel.Read(path).TableKind);
        Assert.Equal(path, XspecTableModel.Read(path).TableFile);
        Assert.Equal(path, ((ITabulatedFunction)XspecTableModel.Read(path).Clone()).TableFile);
        Assert.Throws<ArgumentException>(() => XspecTableModel.Load("ztable", path));
    }

    [Fact]
    public void Results_file_of_a_table_model_fit_reads_back_with_the_table()
    {
        using var folder = new TempFolder();
        var path = WriteTable(folder);
        var response = OgipResponse.Read(ThreeML.DemoData.ResponsePath);
        var plugin = DispersionSpectrumLike.FromFunction("sim", new CutoffPowerlaw(K: 0.01, index: -1.2, xc: 300, piv: 100), response, new Random(5));
        var table = XspecTableModel.Read(path);
        table.K!.Value = 1.0;
        var result = new JointLikelihood(new Model(new PointSource("src", 0, 0, table)), new DataList(plugin)).Fit();
        var file = folder.File("fit.fits");
        result.Write(file);

        var read = Assert.IsType<MLEResults>(AnalysisResults.Read(file));
        var shape = Assert.IsType<XspecTableModel>(read.OptimizedModel.PointSources[0].Components[0].Shape);
        Assert.Equal(path, shape.TableFile);
        Assert.Equal(result.OptimizedModel.PointSources[0].Components[0].Shape.Evaluate(50.0), shape.Evaluate(50.0), 12);
    }
}
