using Astromodels.Functions;

namespace Astromodels.Tests.Modeling;

public class ModelTests
{
    [Fact]
    public void Paths_follow_astromodels_layout()
    {
        var model = ModelContractTests.TutorialModel();
        Assert.Equal("src1.position.ra", model["src1.position.ra"].Path);
        Assert.Equal("kT", model["src1.spectrum.main.Blackbody.kT"].Name);
        Assert.Equal("kT_1", model["src2.spectrum.main.composite.kT_1"].Name);
        Assert.Equal("a", model["src1.spectrum.main.Blackbody.kT.Line.a"].Name);
        Assert.True(model.Contains("src2.spectrum.main.composite.b_2"));
        Assert.False(model.Contains("src2.spectrum.main.composite.b_3"));
        Assert.True(model.TryGetParameter("src2.position.dec", out var dec));
        Assert.Equal(-10.0, dec.Value);
        Assert.False(model.TryGetParameter("nope", out _));
        Assert.Equal(2, model.PointSourceCount);
        Assert.Equal(["src1", "src2"], model.PointSources.Select(s => s.Name));
        Assert.Same(model.PointSources[1], model.Sources["src2"]);
    }

    [Fact]
    public void Parameters_are_in_tree_order_with_link_law_after_linked_parameter()
    {
        var model = ModelContractTests.TutorialModel();
        Assert.Equal(
            [
                "src1.position.ra", "src1.position.dec", "src1.spectrum.main.Blackbody.K", "src1.spectrum.main.Blackbody.kT",
                "src1.spectrum.main.Blackbody.kT.Line.a", "src1.spectrum.main.Blackbody.kT.Line.b",
                "src2.position.ra", "src2.position.dec", "src2.spectrum.main.composite.K_1", "src2.spectrum.main.composite.kT_1",
                "src2.spectrum.main.composite.F_2", "src2.spectrum.main.composite.index_2", "src2.spectrum.main.composite.a_2",
                "src2.spectrum.main.composite.b_2",
            ],
            model.Parameters.Select(p => p.Path));
    }

    [Fact]
    public void Miss_suggests_the_closest_path()
    {
        var model = ModelContractTests.TutorialModel();
        var e = Assert.Throws<KeyNotFoundException>(() => model["src2.spectrum.main.composite.kt_1"]);
        Assert.Contains("'src2.spectrum.main.composite.kt_1'", e.Message);
        Assert.Contains("did you mean 'src2.spectrum.main.composite.kT_1'", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Duplicate_source_names_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Model(new PointSource("a", 1, 2, new Powerlaw()), new PointSource("a", 3, 4, new Powerlaw())));
        Assert.Contains("More than one source is called 'a'", e.Message);
    }

    [Fact]
    public void Function_shared_by_two_sources_is_rejected()
    {
        var pl = new Powerlaw();
        var e = Assert.Throws<ArgumentException>(() => new Model(
            new PointSource("a", 1, 2, pl),
            new PointSource("b", 3, 4, components: [new SpectralComponent("main", pl)])));
        Assert.Contains("share the same function instance", e.Message);
    }

    [Fact]
    public void Free_parameter_values_are_set_and_read_in_order()
    {
        var model = ModelContractTests.TutorialModel();
        model.SetFreeParameterValues([2e-8, 3e-7, 400, 150, -1.5]);
        var values = new double[5];
        model.GetFreeParameterValues(values);
        Assert.Equal(2e-8, values[0]);
        Assert.Equal(3e-7, values[1]);
        Assert.Equal(400.0, values[2]);
        Assert.Equal(150.0, values[3], 1e-12);
        Assert.Equal(-1.5, values[4]);
        Assert.Equal(400.0, model["src1.spectrum.main.Blackbody.kT"].Value);
        Assert.Equal(5, model.FreeParameterCount);
        var e = Assert.Throws<ArgumentException>(() => model.SetFreeParameterValues([1.0, 2.0]));
        Assert.Contains("5 free parameters but 2 values", e.Message);
        Assert.Throws<ArgumentException>(() => model.GetFreeParameterValues(new double[4]));
    }

