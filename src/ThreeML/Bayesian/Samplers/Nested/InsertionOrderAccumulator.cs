namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Accumulates the Mann-Whitney-Wilcoxon U statistic of insertion ranks against a uniform law.</summary>
/// <remarks>
/// A rank r among m other live points is mapped to (r + 0.5)/(m + 1), uniform on (0, 1) with mean 1/2 and
/// variance 1/12 under the null; the z-score of their sum is UltraNest's <c>UniformOrderAccumulator</c>.
/// </remarks>
internal sealed class InsertionOrderAccumulator
{
    private const double Threshold = 4.0;
    private double totalU;
    private long total;
    private double windowU;
    private long window;
    private long? shortestRun;
    private int detections;

    public void Add(int rank, int others)
    {
        var x = (rank + 0.5) / (others + 1);
        totalU += x;
        total++;
        windowU += x;
        window++;
        if (Math.Abs(Z(windowU, window)) > Threshold)
        {
            shortestRun = Math.Min(shortestRun ?? long.MaxValue, window);
            detections++;
            windowU = 0;
            window = 0;
        }
    }

    public InsertionOrderTest Result()
    {
        var allowed = Math.Max(1, (int)Math.Ceiling(total / Math.Pow(10, 5.5)));
        return new InsertionOrderTest(Z(totalU, total), total, shortestRun, detections, detections <= allowed);
    }

    private static double Z(double u, long count) => count == 0 ? 0 : (u - (0.5 * count)) / Math.Sqrt(count / 12.0);
}
