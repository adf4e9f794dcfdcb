using MathNet.Numerics.Distributions;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

/// <summary>CSPEC-like data drawn from known rate polynomials r_c(t) = Σ a_ck t^k (counts per live second).</summary>
internal static class SimulatedSeries
{
    /// <summary>Bins of <paramref name="width"/> s from <paramref name="start"/> to <paramref name="stop"/>, live
    /// fraction 0.95, counts Poisson with mean 0.95 × ∫ r_c over the bin (closed-form polynomial integral).</summary>
    public static BinnedTimeSeries Create(int seed, double[][] ratePolynomials, double start = -100, double stop = 300, double width = 1.0)
    {
        var random = new Random(seed);
        var n = (int)Math.Round((stop - start) / width);
        var channels = ratePolynomials.Length;
        var starts = new double[n];
        var stops = new double[n];
        var exposures = new double[n];
        var counts = new double[n * channels];
        for (var i = 0; i < n; i++)
        {
            starts[i] = start + (i * width);
            stops[i] = starts[i] + width;
            exposures[i] = 0.95 * width;
            for (var c = 0; c < channels; c++)
            {
                counts[(i * channels) + c] = Poisson.Sample(random, 0.95 * TrueIntegral(ratePolynomials[c], starts[i], stops[i]));
            }
        }

        var edges = Enumerable.Range(0, channels + 1).Select(k => 10.0 * (k + 1)).ToArray();
        return new BinnedTimeSeries(starts, stops, exposures, counts, edges, referenceTime: 1e8);
    }

    /// <summary>∫ Σ a_k t^k dt from a to b, by the antiderivative.</summary>
    public static double TrueIntegral(double[] a, double from, double to)
    {
        var s = 0.0;
        for (var k = 0; k < a.Length; k++)
        {
            s += a[k] * (Math.Pow(to, k + 1) - Math.Pow(from, k + 1)) / (k + 1);
        }

        return s;
    }
}
