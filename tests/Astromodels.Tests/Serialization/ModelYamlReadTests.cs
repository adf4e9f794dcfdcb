using Astromodels.Functions;
using Astromodels.Priors;
using Astromodels.Serialization;

namespace Astromodels.Tests.Serialization;

public class ModelYamlReadTests
{
    [Fact]
    public void Astromodels_file_loads_values_priors_links_and_external_parameters()
    {
        var model = Model.FromYaml(AstromodelsYaml.Text);
        Assert.Equal(["grb", "gal"], model.PointSources.Select(s => s.Name));
        Assert.True(model.Sources["gal"].IsGalactic);
        Assert.Equal(125.6, model["grb.position.ra"].Value);
        Assert.Equal(12.56, model["grb.position.ra"].Delta);
        Assert.True(model["gal.position.b"].Free);
        Assert.Equal(1.2, model["grb.spectrum.main.Powerlaw.K"].Value, 1e-15);
        Assert.Equal((1e-30, 1000.0), ((double, double))(model["grb.spectrum.main.Powerlaw.K"].MinValue!.Value, model["grb.spectrum.main.Powerlaw.K"].MaxValue!.Value));
        var logUniform = Assert.IsType<LogUniformPrior>(model["grb.spectrum.main.Powerlaw.K"].Prior);
        Assert.Equal(1e-20, logUniform.LowerBound);
        Assert.Equal(100.0, logUniform.UpperBound);

        var composite = Assert.IsType<CompositeFunction>(model.Sources["gal"].Spectrum["main"].Shape);
        Assert.Equal("(Blackbody{1} + Powerlaw_flux{2})", composite.Expression);
        Assert.Equal(500.0, model["gal.spectrum.main.composite.kT_1"].Value);
        var logNormal = Assert.IsType<LogNormal>(model["gal.spectrum.main.composite.kT_1"].Prior);
        Assert.Equal(5.703782474656201, logNormal.Mu);
        Assert.Equal(2.0, logNormal.Sigma);
        Assert.Equal(-1.0, Assert.IsType<GaussianPrior>(model["gal.spectrum.main.composite.index_2"].Prior).Mu);
        Assert.Equal((null, null), model["gal.spectrum.main.composite.index_2"].Bounds);
        Assert.Equal("lower bound for the band in which computing the integral\nF", model["gal.spectrum.main.composite.a_2"].Description);

        var index = model["grb.spectrum.main.Powerlaw.index"];
        Assert.Same(model["gal.spectrum.main.composite.index_2"], index.LinkedTo);
        Assert.Equal(-1.0, index.Value);
        Assert.True(model["grb.spectrum.main.Powerlaw.index.Line.a"].Free);
        Assert.Equal(0.5, model["grb.spectrum.main.Powerlaw.index.Line.a"].Value);

        var cons = model["cons_s1"];
        Assert.Same(cons, model.ExternalParameters.Single());
        Assert.Equal((0.8, 1.2), ((double, double))(cons.MinValue!.Value, cons.MaxValue!.Value));
        Assert.False(cons.Free);

        Assert.Equal(
            ["grb.spectrum.main.Powerlaw.K", "grb.spectrum.main.Powerlaw.index.Line.a", "gal.position.b", "gal.spectrum.main.composite.K_1",
             "gal.spectrum.main.composite.kT_1", "gal.spectrum.main.composite.F_2", "gal.spectrum.main.composite.index_2"],
            model.FreeParameters.Select(p => p.Path));
    }

    [Fact]
    public void Astromodels_file_round_trips_through_our_layout()
    {
        var once = Model.FromYaml(AstromodelsYaml.Text).ToYaml();
        Assert.Equal(once, Model.FromYaml(once).ToYaml());
        Assert.Contains("desc: \"lower bound for the band in which computing the integral\\nF\"", once);
    }

    [Fact]
    public void Unbounded_coordinates_get_their_natural_range_back()
    {
        var yaml = AstromodelsYaml.Text.Replace("      min_value: 0.0\n\n      max_value: 360.0\n\n      unit: deg", "      min_value: null\n\n      max_value: null\n\n      unit: deg");
        var model = Model.FromYaml(yaml);
        Assert.Equal((0.0, 360.0), ((double, double))(model["grb.position.ra"].MinValue!.Value, model["grb.position.ra"].MaxValue!.Value));
    }

    [Fact]
    public void Loading_from_a_file_names_the_file_and_line_in_errors()
    {
        var dir = Directory.CreateTempSubdirectory("model-read-").FullName;
        try
        {
            var path = Path.Combine(dir, "bad.yml");
            File.WriteAllText(path, AstromodelsYaml.Text.Replace("Powerlaw:", "Powerlw:"));
            var e = Assert.Throws<ModelFileException>(() => Model.Load(path));
            Assert.Contains($"Model file '{path}'", e.Message);
            Assert.Equal(path, e.FilePath);
            Assert.Equal("grb (point source).spectrum.main.Powerlw", e.YamlPath);
            Assert.Contains("Did you mean 'Powerlaw'", e.Message);
            Assert.Equal(47, e.Line);
            Assert.Contains("(line 47)", e.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
