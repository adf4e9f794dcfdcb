using Astromodels.Functions;
using Astromodels.Numerics;
using CsCheck;

namespace Astromodels.Tests.Functions;

/// <summary>The acceptance property for closed-form integrals: for random parameters and bins, the analytic integral of
/// xᵏ·f (k = 0, 1, 2) agrees with adaptive Gauss–Kronrod quadrature to 1e-10 relative.</summary>
internal static class IntegralChecks
{
    /// <summary>A fixed CsCheck seed, so that every run draws the same parameters.</summary>
    public const string Seed = "0N0XIzNsQ0O2";

    /// <summary>The agreement required between the closed form and quadrature.</summary>
    public const double Tolerance = 1e-10;

    /// <summary>log-uniform doubles in [lo, hi].</summary>
    public static Gen<double> LogUniform(double lo, double hi) =>
        Gen.Double[Math.Log10(lo), Math.Log10(hi)].Select(l => Math.Pow(10, l));

    /// <summary>Bins [a, b] with a log-uniform in [lo, hi] and b/a − 1 log-uniform in [1e-3, 1e2].</summary>
    public static Gen<(double A, double B)> Bins(double lo = 1, double hi = 1e4) =>
        Gen.Select(LogUniform(lo, hi), LogUniform(1e-3, 1e2), (a, r) => (a, a * (1 + r)));

    /// <summary>Checks the property for functions drawn from <paramref name="functions"/> over bins from <paramref name="bins"/>.</summary>
    /// <param name="functions">Random functions (parameters drawn within bounds).</param>
    /// <param name="bins">Random bins; <see cref="Bins"/> by default.</param>
    /// <param name="oscillating">Measure the error against ∫|xᵏf| instead of |∫xᵏf| (for functions that change sign).</param>
    /// <param name="breaks">Points where the function jumps, at which the quadrature reference is split (a step that
    /// falls between the Gauss–Kronrod nodes is otherwise missed).</param>
    /// <param name="mayFallBack">Whether the function may decline the closed form (then at least half the cases must use it).</param>
    /// <param name="iterations">Number of random cases.</param>
    public static void AnalyticMatchesQuadrature(
        Gen<Function1D> functions,
        Gen<(double A, double B)>? bins = null,
        bool oscillating = false,
        Func<Function1D, double[]>? breaks = null,
        bool mayFallBack = false,
        int iterations = 150)
    {
        var used = 0;
        var total = 0;
        Gen.Select(functions, bins ?? Bins()).SampleFixed(
            t =>
            {
                used += Check(t.Item1, t.Item2.A, t.Item2.B, oscillating, breaks?.Invoke(t.Item1), mayFallBack);
                total += 3;
            },
            iter: iterations,
            seed: Seed,
            threads: 1);
        Assert.True(2 * used >= total, $"the closed form was used in only {used} of {total} integrals");
    }

    /// <summary>Checks the property for (function, bin) pairs drawn together.</summary>
    public static void AnalyticMatchesQuadrature(Gen<(Function1D F, (double A, double B) Bin)> cases, bool mayFallBack = false, int iterations = 150)
    {
        var used = 0;
        var total = 0;
        cases.SampleFixed(
            t =>
            {
                used += Check(t.F, t.Bin.A, t.Bin.B, mayFallBack: mayFallBack);
                total += 3;
            },
            iter: iterations,
            seed: Seed,
            threads: 1);
        Assert.True(2 * used >= total, $"the closed form was used in only {used} of {total} integrals");
    }

    /// <summary>Asserts the closed form agrees with quadrature for k = 0, 1, 2 on one bin; returns how many closed forms were used.</summary>
    public static int Check(Function1D f, double a, double b, bool oscillating = false, double[]? breaks = null, bool mayFallBack = false)
    {
        var used = 0;
        for (var k = 0; k <= 2; k++)
        {
            if (!f.TryIntegrateAnalyticInternal(a, b, k, out var analytic))
            {
                Assert.True(mayFallBack, $"{f} has no closed form on [{a:R}, {b:R}], k = {k}");
                continue;
            }

            used++;
            var power = k;
            var numeric = Reference(x => Math.Pow(x, power) * f.Evaluate(x), a, b, breaks);
            var scale = oscillating ? Reference(x => Math.Abs(Math.Pow(x, power) * f.Evaluate(x)), a, b, breaks) : Math.Abs(numeric);
            var error = Math.Abs(analytic - numeric);
            Assert.True(
                error <= Tolerance * scale + 1e-250,
                $"{f} on [{a:R}, {b:R}], k = {k}: closed form {analytic:R}, quadrature {numeric:R} (relative error {error / scale:G3})");
        }

        return used;
    }

    /// <summary>Adaptive Gauss–Kronrod (the algorithm of <see cref="Function1D.IntegrateNumerically"/>) to 1e-13 relative, split at
    /// the given points, so that the reference is two orders more accurate than the tolerance checked.</summary>
    private static double Reference(Func<double, double> integrand, double a, double b, double[]? breaks)
    {
        var sum = 0.0;
        var lo = a;
        foreach (var x in (breaks ?? []).Where(x => x > a && x < b).Order())
        {
            sum += GaussKronrod.Integrate(integrand, lo, x, 1e-13);
            lo = x;
        }

        return sum + GaussKronrod.Integrate(integrand, lo, b, 1e-13);
    }
}
