using Astromodels.Functions;

namespace Astromodels.Tests.Sources;

public class PointSourceTests
{
    [Fact]
    public void Spectral_shape_is_wrapped_in_component_main_and_position_is_fixed()
    {
        var bb = new Blackbody();
        var ps = new PointSource("src1", ra: 1, dec: 20, bb);
        Assert.Same(bb, ps.Spectrum["main"].Shape);
        Assert.Single(ps.Components);
        Assert.False(ps.IsGalactic);
        Assert.Equal(1.0, ps.Ra!.Value);
        Assert.Equal(20.0, ps.Dec!.Value);
        Assert.Null(ps.L);
        Assert.All(ps.PositionParameters, p => Assert.False(p.Free));
        Assert.Equal((0.0, 360.0), ((double, double))(ps.Ra.MinValue!.Value, ps.Ra.MaxValue!.Value));
        Assert.Equal((-90.0, 90.0), ((double, double))(ps.Dec.MinValue!.Value, ps.Dec.MaxValue!.Value));
        Assert.Equal("deg", ps.Ra.Unit.ToString());
        Assert.Equal("src1.position.ra", ps.Ra.Path);
        Assert.Equal("src1.spectrum.main.Blackbody.kT", bb.KT.Path);
        Assert.Equal(["ra", "dec", "K", "kT"], ps.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Galactic_position_uses_l_and_b()
    {
        var ps = new PointSource("g", l: 15.67, b: 80.75, spectralShape: new Powerlaw());
        Assert.True(ps.IsGalactic);
        Assert.Equal(15.67, ps.L!.Value);
        Assert.Equal(80.75, ps.B!.Value);
        Assert.Null(ps.Ra);
        Assert.Equal("g.position.b", ps.B.Path);
    }

    [Theory]
    [InlineData(1.0, null, null, null)]
    [InlineData(null, null, null, null)]
    [InlineData(1.0, 2.0, 3.0, 4.0)]
    [InlineData(null, null, 3.0, null)]
    public void Position_must_be_exactly_one_pair(double? ra, double? dec, double? l, double? b)
    {
        var e = Assert.Throws<ArgumentException>(() => new PointSource("s", ra, dec, new Powerlaw(), l, b));
        Assert.Contains("exactly one position", e.Message);
    }

    [Theory]
    [InlineData(361.0, 0.0, "ra cannot be 361.0")]
    [InlineData(10.0, -91.0, "dec cannot be -91.0")]
    public void Coordinates_out_of_range_are_rejected(double ra, double dec, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new PointSource("s", ra: ra, dec: dec, spectralShape: new Powerlaw()));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Shape_and_components_are_mutually_exclusive()
    {
        var both = Assert.Throws<ArgumentException>(() =>
            new PointSource("s", 1, 2, new Powerlaw(), components: [new SpectralComponent("c", new Blackbody())]));
        Assert.Contains("either a spectral shape or a list of components", both.Message);
        var neither = Assert.Throws<ArgumentException>(() => new PointSource("s", 1, 2));
        Assert.Contains("either a spectral shape or a list of components", neither.Message);
    }

    [Fact]
    public void Duplicate_component_names_and_shared_shapes_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new PointSource("s", 1, 2, components:
            [new SpectralComponent("c", new Blackbody()), new SpectralComponent("c", new Powerlaw())]));
        Assert.Contains("two spectral components called 'c'", e.Message);
        var pl = new Powerlaw();
        var shared = Assert.Throws<ArgumentException>(() => new PointSource("s", 1, 2, components:
            [new SpectralComponent("a", pl), new SpectralComponent("b", pl)]));
        Assert.Contains("same function instance", shared.Message);
    }

    [Fact]
    public void Invalid_source_name_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new PointSource("my source", 1, 2, new Powerlaw()));
        Assert.Contains("not a valid source name", e.Message);
    }

    [Fact]
    public void Evaluate_sums_the_components()
    {
        var bb = new Blackbody(K: 1e-3, kT: 20);
        var pl = new Powerlaw(K: 2, index: -1.7, piv: 100);
        var line = new PowerlawFlux(F: 3, index: -2.2, a: 10, b: 500);
        var ps = new PointSource("s", 1, 2, components:
            [new SpectralComponent("thermal", bb), new SpectralComponent("nonthermal", pl), new SpectralComponent("third", line)]);
        double[] e = [1, 10, 33.3, 100, 1000, 20000];
        var dest = new double[e.Length];
        ps.Evaluate(e, dest);
        for (var i = 0; i < e.Length; i++)
        {
            var expected = bb.Evaluate(e[i]) + pl.Evaluate(e[i]) + line.Evaluate(e[i]);
            // The span path raises to powers as exp(index·ln x): a rounding of ln x is magnified by |index·ln x|.
            Assert.Equal(expected, dest[i], expected * 1e-14);
            Assert.Equal(expected, ps.Evaluate(e[i]), expected * 1e-15);
        }

        Assert.Equal(["thermal", "nonthermal", "third"], ps.Spectrum.Keys);
    }

    [Fact]
    public void Evaluate_with_one_component_writes_the_shape_directly()
    {
        var pl = new Powerlaw(K: 2, index: -1.7, piv: 100);
        var ps = new PointSource("s", 1, 2, pl);
        double[] e = [1, 10, 100];
        var expected = new double[3];
        pl.Evaluate(e, expected);
        var dest = new double[4];
        ps.Evaluate(e, dest);
        Assert.Equal(expected, dest[..3]);
        Assert.Throws<ArgumentException>(() => ps.Evaluate(e, new double[2]));
    }

    [Fact]
    public void Evaluate_does_not_allocate_after_warm_up()
    {
        var ps = new PointSource("s", 1, 2, components:
            [new SpectralComponent("a", new Blackbody()), new SpectralComponent("b", new Powerlaw())]);
        var e = Enumerable.Range(1, 256).Select(i => i * 1.5).ToArray();
        var dest = new double[e.Length];
        ps.Evaluate(e, dest);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            ps.Evaluate(e, dest);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Clone_is_independent_and_keeps_state()
    {
        var bb = new Blackbody(K: 3e-5, kT: 44);
        bb.KT.Free = false;
        var ps = new PointSource("s", 10, -5, bb);
        ps.Ra!.Free = true;
        ps.Ra.Bounds = (5, 20);
        var copy = ps.Clone();
        Assert.Equal(44.0, copy.Spectrum["main"].Shape["kT"].Value);
        Assert.False(copy.Spectrum["main"].Shape["kT"].Free);
        Assert.True(copy.Ra!.Free);
        Assert.Equal((5.0, 20.0), ((double, double))(copy.Ra.MinValue!.Value, copy.Ra.MaxValue!.Value));
        copy.Spectrum["main"].Shape["kT"].Value = 1;
        Assert.Equal(44.0, bb.KT.Value);
    }
}
