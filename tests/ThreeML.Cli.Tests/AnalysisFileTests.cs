using Astromodels.Serialization;
using ThreeML.Cli.Analysis;
using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class AnalysisFileTests
{
    private static string Valid(string analysis = "type: mle") => $"""
base_dir: .
data:
  - name: sim
    observation: src.pha
    selections: ["12-900"]
model:
  file: model.yml
analysis:
  {analysis}
""";

    [Fact]
    public void Every_problem_is_reported_with_its_line()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var text = """
base_dir: .
data:
  - name: sim
    observation: nosuch.pha
    selections: ["12-900", "abc"]
    rebin_on_bakground: 5
model:
  file: model.yml
analysis:
  type: bayesian
  sampler: ultranst
outputs:
  flux:
    - emin: 1 MeV
      emax: 10 keV
      unit: erg/cm2/sx
""";
        var path = temp.File("analysis.yml");
        File.WriteAllText(path, text);
        var run = Threeml.Run("fit", path);
        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Trim().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 4: sim.observation: no such file 'nosuch.pha'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 5: sim.selections: Cannot read the selection 'abc'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("line 6: unknown key 'rebin_on_bakground'", StringComparison.Ordinal) && l.Contains("did you mean 'rebin_on_background'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("threeml: analysis.yml line 11: unknown sampler 'ultranst' (did you mean 'ultranest'?)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("line 10: a Bayesian analysis needs priors", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("line 16", StringComparison.Ordinal) && l.Contains("unknown unit 'erg/cm2/sx'", StringComparison.Ordinal));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void The_spectrum_plot_is_nufnu_unless_the_file_chooses_another_differential_flux_unit()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var byDefault = AnalysisFileReader.Parse(Valid() + "\noutputs:\n  plots: [spectra]\n", temp.File("a.yml"), temp.Path);
        Assert.Equal("erg2/(keV s cm2)", byDefault.Outputs.SpectrumUnit);
        var chosen = AnalysisFileReader.Parse(Valid() + "\noutputs:\n  plots: [spectra]\n  spectrum_unit: 1/(keV s cm2)\n", temp.File("a.yml"), temp.Path);
        Assert.Equal("1/(keV s cm2)", chosen.Outputs.SpectrumUnit);
        var e = Assert.Throws<AnalysisFileException>(() =>
            AnalysisFileReader.Parse(Valid() + "\noutputs:\n  plots: [spectra]\n  spectrum_unit: keV\n", temp.File("a.yml"), temp.Path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(12, p.Line); // the spectrum_unit line
        Assert.Equal("spectrum_unit 'keV' is not a differential flux unit; use one like 1/(keV s cm2) (N(E)), erg/(keV s cm2) (E·N(E)) or erg2/(keV s cm2) (νFν).", p.Message);
    }

    [Fact]
    public void Inverted_flux_band_names_its_line()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var e = Assert.Throws<AnalysisFileException>(() => AnalysisFileReader.Parse(Valid() + """

outputs:
  flux:
    - {emin: 1 MeV, emax: 10 keV}
""", temp.File("a.yml"), temp.Path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(12, p.Line);
        Assert.Contains("inverted", p.Message);
    }

    [Fact]
    public void Yaml_syntax_error_names_the_line()
    {
        var e = Assert.Throws<AnalysisFileException>(() => AnalysisFileReader.Parse("data:\n  - name: a\n   observation: [x\n", "bad.yml", "."));
        var p = Assert.Single(e.Problems);
        Assert.True(p.Line >= 3, p.ToString());
        Assert.StartsWith("bad.yml line ", p.ToString());
        Assert.Contains("not valid YAML", p.Message);
    }

    [Fact]
    public void Inline_model_errors_map_to_lines_of_the_analysis_file()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var text = """
base_dir: .
data:
  - name: sim
    observation: src.pha
model:
  yaml: |
    src (point source):
      position:
        ra: {value: 1.0}
        dec: {value: 2.0}
      spectrum:
        main:
          Powerlw:
            K: {value: 1.0}
""";
        var e = Assert.Throws<AnalysisFileException>(() => AnalysisFileReader.Parse(text, temp.File("a.yml"), temp.Path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(13, p.Line);
        Assert.Contains("Powerlaw", p.Message);
    }

    [Fact]
    public void Unknown_assignment_source_is_suggested()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var text = Valid().Replace("  file: model.yml", "  file: model.yml\n  assign: {sim: scr}", StringComparison.Ordinal);
        var e = Assert.Throws<AnalysisFileException>(() => AnalysisFileReader.Parse(text, temp.File("a.yml"), temp.Path));
        Assert.Contains("did you mean 'src'?", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Valid_file_reads_settings_and_options()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var file = AnalysisFileReader.Parse(Valid("type: mle\n  minimizer: nelder-mead\n  options: {tolerance: 0.01, samples: 100}\n  seed: 9"), temp.File("a.yml"), temp.Path);
        Assert.Equal("nelder_mead", file.Analysis.Minimizer);
        Assert.Equal(0.01, file.Analysis.Options["tolerance"]);
        Assert.Equal(9, file.Analysis.Seed);
        Assert.Equal(temp.File("src.pha"), Assert.Single(file.Data).Observation);
        Assert.Equal(["12-900"], file.Data[0].Selections);
    }

    [Fact]
    public void A_model_file_naming_an_XSPEC_table_model_is_read_with_the_table()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var table = temp.File("cpl.fits");
        ThreeML.TableModels.XspecTableWriter.Write(table, "cutoffpl", new Astromodels.Functions.CutoffPowerlaw(K: 0.01, piv: 100),
            [ThreeML.TableModels.TableParameter.Grid("index", [-1.6, -1.2])], [10.0, 100.0, 1000.0]);
        // The model file names the table relative to its own folder.
        var model = new Astromodels.Model(new Astromodels.PointSource("src", 0, 0, ThreeML.TableModels.XspecTableModel.Read(table)));
        File.WriteAllText(temp.File("model.yml"), model.ToYaml().Replace(table, "cpl.fits", StringComparison.Ordinal));
        var file = AnalysisFileReader.Parse(Valid(), temp.File("a.yml"), temp.Path);
        var shape = Assert.IsType<ThreeML.TableModels.XspecTableModel>(file.Model.PointSources[0].Components[0].Shape);
        Assert.Equal(table, shape.TableFile);

        // With a batch's file cache the table is read once; each analysis still gets a table function of its own.
        var files = new ThreeML.Ogip.OgipFileCache();
        var first = AnalysisFileReader.Parse(Valid(), temp.File("a.yml"), temp.Path, files.LoadTable).Model.PointSources[0].Components[0].Shape;
        var second = AnalysisFileReader.Parse(Valid(), temp.File("a.yml"), temp.Path, files.LoadTable).Model.PointSources[0].Components[0].Shape;
        Assert.NotSame(first, second);
        Assert.Equal((1L, 1L), (files.ReadCount, files.ReuseCount));
        Assert.Equal(table, Assert.IsType<ThreeML.TableModels.XspecTableModel>(second).TableFile);
        Assert.Equal(shape.Evaluate(50.0), second.Evaluate(50.0));
    }

    [Fact]
    public void Data_sets_naming_one_response_share_it_and_fit_as_with_their_own_copies()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var text = Valid().Replace("    selections: [\"12-900\"]", "    selections: [\"12-900\"]\n  - name: again\n    observation: src.pha\n    selections: [\"12-900\"]", StringComparison.Ordinal);
        var file = AnalysisFileReader.Parse(text, temp.File("a.yml"), temp.Path);
        var data = AnalysisDataBuilder.Build(file);
        var (first, second) = (Assert.IsType<ThreeML.Plugins.OgipLike>(data[0]), Assert.IsType<ThreeML.Plugins.OgipLike>(data[1]));
        Assert.Same(first.Response, second.Response);

        // Read separately, the same joint likelihood at the same point, bit for bit.
        var separate = new ThreeML.DataList(
            new ThreeML.Plugins.OgipLike("sim", temp.File("src.pha")), new ThreeML.Plugins.OgipLike("again", temp.File("src.pha")));
        foreach (var plugin in separate)
        {
            ((ThreeML.Plugins.SpectrumLike)plugin).SetActiveMeasurements("12-900");
        }

        Assert.NotSame(((ThreeML.Plugins.OgipLike)separate[0]).Response, ((ThreeML.Plugins.OgipLike)separate[1]).Response);
        double[] point = [0.4, -1.9];
        var shared = new ThreeML.Analysis.LikelihoodEvaluator(file.Model!.Clone(), data).LogLikelihood(point);
        Assert.Equal(shared, new ThreeML.Analysis.LikelihoodEvaluator(file.Model!.Clone(), separate).LogLikelihood(point));
        Assert.True(double.IsFinite(shared));
    }

    [Fact]
    public void Background_none_means_no_background_not_the_header_file()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var text = Valid().Replace("    observation: src.pha", "    observation: src.pha\n    background: none", StringComparison.Ordinal);
        var file = AnalysisFileReader.Parse(text, temp.File("a.yml"), temp.Path);
        var plugin = Assert.IsType<ThreeML.Plugins.OgipLike>(AnalysisDataBuilder.Build(file)[0]);
        Assert.Null(plugin.Background);
        var withHeader = AnalysisDataBuilder.Build(AnalysisFileReader.Parse(Valid(), temp.File("a.yml"), temp.Path));
        Assert.NotNull(Assert.IsType<ThreeML.Plugins.OgipLike>(withHeader[0]).Background);
    }

    [Fact]
    public void Options_of_another_method_are_refused_with_the_valid_names()
    {
        using var temp = new TempFolder();
        SyntheticData.Write(temp.Path);
        var e = Assert.Throws<AnalysisFileException>(() => AnalysisFileReader.Parse(Valid("type: mle\n  options: {frac_remain: 0.5}"), temp.File("a.yml"), temp.Path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(10, p.Line);
        Assert.Contains("unknown key 'frac_remain'", p.Message);
    }
}