    [Fact]
    public void Free_parameter_round_trip_does_not_allocate()
    {
        var model = ModelContractTests.TutorialModel();
        var values = new double[5];
        model.GetFreeParameterValues(values);
        model.SetFreeParameterValues(values);
        var before = GC.GetAllocatedBytesForCurrentThread();
        model.GetFreeParameterValues(values);
        model.SetFreeParameterValues(values);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void External_parameters_come_last_and_join_free_parameters_when_free()
    {
        var model = ModelContractTests.TutorialModel();
        var cons = new Parameter("cons_s1", 1.0, 0.8, 1.2, free: false);
        model.AddExternalParameter(cons);
        Assert.Equal("cons_s1", cons.Path);
        Assert.Same(cons, model["cons_s1"]);
        Assert.Same(cons, model.ExternalParameters.Single());
        Assert.Equal(5, model.FreeParameters.Count);
        Assert.Same(cons, model.Parameters[^1]);
        cons.Free = true;
        Assert.Same(cons, model.FreeParameters[^1]);
        Assert.Equal(6, model.FreeParameters.Count);

        var replacement = new Parameter("cons_s1", 1.1, 0.5, 1.5);
        model.AddExternalParameter(replacement);
        Assert.Same(replacement, model["cons_s1"]);
        Assert.Single(model.ExternalParameters);

        model.RemoveExternalParameter("cons_s1");
        Assert.Empty(model.ExternalParameters);
        Assert.False(model.Contains("cons_s1"));
        var e = Assert.Throws<KeyNotFoundException>(() => model.RemoveExternalParameter("cons_s1"));
        Assert.Contains("no external parameter 'cons_s1'", e.Message);
    }

    [Fact]
    public void External_parameter_validation()
    {
        var model = ModelContractTests.TutorialModel();
        var clash = Assert.Throws<ArgumentException>(() => model.AddExternalParameter(new Parameter("src1", 1.0)));
        Assert.Contains("name of a source", clash.Message);
        var inModel = Assert.Throws<ArgumentException>(() => model.AddExternalParameter(model["src2.spectrum.main.composite.kT_1"]));
        Assert.Contains("already belongs to the model", inModel.Message);
        var bad = Assert.Throws<ArgumentException>(() => model.AddExternalParameter(new Parameter("a-b", 1.0)));
        Assert.Contains("not a valid external parameter name", bad.Message);
    }

    [Fact]
    public void External_parameter_with_followers_cannot_be_removed()
    {
        var model = ModelContractTests.TutorialModel();
        var cons = new Parameter("cons_s1", 1.0, 0.8, 1.2);
        model.AddExternalParameter(cons);
        model.Link(model["src2.spectrum.main.composite.index_2"], cons);
        var e = Assert.Throws<InvalidOperationException>(() => model.RemoveExternalParameter("cons_s1"));
        Assert.Contains("src2.spectrum.main.composite.index_2", e.Message);
    }

    [Fact]
    public void Evaluate_sums_all_point_sources()
    {
        var model = ModelContractTests.TutorialModel();
        double[] e = [10, 100, 1000];
        var total = new double[3];
        model.Evaluate(e, total);
        for (var i = 0; i < e.Length; i++)
        {
            var expected = model.PointSources[0].Evaluate(e[i]) + model.PointSources[1].Evaluate(e[i]);
            Assert.Equal(expected, total[i], expected * 1e-14);
        }
    }

    [Fact]
    public void Empty_model_has_no_parameters()
    {
        var model = new Model();
        Assert.Empty(model.Parameters);
        Assert.Contains("Point sources     0", model.ToString());
        Assert.Contains("Free parameters (0):\n--------------------\n\n(none)", model.ToString());
    }
}
