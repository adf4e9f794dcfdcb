using Astromodels.Functions;

namespace Astromodels.Tests.Modeling;

public class ModelLinkTests
{
    private static Model ThreePowerlaws() => new(
        new PointSource("a", 1, 2, new Powerlaw()),
        new PointSource("b", 3, 4, new Powerlaw()),
        new PointSource("c", 5, 6, new Powerlaw()));

    [Fact]
    public void Default_law_is_identity_line_with_fixed_parameters_and_units()
    {
        var model = ModelContractTests.TutorialModel();
        var kT = model["src1.spectrum.main.Blackbody.kT"];
        var law = Assert.IsType<Line>(kT.LinkLaw);
        Assert.True(law.A.Fixed);
        Assert.True(law.B.Fixed);
        Assert.Equal("keV", law.A.Unit.ToString());
        Assert.True(law.B.Unit.IsDimensionless);
        Assert.Same(model["src2.spectrum.main.composite.kT_1"], kT.LinkedTo);
    }

    [Fact]
    public void Law_parameters_can_be_freed_and_then_are_free_parameters()
    {
        var model = ModelContractTests.TutorialModel();
        var slope = model["src1.spectrum.main.Blackbody.kT.Line.b"];
        slope.Free = true;
        slope.Value = 2;
        Assert.Contains(slope, model.FreeParameters);
        Assert.Equal(60.0, model["src1.spectrum.main.Blackbody.kT"].Value);
    }

    [Fact]
    public void Custom_law_and_several_dependents_each_get_their_own_law()
    {
        var model = ThreePowerlaws();
        model.Link([model["b.spectrum.main.Powerlaw.index"], model["c.spectrum.main.Powerlaw.index"]], model["a.spectrum.main.Powerlaw.index"], new Line(a: 0.5, b: 1));
        var expected = model["a.spectrum.main.Powerlaw.index"].Value + 0.5;
        Assert.Equal(expected, model["b.spectrum.main.Powerlaw.index"].Value);
        Assert.Equal(expected, model["c.spectrum.main.Powerlaw.index"].Value);
        Assert.NotSame(model["b.spectrum.main.Powerlaw.index.Line.a"], model["c.spectrum.main.Powerlaw.index.Line.a"]);
        Assert.Equal(0.5, model["c.spectrum.main.Powerlaw.index.Line.a"].Value);
        Assert.True(model["c.spectrum.main.Powerlaw.index.Line.a"].Free);
    }

    [Fact]
    public void Direct_cycle_is_rejected_with_the_chain()
    {
        var model = ThreePowerlaws();
        var a = model["a.spectrum.main.Powerlaw.K"];
        var b = model["b.spectrum.main.Powerlaw.K"];
        model.Link(a, b);
        var e = Assert.Throws<ArgumentException>(() => model.Link(b, a));
        Assert.Contains("cycle: b.spectrum.main.Powerlaw.K -> a.spectrum.main.Powerlaw.K -> b.spectrum.main.Powerlaw.K", e.Message);
        Assert.False(b.IsLinked);
    }

    [Fact]
    public void Self_link_is_rejected()
    {
        var model = ThreePowerlaws();
        var a = model["a.spectrum.main.Powerlaw.K"];
        var e = Assert.Throws<ArgumentException>(() => model.Link(a, a));
        Assert.Contains("cycle: a.spectrum.main.Powerlaw.K -> a.spectrum.main.Powerlaw.K", e.Message);
    }

