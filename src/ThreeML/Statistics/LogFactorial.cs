using MathNet.Numerics;

namespace ThreeML.Statistics;

/// <summary>The natural logarithm of n!, the data-only term of every Poisson log-likelihood.</summary>
/// <remarks>
/// ln n! = ln Γ(n + 1) (3ML <c>threeML/utils/statistics/gammaln.py::logfactorial</c> uses <c>lgamma(n + 1)</c>).
/// Non-integer n is allowed and gives ln Γ(n + 1), as in 3ML.
/// </remarks>
public static class LogFactorial
{
    // Implementation note: counts are almost always small integers. Over 128 counts < 300 the table takes ~380 ns
    // against ~2,850 ns for MathNet's GammaLn (LogFactorialStatisticBenchmarks, shared 2-core machine, --job short).
    // Every entry comes from the same ln Γ, so both paths agree bit for bit.
    private const int TableSize = 1024;

    private static readonly double[] Table = BuildTable();

    /// <summary>Returns ln n! for a count <paramref name="n"/> ≥ 0.</summary>
    /// <param name="n">A non-negative count (integer or not).</param>
    /// <returns>ln Γ(n + 1); 0 for n = 0 and n = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative, NaN or infinite.</exception>
    public static double Of(double n)
    {
        StatisticsGuard.NonNegativeFinite(n, nameof(n));
        return OfValidated(n);
    }

    /// <summary>ln n! for an n already known to be finite and non-negative.</summary>
    internal static double OfValidated(double n)
    {
        if (n < TableSize)
        {
            var k = (int)n;
            if (k == n)
            {
                return Table[k];
            }
        }

        return SpecialFunctions.GammaLn(n + 1.0);
    }

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (var k = 2; k < TableSize; k++)
        {
            table[k] = SpecialFunctions.GammaLn(k + 1.0);
        }

        return table;
    }
}
