using Astromodels.Functions;

namespace Astromodels.Tests.Functions;

/// <summary>One expected parameter declaration, written from astromodels' docstring.</summary>
internal sealed record Declared(string Name, double Value, double? Min, double? Max, bool Free, bool Log10, string Unit, bool Normalization = false);

/// <summary>Assertions shared by the function tests.</summary>
internal static class FunctionChecks
{
    /// <summary>Asserts the parameters' names, order, values, bounds, free flags, transformations, units, normalization flags
    /// and default steps (10 % of |value|, 0.1 at 0, as astromodels' <c>Parameter</c>).</summary>
    public static void DeclaresParameters(Function1D f, params Declared[] expected)
    {
        Assert.Equal(expected.Select(e => e.Name), f.Parameters.Select(p => p.Name));
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, p) = (expected[i], f.Parameters[i]);
            var value = e.Log10 ? Math.Pow(10, Math.Log10(e.Value)) : e.Value;
            Assert.True(value == p.Value, $"{e.Name}: value {p.Value:R}, expected {value:R}");
            Assert.True(e.Min == p.MinValue && e.Max == p.MaxValue, $"{e.Name}: bounds [{p.MinValue}, {p.MaxValue}]");
            Assert.True(e.Free == p.Free, $"{e.Name}: free = {p.Free}");
            Assert.Equal(e.Log10 ? ParameterTransformation.Log10 : ParameterTransformation.None, p.Transformation);
            Assert.Equal(e.Unit, p.Unit.ToString());
            Assert.True(e.Normalization == p.IsNormalization, $"{e.Name}: is_normalization = {p.IsNormalization}");
            Assert.Equal(e.Value == 0 ? 0.1 : Math.Abs(0.1 * e.Value), p.Delta, 15);
        }

        Assert.Same(f.GetType(), FunctionFactory.Create(f.Name).GetType());
        Assert.Same(f.GetType(), f.Clone().GetType());
        Assert.False(string.IsNullOrWhiteSpace(f.Description));
    }

    /// <summary>Asserts |actual − expected| ≤ tolerance·|expected| (absolute when expected is 0).</summary>
    public static void Close(double expected, double actual, double tolerance = 1e-13, string? what = null)
    {
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:G3})");
    }

    /// <summary>Asserts the span overload returns exactly the scalar values, and that all of them are finite.</summary>
    public static void SpanMatchesScalar(Function1D f, params double[] xs)
    {
        var span = new double[xs.Length];
        f.Evaluate(xs, span);
        for (var i = 0; i < xs.Length; i++)
        {
            Assert.Equal(f.Evaluate(xs[i]), span[i]);
            Assert.True(double.IsFinite(span[i]), $"{f.Name}({xs[i]}) = {span[i]}");
        }
    }

    /// <summary>Asserts that creating the function throws the parameter's out-of-bounds exception naming the parameter.</summary>
    public static void RejectsOutOfBounds(Func<Function1D> create, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => create());
        Assert.Contains($"Parameter '{parameter}' cannot be set to", ex.Message);
        Assert.Contains("outside its bounds", ex.Message);
    }
}
