using Astromodels.Numerics;

namespace Astromodels.Tests.Numerics;

public class GaussKronrodTests
{
    [Fact]
    public void Integrates_a_polynomial_exactly()
    {
        // ∫_0^2 (3x² + 2x + 1) dx = 8 + 4 + 2 = 14
        Assert.Equal(14.0, GaussKronrod.Integrate(x => 3 * x * x + 2 * x + 1, 0, 2), 13);
    }

    [Fact]
    public void Integrates_over_many_decades_to_the_requested_relative_tolerance()
    {
        // ∫_1^1e6 e^{-x/300} dx = 300 (e^{-1/300} − e^{-1e6/300})
        var expected = 300 * (Math.Exp(-1.0 / 300) - Math.Exp(-1e6 / 300));
        var r = GaussKronrod.IntegrateWithError(x => Math.Exp(-x / 300), 1, 1e6);
        Assert.True(r.Converged);
        Assert.True(Math.Abs(r.Value / expected - 1) < 1e-10, $"relative error {r.Value / expected - 1}");
    }

    [Fact]
    public void Integrates_a_sharp_peak()
    {
        // Gaussian of σ = 0.01 centred at 3 on [0, 10]: the integral is σ√(2π) to double precision.
        var sigma = 0.01;
        var value = GaussKronrod.Integrate(x => Math.Exp(-0.5 * Math.Pow((x - 3) / sigma, 2)), 0, 10);
        Assert.Equal(sigma * Math.Sqrt(2 * Math.PI), value, 12);
    }

    [Fact]
    public void Reversed_limits_negate_the_integral()
    {
        Assert.Equal(-0.5, GaussKronrod.Integrate(x => x, 1, 0), 14);
        Assert.Equal(0.0, GaussKronrod.Integrate(x => x, 3, 3));
    }

    [Fact]
    public void Infinite_limits_and_negative_tolerances_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => GaussKronrod.Integrate(x => x, 0, double.PositiveInfinity));
        Assert.Contains("finite", ex.Message);
        var tol = Assert.Throws<ArgumentException>(() => GaussKronrod.Integrate(x => x, 0, 1, relativeTolerance: -1));
        Assert.Contains("non-negative", tol.Message);
    }
}
