using Astromodels.Functions;

namespace Astromodels.Tests.Modeling;

public class ModelCloneTests
{
    [Fact]
    public void Clone_is_deep_and_independent()
    {
        var model = ModelContractTests.TutorialModel();
        var copy = model.Clone();
        Assert.Equal(model.Parameters.Select(p => p.Path), copy.Parameters.Select(p => p.Path));
        Assert.Equal(model.ToString(complete: true), copy.ToString(complete: true));
        Assert.All(copy.Parameters, p => Assert.DoesNotContain(p, model.Parameters));
        copy["src2.spectrum.main.composite.F_2"].Value = 7;
        Assert.Equal(1.0, model["src2.spectrum.main.composite.F_2"].Value, 1e-15);
        Assert.Same(model["src2.spectrum.main.composite.F_2"].Prior, copy["src2.spectrum.main.composite.F_2"].Prior);
    }

    [Fact]
    public void Clone_re_establishes_links_between_the_copies()
    {
        var model = ModelContractTests.TutorialModel();
        model["src1.spectrum.main.Blackbody.kT.Line.b"].Free = true;
        model["src1.spectrum.main.Blackbody.kT.Line.b"].Value = 2;
        var copy = model.Clone();
        var kT1 = copy["src2.spectrum.main.composite.kT_1"];
        Assert.Same(kT1, copy["src1.spectrum.main.Blackbody.kT"].LinkedTo);
        kT1.Value = 100;
        Assert.Equal(200.0, copy["src1.spectrum.main.Blackbody.kT"].Value);
        Assert.Equal(60.0, model["src1.spectrum.main.Blackbody.kT"].Value);
        Assert.True(copy["src1.spectrum.main.Blackbody.kT.Line.b"].Free);
        Assert.Equal(model.FreeParameters.Select(p => p.Path), copy.FreeParameters.Select(p => p.Path));
    }

    [Fact]
    public void Clone_keeps_external_parameters_links_on_laws_and_free_state_before_link()
    {
        var model = new Model(new PointSource("a", 1, 2, new Powerlaw()), new PointSource("b", 3, 4, new Powerlaw()));
        var cons = new Parameter("cons_s1", 1.0, 0.8, 1.2, free: false);
        model.AddExternalParameter(cons);
        model.Link(model["a.spectrum.main.Powerlaw.index"], model["b.spectrum.main.Powerlaw.index"]);
        model.Link(model["a.spectrum.main.Powerlaw.index.Line.a"], cons);
        var copy = model.Clone();
        Assert.NotSame(cons, copy["cons_s1"]);
        Assert.Equal((0.8, 1.2), ((double, double))(copy["cons_s1"].MinValue!.Value, copy["cons_s1"].MaxValue!.Value));
        Assert.Same(copy["cons_s1"], copy["a.spectrum.main.Powerlaw.index.Line.a"].LinkedTo);
        copy.Unlink(copy["a.spectrum.main.Powerlaw.index.Line.a"]);
        copy.Unlink(copy["a.spectrum.main.Powerlaw.index"]);
        Assert.True(copy["a.spectrum.main.Powerlaw.index"].Free);
    }
}
