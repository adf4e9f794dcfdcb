using Astromodels;
using Astromodels.Functions;
using ThreeML.Results;

namespace ThreeML.Tests.Results;

public sealed class FluxSelectionTests
{
    private static Model Model() => new(
        new PointSource("src1", ra: 1, dec: 20, new Blackbody()),
        new PointSource("src2", ra: 2, dec: -10, new Blackbody() + new Powerlaw() + new Powerlaw()));

    [Fact]
    public void Without_components_every_point_source_gives_its_total()
    {
        var curves = FluxSelection.Default.Resolve(Model());
        Assert.Equal(["src1: total", "src2: total"], curves.Select(c => c.Label));
        Assert.Equal(["src1", "src2"], curves.Select(c => c.Source));
    }

    [Fact]
    public void With_components_a_composite_gives_its_leaves_named_by_function_and_its_total_only_when_asked()
    {
        var model = Model();
        var curves = new FluxSelection { UseComponents = true }.Resolve(model);
        Assert.Equal(["src1: total", "src2: Blackbody", "src2: Powerlaw_n1", "src2: Powerlaw_n2"], curves.Select(c => c.Label));

        var withTotal = new FluxSelection { UseComponents = true, Sources = ["src2"], Components = ["total", "Powerlaw_n2"] }.Resolve(model);
        Assert.Equal(["src2: total", "src2: Powerlaw_n2"], withTotal.Select(c => c.Label));

        // The total is the sum of the leaves (Blackbody at its defaults plus two power laws at theirs).
        var e = 30.0;
        var sum = curves[1].Evaluate(model, e) + curves[2].Evaluate(model, e) + curves[3].Evaluate(model, e);
        Assert.Equal(sum, withTotal[0].Evaluate(model, e), sum * 1e-14);
    }

    [Fact]
    public void Summing_adds_every_source_total_and_each_component_name_across_sources()
    {
        var model = Model();
        var sums = new FluxSelection { UseComponents = true, SumSources = true, Components = ["total", "Blackbody"] }.Resolve(model);
        Assert.Equal(["total", "Blackbody"], sums.Select(c => c.Label));
        Assert.All(sums, c => Assert.Null(c.Source));
        Assert.Equal(2, sums[0].TermCount);
        Assert.Equal(1, sums[1].TermCount);
        var e = 50.0;
        Assert.Equal(model.Sources["src1"].Evaluate(e) + model.Sources["src2"].Evaluate(e), sums[0].Evaluate(model, e));
    }

    [Fact]
    public void Unknown_names_are_refused_with_a_suggestion()
    {
        var e = Assert.Throws<ArgumentException>(() => new FluxSelection { Sources = ["scr1"] }.Resolve(Model()));
        Assert.StartsWith("The model has no point source 'scr1'. Did you mean 'src1'", e.Message);
        Assert.Equal("Sources", e.ParamName);
        var c = Assert.Throws<ArgumentException>(() => new FluxSelection { UseComponents = true, Components = ["Blackbodi"] }.Resolve(Model()));
        Assert.StartsWith("No component named 'Blackbodi'. Did you mean 'Blackbody'?", c.Message);
    }
}
