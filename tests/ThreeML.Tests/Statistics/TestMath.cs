namespace ThreeML.Tests.Statistics;

/// <summary>Independent helpers for the statistics tests: nothing here calls the code under test.</summary>
internal static class TestMath
{
    /// <summary>ln n! as the plain sum ln 2 + … + ln n.</summary>
    public static double LnFactorial(int n)
    {
        var sum = 0.0;
        for (var k = 2; k <= n; k++)
        {
            sum += Math.Log(k);
        }

        return sum;
    }

    /// <summary>ln of the Poisson probability of k counts with mean mu, written out directly.</summary>
    public static double LnPoissonPmf(int k, double mu) => (k == 0 ? 0.0 : k * Math.Log(mu)) - mu - LnFactorial(k);

    /// <summary>ln of the normal density of x with mean mu and standard deviation sigma.</summary>
    public static double LnNormalPdf(double x, double mu, double sigma) =>
        -0.5 * Math.Log(2 * Math.PI) - Math.Log(sigma) - (x - mu) * (x - mu) / (2 * sigma * sigma);

    /// <summary>Asserts |actual − expected| ≤ tolerance × max(1, |expected|).</summary>
    public static void Close(double expected, double actual, double tolerance = 1e-12)
    {
        var scale = Math.Max(1.0, Math.Abs(expected));
        Assert.True(
            Math.Abs(actual - expected) <= tolerance * scale,
            FormattableString.Invariant($"expected {expected:R} but got {actual:R} (tolerance {tolerance} relative)"));
    }
}
