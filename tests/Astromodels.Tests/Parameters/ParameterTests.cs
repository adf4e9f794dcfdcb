using Astromodels.Functions;

namespace Astromodels.Tests.Parameters;

public class ParameterTests
{
    [Fact]
    public void Default_delta_is_ten_percent_of_the_initial_value_or_one_tenth_at_zero()
    {
        Assert.Equal(3.0, new Parameter("kT", 30.0).Delta, 15);
        Assert.Equal(0.201, new Parameter("index", -2.01).Delta, 15);
        Assert.Equal(0.1, new Parameter("mu", 0.0).Delta);
    }

    [Fact]
    public void Setting_a_value_outside_the_bounds_names_the_path_value_and_range()
    {
        var p = new Parameter("kT", 30.0, 0.0, 100.0);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => p.Value = 150.0);
        Assert.Contains("'kT'", ex.Message);
        Assert.Contains("150", ex.Message);
        Assert.Contains("[0, 100]", ex.Message);
        Assert.Equal(30.0, p.Value);
    }

    [Fact]
    public void Non_finite_values_are_rejected_with_the_parameter_name()
    {
        var p = new Parameter("K", 1.0);
        var ex = Assert.Throws<ArgumentException>(() => p.Value = double.NaN);
        Assert.Contains("'K'", ex.Message);
        Assert.Contains("finite", ex.Message);
    }

    [Fact]
    public void Removing_bounds_allows_any_finite_value()
    {
        var p = new Parameter("F", 1.0, 1e-30, 1e3, transformation: ParameterTransformation.None);
        p.Bounds = (null, null);
        p.Value = -5e6;
        Assert.Equal(-5e6, p.Value);
        Assert.Equal((null, null), p.Bounds);
    }

    [Fact]
    public void Tightening_a_bound_past_the_value_moves_the_value_onto_the_bound()
    {
        var p = new Parameter("kT", 30.0, 0.0, null);
        p.MaxValue = 10.0;
        Assert.Equal(10.0, p.Value);
        p.MinValue = 12.0 - 12.0 + 5.0;
        Assert.Equal(10.0, p.Value);
        p.Bounds = (20.0, 40.0);
        Assert.Equal(20.0, p.Value);
    }

    [Fact]
    public void Inverted_bounds_are_rejected()
    {
        var p = new Parameter("kT", 30.0);
        var ex = Assert.Throws<ArgumentException>(() => p.Bounds = (10.0, 1.0));
        Assert.Contains("minimum 10 is larger than maximum 1", ex.Message);
    }

    [Fact]
    public void Log10_parameter_stores_the_internal_value_like_astromodels()
    {
        // astromodels keeps log10(x) and returns 10**internal: 500 reads back as 499.99999999999994.
        var p = new Parameter("xp", 500.0, 10.0, null, transformation: ParameterTransformation.Log10);
        Assert.Equal(499.99999999999994, p.Value);
        Assert.Equal(Math.Log10(500.0), p.ScaledValue);
        Assert.Equal(1.0, p.ScaledMinValue);
        Assert.Null(p.ScaledMaxValue);
        p.ScaledValue = 2.0;
        Assert.Equal(100.0, p.Value);
    }

    [Fact]
    public void Log10_parameter_rejects_a_non_positive_minimum()
    {
        var p = new Parameter("K", 1.0, 1e-30, 1e3, transformation: ParameterTransformation.Log10);
        var ex = Assert.Throws<ArgumentException>(() => p.MinValue = 0.0);
        Assert.Contains("log10", ex.Message);
        Assert.Contains("'K'", ex.Message);
    }

    [Fact]
    public void Internal_delta_of_a_log_parameter_follows_the_lower_side_first()
    {
        // K = 1, delta = 0.1 (default), min 1e-30: the step is |log10(0.9) - log10(1)|.
        var p = new Parameter("K", 1.0, 1e-30, 1e3, transformation: ParameterTransformation.Log10);
        Assert.Equal(-Math.Log10(0.9), p.ScaledDelta, 14);
        var q = new Parameter("K", 1.0, 0.95, 1e3, transformation: ParameterTransformation.Log10);
        Assert.Equal(Math.Log10(1.1), q.ScaledDelta, 14);
        Assert.Equal(0.1, new Parameter("index", 1.0).ScaledDelta, 15);
    }

    [Fact]
    public void Invalid_delta_is_rejected()
    {
        var p = new Parameter("kT", 30.0);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => p.Delta = 0);
        Assert.Contains("'kT'", ex.Message);
    }

    [Fact]
    public void Fixed_is_the_inverse_of_free()
    {
        var p = new Parameter("piv", 1.0, free: false);
        Assert.True(p.Fixed);
        p.Free = true;
        Assert.False(p.Fixed);
        p.Fixed = true;
        Assert.False(p.Free);
    }

    [Fact]
    public void A_linked_parameter_follows_its_law_and_refuses_assignment_and_freeing()
    {
        var independent = new Parameter("kT_1", 30.0, 0.0, null);
        var dependent = new Parameter("kT", 10.0, 0.0, null);
        dependent.SetLink(independent, new Line(a: 1.0, b: 2.0));
        Assert.True(dependent.IsLinked);
        Assert.False(dependent.Free);
        Assert.Equal(61.0, dependent.Value);
        independent.Value = 100.0;
        Assert.Equal(201.0, dependent.Value);

        var assign = Assert.Throws<InvalidOperationException>(() => dependent.Value = 5.0);
        Assert.Contains("linked to 'kT_1'", assign.Message);
        var free = Assert.Throws<InvalidOperationException>(() => dependent.Free = true);
        Assert.Contains("unlink it first", free.Message);

        dependent.RemoveLink();
        Assert.False(dependent.IsLinked);
        Assert.True(dependent.Free);
        Assert.Equal(201.0, dependent.Value);
    }

    [Fact]
    public void Within_bounds_check_is_inclusive_and_rejects_nan()
    {
        var p = new Parameter("x", 0.5, 0.0, 1.0);
        Assert.True(p.IsWithinBounds(0.0));
        Assert.True(p.IsWithinBounds(1.0));
        Assert.False(p.IsWithinBounds(1.0000001));
        Assert.False(p.IsWithinBounds(double.NaN));
    }

    [Fact]
    public void ToString_shows_path_value_unit_bounds_and_state()
    {
        var p = new Parameter("kT", 30.0, 0.0, null, unit: Units.keV);
        Assert.Equal("kT = 30 keV [0, None] (free)", p.ToString());
    }
}