    [Fact]
    public void Indirect_cycle_through_a_law_parameter_is_rejected()
    {
        var model = ThreePowerlaws();
        var a = model["a.spectrum.main.Powerlaw.index"];
        var b = model["b.spectrum.main.Powerlaw.index"];
        var c = model["c.spectrum.main.Powerlaw.index"];
        model.Link(a, b);
        model.Link(b, c);
        var chain = Assert.Throws<ArgumentException>(() => model.Link(c, a));
        Assert.Contains("c.spectrum.main.Powerlaw.index -> a.spectrum.main.Powerlaw.index -> b.spectrum.main.Powerlaw.index -> c.spectrum.main.Powerlaw.index", chain.Message);
        var viaLaw = Assert.Throws<ArgumentException>(() => model.Link(model["b.spectrum.main.Powerlaw.index.Line.a"], a));
        Assert.Contains("cycle", viaLaw.Message);
    }

    [Fact]
    public void Parameter_outside_the_model_is_rejected()
    {
        var model = ThreePowerlaws();
        var stranger = new Powerlaw().Index;
        var e = Assert.Throws<ArgumentException>(() => model.Link(model["a.spectrum.main.Powerlaw.index"], stranger));
        Assert.Contains("is not contained in this model", e.Message);
        Assert.Throws<ArgumentException>(() => model.Link(stranger, model["a.spectrum.main.Powerlaw.index"]));
    }

    [Fact]
    public void Law_already_in_use_is_rejected()
    {
        var model = ThreePowerlaws();
        var law = new Line();
        model.Link(model["a.spectrum.main.Powerlaw.index"], model["b.spectrum.main.Powerlaw.index"], law);
        var e = Assert.Throws<ArgumentException>(() => model.Link(model["c.spectrum.main.Powerlaw.index"], model["b.spectrum.main.Powerlaw.index"], law));
        Assert.Contains("already used", e.Message);
    }

    [Fact]
    public void Unlink_restores_the_free_state_and_removes_the_law()
    {
        var model = ThreePowerlaws();
        var a = model["a.spectrum.main.Powerlaw.index"];
        var b = model["b.spectrum.main.Powerlaw.index"];
        var piv = model["a.spectrum.main.Powerlaw.piv"];
        b.Value = -2.5;
        model.Link(a, b);
        model.Link(piv, model["b.spectrum.main.Powerlaw.piv"]);
        Assert.False(a.Free);
        Assert.True(model.Unlink(a));
        Assert.True(a.Free);
        Assert.Equal(-2.5, a.Value);
        Assert.False(model.Contains("a.spectrum.main.Powerlaw.index.Line.a"));
        Assert.True(model.Unlink(piv));
        Assert.False(piv.Free);
        Assert.False(model.Unlink(piv));
        Assert.Empty(model.LinkedParameters);
    }

    [Fact]
    public void Unlink_is_refused_while_others_follow_its_law()
    {
        var model = ThreePowerlaws();
        var a = model["a.spectrum.main.Powerlaw.index"];
        model.Link(a, model["b.spectrum.main.Powerlaw.index"]);
        model.Link(model["c.spectrum.main.Powerlaw.index"], model["a.spectrum.main.Powerlaw.index.Line.a"]);
        var e = Assert.Throws<InvalidOperationException>(() => model.Unlink(a));
        Assert.Contains("c.spectrum.main.Powerlaw.index", e.Message);
        var relink = Assert.Throws<InvalidOperationException>(() => model.Link(a, model["c.spectrum.main.Powerlaw.K"]));
        Assert.Contains("Cannot relink it", relink.Message);
    }

    [Fact]
    public void Relinking_replaces_the_law_and_keeps_the_original_free_state()
    {
        var model = ThreePowerlaws();
        var a = model["a.spectrum.main.Powerlaw.index"];
        model.Link(a, model["b.spectrum.main.Powerlaw.index"]);
        model.Link(a, model["c.spectrum.main.Powerlaw.index"], new Line(a: 1, b: 1));
        Assert.Same(model["c.spectrum.main.Powerlaw.index"], a.LinkedTo);
        Assert.Single(model.LinkedParameters);
        Assert.Equal(1.0, model["a.spectrum.main.Powerlaw.index.Line.a"].Value);
        model.Unlink(a);
        Assert.True(a.Free);
    }
}
