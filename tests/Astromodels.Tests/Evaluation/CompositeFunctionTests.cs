using Astromodels.Functions;

namespace Astromodels.Tests.Evaluation;

public class CompositeFunctionTests
{
    [Fact]
    public void Sum_renames_parameters_with_component_positions_like_astromodels()
    {
        var bb = new Blackbody();
        var pl = new PowerlawFlux(a: 10, b: 500);
        var s = bb + pl;
        Assert.Equal(["K_1", "kT_1", "F_2", "index_2", "a_2", "b_2"], s.Parameters.Select(p => p.Name));
        Assert.Equal("composite", s.Name);
        Assert.Equal("(Blackbody{1} + Powerlaw_flux{2})", s.Expression);
    }

    [Fact]
    public void Composite_and_component_share_parameter_handles()
    {
        var bb = new Blackbody();
        var s = bb + new PowerlawFlux();
        Assert.Same(bb.KT, s["kT_1"]);
        s["kT_1"].Value = 123.0;
        Assert.Equal(123.0, bb.KT.Value);
        Assert.Same(bb.K, bb["K"]);
    }

    [Fact]
    public void Nested_composites_number_components_left_to_right()
    {
        var s = (new Powerlaw() + new Blackbody()) * new Line();
        Assert.Equal(["K_1", "piv_1", "index_1", "K_2", "kT_2", "a_3", "b_3"], s.Parameters.Select(p => p.Name));
        Assert.Equal("((Powerlaw{1} + Blackbody{2}) * Line{3})", s.Expression);
        Assert.Equal(3, s.Leaves.Count);
    }

    [Fact]
    public void Operators_combine_values_pointwise()
    {
        var x = new[] { 0.5, 3.0, 40.0 };
        Function1D a = new Powerlaw(K: 2, index: -1, piv: 1);
        Function1D b = new Line(a: 1, b: 0.5);
        double[] expected(Func<double, double, double> op) => x.Select(v => op(2 / v, 0.5 * v + 1)).ToArray();
        AssertPointwise(a.Clone() + b.Clone(), x, expected((p, q) => p + q));
        AssertPointwise(a.Clone() - b.Clone(), x, expected((p, q) => p - q));
        AssertPointwise(a.Clone() * b.Clone(), x, expected((p, q) => p * q));
        AssertPointwise(a.Clone() / b.Clone(), x, expected((p, q) => p / q));
        // Composition: a(b(x)) = 2 / (0.5 x + 1)
        AssertPointwise(a.Clone().Of(b.Clone()), x, x.Select(v => 2 / (0.5 * v + 1)).ToArray());
    }

    [Fact]
    public void Unknown_parameter_name_suggests_the_closest()
    {
        var s = new Blackbody() + new PowerlawFlux();
        var ex = Assert.Throws<KeyNotFoundException>(() => s["kT_2"]);
        Assert.Contains("'kT_2'", ex.Message);
        Assert.Contains("Did you mean 'kT_1'", ex.Message);
        var leaf = Assert.Throws<KeyNotFoundException>(() => new Blackbody()["kt"]);
        Assert.Contains("Did you mean 'kT'", leaf.Message);
    }

    [Fact]
    public void A_function_cannot_be_used_in_two_composites_or_twice_in_one()
    {
        var bb = new Blackbody();
        _ = bb + new Powerlaw();
        var reuse = Assert.Throws<ArgumentException>(() => bb + new Powerlaw());
        Assert.Contains("already part of a composite", reuse.Message);
        var pl = new Powerlaw();
        var twice = Assert.Throws<ArgumentException>(() => pl + pl);
        Assert.Contains("appears twice", twice.Message);
    }

    [Fact]
    public void Clone_copies_values_and_priors_but_not_identity()
    {
        var s = new Blackbody(K: 5e-8, kT: 500) + new PowerlawFlux(F: 200, index: -1.5, a: 10, b: 500);
        s["F_2"].Bounds = (null, null);
        var c = (CompositeFunction)s.Clone();
        Assert.Equal(s.Parameters.Select(p => p.Name), c.Parameters.Select(p => p.Name));
        Assert.Equal(s.Parameters.Select(p => p.Value), c.Parameters.Select(p => p.Value));
        Assert.Equal((null, null), c["F_2"].Bounds);
        Assert.NotSame(s["kT_1"], c["kT_1"]);
        c["kT_1"].Value = 1.0;
        Assert.Equal(500.0, s["kT_1"].Value);
    }

    [Fact]
    public void Sum_of_analytic_components_is_integrated_in_closed_form()
    {
        var s = new Powerlaw(K: 3, index: -2, piv: 1) + new Line(a: 1, b: 0);
        Assert.True(s.HasAnalyticIntegral());
        // ∫_1^2 (3/x² + 1) dx = 3·(1 − 1/2) + 1 = 2.5
        Assert.Equal(2.5, s.Integral(1, 2), 14);
        Assert.False((new Powerlaw() * new Line()).HasAnalyticIntegral());
    }

    [Fact]
    public void Span_evaluation_checks_the_destination_length()
    {
        var s = new Blackbody() + new Powerlaw();
        var ex = Assert.Throws<ArgumentException>(() => s.Evaluate(new double[3], new double[2]));
        Assert.Contains("holds 2 values but 3 are needed", ex.Message);
    }

    private static void AssertPointwise(Function1D f, double[] x, double[] expected)
    {
        var y = new double[x.Length];
        f.Evaluate(x, y);
        for (var i = 0; i < x.Length; i++)
        {
            Assert.Equal(expected[i], y[i], 12);
            Assert.Equal(expected[i], f.Evaluate(x[i]), 12);
        }
    }
}
