using Astromodels.Functions;

namespace Astromodels.Tests.Parameters;

public class ParameterVectorTests
{
    private static Model TwoSources()
    {
        var model = new Model(
            new PointSource("a", ra: 0, dec: 0, new Powerlaw(K: 2.0, index: -2.0)),
            new PointSource("b", ra: 1, dec: 1, new Blackbody(K: 1e-3, kT: 30.0)));
        model.Link(model["b.spectrum.main.Blackbody.kT"], model["a.spectrum.main.Powerlaw.index"], new Line(a: 40, b: 0));
        return model;
    }

    [Fact]
    public void Sets_and_reads_physical_values_in_the_order_asked_including_log10_parameters()
    {
        var model = TwoSources();
        var vector = model.CreateParameterVector(["a.spectrum.main.Powerlaw.index", "a.spectrum.main.Powerlaw.K"]);
        Assert.Equal(["a.spectrum.main.Powerlaw.index", "a.spectrum.main.Powerlaw.K"], vector.Paths);
        Assert.True(vector.TrySet([-1.5, 3.25]));
        Assert.Equal(3.25, model["a.spectrum.main.Powerlaw.K"].Value, 15);
        Assert.Equal(-1.5, model["a.spectrum.main.Powerlaw.index"].Value);
        Span<double> read = stackalloc double[2];
        vector.Get(read);
        Assert.Equal(-1.5, read[0]);
        Assert.Equal(3.25, read[1], 15);
    }

    [Fact]
    public void A_value_outside_its_bounds_or_not_finite_changes_nothing()
    {
        var model = TwoSources();
        var vector = model.CreateFreeParameterVector();
        var before = new double[vector.Count];
        vector.Get(before);
        var values = (double[])before.Clone();
        values[0] = -1.0; // below the lower bound of the first free parameter
        Assert.False(vector.TrySet(values));
        values[0] = double.NaN;
        Assert.False(vector.TrySet(values));
        var after = new double[vector.Count];
        vector.Get(after);
        Assert.Equal(before, after);
        Assert.Contains($"The vector has {vector.Count} parameters but 1 values", Assert.Throws<ArgumentException>(() => vector.TrySet([1.0])).Message);
    }

    [Fact]
    public void The_model_refuses_linked_repeated_and_unknown_parameters_with_a_reason()
    {
        var model = TwoSources();
        var linked = Assert.Throws<ArgumentException>(() => model.CreateParameterVector(["b.spectrum.main.Blackbody.kT"]));
        Assert.Contains("is linked to 'a.spectrum.main.Powerlaw.index'", linked.Message);
        var twice = Assert.Throws<ArgumentException>(() => model.CreateParameterVector(["a.spectrum.main.Powerlaw.K", "a.spectrum.main.Powerlaw.K"]));
        Assert.Contains("'a.spectrum.main.Powerlaw.K' appears twice", twice.Message);
        var unknown = Assert.Throws<KeyNotFoundException>(() => model.CreateParameterVector(["a.spectrum.main.Powerlaw.indx"]));
        Assert.Contains("Did you mean 'a.spectrum.main.Powerlaw.index'", unknown.Message);
    }
}
