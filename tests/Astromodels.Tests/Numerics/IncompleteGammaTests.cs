using System.Globalization;
using Astromodels.Numerics;
using CsCheck;
using MathNet.Numerics;

namespace Astromodels.Tests.Numerics;

public class IncompleteGammaTests
{
    private static void Close(double expected, double actual, double tolerance, string? what = null)
    {
        var error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:G3})");
    }

    [Fact]
    public void Integer_orders_match_elementary_integrals()
    {
        // s = 1: e^(−u1) − e^(−u2); s = 2: (1 + u1) e^(−u1) − (1 + u2) e^(−u2)
        Close(Math.Exp(-0.3) - Math.Exp(-7), IncompleteGamma.Integral(1, 0.3, 7), 1e-15);
        Close(1.3 * Math.Exp(-0.3) - 8 * Math.Exp(-7), IncompleteGamma.Integral(2, 0.3, 7), 1e-15);
        Close(1 - Math.Exp(-5), IncompleteGamma.Integral(1, 0, 5), 1e-15);
    }

    [Fact]
    public void Order_zero_is_a_difference_of_exponential_integrals()
    {
        // ∫ e^(−t)/t dt = E1(u1) − E1(u2)
        Close(SpecialFunctions.ExponentialIntegral(0.01, 1) - SpecialFunctions.ExponentialIntegral(3, 1), IncompleteGamma.Integral(0, 0.01, 3), 1e-13);
    }

    [Fact]
    public void Positive_orders_match_regularised_gamma_functions()
    {
        Gen.Select(Gen.Double[0.2, 12], Gen.Double[-3, 1], Gen.Double[0.5, 3]).SampleFixed((s, l, r) =>
        {
            var u1 = Math.Pow(10, l);
            var u2 = u1 * (1 + Math.Pow(10, r));
            // The difference of whichever regularised function is small on [u1, u2], so the reference does not cancel.
            var expected = u2 < s
                ? SpecialFunctions.Gamma(s) * (SpecialFunctions.GammaLowerRegularized(s, u2) - SpecialFunctions.GammaLowerRegularized(s, u1))
                : SpecialFunctions.Gamma(s) * (SpecialFunctions.GammaUpperRegularized(s, u1) - SpecialFunctions.GammaUpperRegularized(s, u2));
            Close(expected, IncompleteGamma.Integral(s, u1, u2), 1e-11, $"s = {s}, [{u1}, {u2}]");
        }, seed: "0N0XIzNsQ0O2", iter: 300, threads: 1);
    }

    [Fact]
    public void Integrals_agree_with_mpmath_at_fifty_digits()
    {
        // 600 integrals by mpmath's gammainc at 50 digits (incomplete_gamma_reference_values.py beside this file): 300
        // band integrals of cut-off power laws as flux propagation makes them, 300 over orders −10..15 and limits
        // 1e-6..100. The worst are where the answer is conditioned badly in double precision (e^(s·ln u) with
        // |s·ln u| ≈ 150 amplifies one rounding of its argument 150 times) or where the series loses its e² ≈ 7.
        var errors = new List<(string Kind, double Error, string Row)>();
        using var reader = new StreamReader(typeof(IncompleteGammaTests).Assembly.GetManifestResourceStream("Astromodels.Tests.IncompleteGammaReference")!);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split(',');
            double Read(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            var expected = Read(4);
            errors.Add((f[0], Math.Abs(IncompleteGamma.Integral(Read(1), Read(2), Read(3)) - expected) / Math.Abs(expected), line));
        }

        Assert.Equal(600, errors.Count);
        Assert.All(errors.Where(e => e.Kind == "flux"), e => Assert.True(e.Error <= 1.5e-14, $"{e.Row}: relative error {e.Error:G3}"));
        Assert.All(errors, e => Assert.True(e.Error <= 3e-14, $"{e.Row}: relative error {e.Error:G3}"));
        var sorted = errors.Select(e => e.Error).Order().ToArray();
        Assert.True(sorted[sorted.Length / 2] <= 1e-15, $"median relative error {sorted[sorted.Length / 2]:G3}");
    }

    [Fact]
    public void Negative_orders_satisfy_the_recurrence()
    {
        // Γ(s+1, u) = sΓ(s, u) + uˢe^(−u), so I(s+1) − s·I(s) = u1ˢe^(−u1) − u2ˢe^(−u2).
        Gen.Select(Gen.Double[-9.5, -0.05], Gen.Double[-3, 1], Gen.Double[-1, 2]).SampleFixed((s, l, r) =>
        {
            var u1 = Math.Pow(10, l);
            var u2 = u1 * (1 + Math.Pow(10, r));
            var left = IncompleteGamma.Integral(s + 1, u1, u2) - s * IncompleteGamma.Integral(s, u1, u2);
            var right = Math.Pow(u1, s) * Math.Exp(-u1) - Math.Pow(u2, s) * Math.Exp(-u2);
            var scale = Math.Abs(IncompleteGamma.Integral(s + 1, u1, u2)) + Math.Abs(s * IncompleteGamma.Integral(s, u1, u2));
            Assert.True(Math.Abs(left - right) <= 1e-13 * scale, $"s = {s}, [{u1}, {u2}]: {left:R} vs {right:R}");
        }, seed: "0N0XIzNsQ0O2", iter: 300, threads: 1);
    }

    [Fact]
    public void Limits_in_reverse_negate_and_invalid_limits_give_nan()
    {
        Assert.Equal(-IncompleteGamma.Integral(-1.5, 0.2, 4), IncompleteGamma.Integral(-1.5, 4, 0.2));
        Assert.Equal(0, IncompleteGamma.Integral(-1.5, 2, 2));
        Assert.True(double.IsNaN(IncompleteGamma.Integral(-1.5, 0, 2)));
        Assert.True(double.IsNaN(IncompleteGamma.Integral(2, -1, 2)));
        Close(Math.Exp(-3), IncompleteGamma.Integral(1, 3, double.PositiveInfinity), 1e-15);
    }

    [Theory]
    // ∫ t^(s−1) e^(−t) dt on short bins, computed with mpmath.quad at 40 digits (where the difference of the
    // incomplete gamma functions at the ends cancels: up to 4e-12 relative before the Gauss–Legendre branch).
    [InlineData(-1.0, 1.0, 1.001, 0.0003673282957049990239)]
    [InlineData(-0.999, 3.0, 3.0004, 2.2144528215660237353e-6)]
    [InlineData(-1.02, 10.0, 10.05, 2.1039895924950981322e-8)]
    [InlineData(-2.5, 2.0, 2.01, 0.00011799251584770595973)]
    [InlineData(0.7, 5.0, 5.001, 4.1553387533443549522e-6)]
    [InlineData(-1.0, 0.5, 0.5001, 0.00024255162415993033925)]
    [InlineData(-9.3, 40.0, 40.2, 2.3690907529807558624e-35)]
    public void Short_bins_keep_full_precision(double s, double u1, double u2, double expected) =>
        Close(expected, IncompleteGamma.Integral(s, u1, u2), 4e-15, $"s = {s}, [{u1}, {u2}]");
}
