using Astromodels.Functions;

namespace Astromodels.Tests.Sources;

public class SpectralComponentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("1main")]
    [InlineData("ma in")]
    [InlineData("a.b")]
    [InlineData("name")]
    public void Invalid_names_are_rejected(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new SpectralComponent(name, new Powerlaw()));
        Assert.Contains("not a valid spectral component name", e.Message);
    }

    [Fact]
    public void Operand_of_a_composite_is_rejected()
    {
        var bb = new Blackbody();
        _ = bb + new Powerlaw();
        var e = Assert.Throws<ArgumentException>(() => new SpectralComponent("main", bb));
        Assert.Contains("operand of a composite", e.Message);
    }

    [Fact]
    public void Evaluates_its_shape()
    {
        var pl = new Powerlaw(K: 2, index: -2, piv: 1);
        var c = new SpectralComponent("c1", pl);
        Assert.Equal(pl.Evaluate(3.0), c.Evaluate(3.0));
        Assert.Equal("c1", c.Name);
        Assert.Same(pl, c.Shape);
    }
}
