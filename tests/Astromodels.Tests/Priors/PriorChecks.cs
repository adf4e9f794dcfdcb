using Astromodels.Priors;
using CsCheck;

namespace Astromodels.Tests.Priors;

/// <summary>Assertions and independent numerical references shared by the prior tests.</summary>
internal static class PriorChecks
{
    /// <summary>Asserts |actual − expected| ≤ relative |expected| (absolute when expected is 0; infinities must match).</summary>
    public static void Close(double expected, double actual, double relative, string? what = null)
    {
        if (double.IsInfinity(expected) || expected == 0)
        {
            Assert.True(expected == actual || (expected == 0 && Math.Abs(actual) <= relative), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        var error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= relative, $"{what}: expected {expected:R}, got {actual:R} (relative error {error:G3} > {relative:G3})");
    }

    /// <summary>Composite Simpson rule with <paramref name="intervals"/> (even) sub-intervals.</summary>
    public static double Simpson(Func<double, double> f, double a, double b, int intervals = 20_000)
    {
        var h = (b - a) / intervals;
        var sum = f(a) + f(b);
        for (var i = 1; i < intervals; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * f(a + (i * h));
        }

        return sum * h / 3;
    }

    /// <summary>FromUnitCube never decreases as u grows (CsCheck over random pairs, plus the ends).</summary>
    public static void TransformIsMonotone(IPrior prior)
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1]).SampleFixed((u1, u2) =>
        {
            var (low, high) = u1 <= u2 ? (u1, u2) : (u2, u1);
            return prior.FromUnitCube(low) <= prior.FromUnitCube(high);
        });
        Assert.True(prior.FromUnitCube(0) <= prior.FromUnitCube(1e-300));
        Assert.True(prior.FromUnitCube(1 - 1e-16) <= prior.FromUnitCube(1));
    }

    /// <summary>
    /// CDF(FromUnitCube(u)) ≈ u for random u, with an independent closed-form CDF. Where the density
    /// is huge, one rounding step of x moves the CDF a lot, so u need only lie between the CDF at
    /// the doubles either side of x (within the tolerance).
    /// </summary>
    public static void CdfInvertsTransform(IPrior prior, Func<double, double> cdf, double tolerance = 1e-12)
    {
        Gen.Double[0, 1].SampleFixed(u =>
        {
            var x = prior.FromUnitCube(u);
            return u >= cdf(Math.BitDecrement(x)) - tolerance && u <= cdf(Math.BitIncrement(x)) + tolerance;
        });
    }

    /// <summary>LogDensity = ln Density wherever Density &gt; 1e-300, for x drawn from <paramref name="xs"/>.</summary>
    public static void LogDensityMatchesDensity(IPrior prior, Gen<double> xs)
    {
        xs.SampleFixed(x =>
        {
            var density = prior.Density(x);
            var logDensity = prior.LogDensity(x);
            return density > 1e-300 && double.IsFinite(density)
                ? Math.Abs(logDensity - Math.Log(density)) <= 1e-12 * Math.Max(1, Math.Abs(logDensity))
                : !double.IsNaN(logDensity);
        });
    }

    /// <summary>Asserts that creating a prior throws <typeparamref name="TException"/> whose message holds every fragment.</summary>
    public static void Throws<TException>(Func<object> create, params string[] fragments)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(() => create());
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }
    }
}
