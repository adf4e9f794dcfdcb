namespace Astromodels.Tests.Numerics;

/// <summary>The dense sweeps on which every vector exp and log path is held to 1 ulp of the runtime's scalar functions.</summary>
internal static class SimdMathSweepPoints
{
    // Every binade's reduction is the same, so the sweep is dense in [1/2, 4) (each table interval and both sides of 1,
    // 2 and the tables' interval edges), ±2⁻²⁰ around 1 (where ln x ≈ x − 1 needs relative accuracy), and
    // random points over the whole normal range.
    public static double[] Logarithm()
    {
        var points = new List<double>();
        for (var i = 0; i < 1_400_000; i++)
        {
            points.Add(0.5 + (3.5 * i / 1_400_000.0));
        }

        for (var i = -200_000; i < 200_000; i++)
        {
            points.Add(1.0 + (i * Math.Pow(2, -37)));
        }

        // The edges of the AVX-512 table's 16 intervals, 1 + (n + ½)/15, and of the AVX2 table's 8, 1 + (n + ½)/7.
        foreach (var (count, divisor) in new[] { (15, 15.0), (7, 7.0) })
        {
            for (var n = 0; n <= count; n++)
            {
                var edge = 1.0 + ((n + 0.5) / divisor);
                for (var i = -500; i <= 500; i++)
                {
                    points.Add(edge + (i * Math.Pow(2, -52)));
                    points.Add(0.5 * (edge + (i * Math.Pow(2, -52))));
                }
            }
        }

        var random = new Random(20261206);
        for (var i = 0; i < 400_000; i++)
        {
            points.Add(Math.Pow(2, (random.NextDouble() * 2044) - 1022));
        }

        points.Add(2.2250738585072014e-308);
        points.Add(double.MaxValue);
        while (points.Count % 8 != 0)
        {
            points.Add(1.0);
        }

        return [.. points];
    }

    // Dense in [−708, 708], denser in [−2, 2] and around 0, and on both sides of every table boundary in
    // [−3 ln 2, 3 ln 2], where the reduction switches entries and |r| is largest.
    public static double[] Exponential()
    {
        var points = new List<double>();
        for (var i = 0; i < 1_000_000; i++)
        {
            points.Add(-708.0 + (1416.0 * i / 1_000_000.0));
            points.Add(-2.0 + (4.0 * i / 1_000_000.0));
        }

        for (var i = -100_000; i < 100_000; i++)
        {
            points.Add(i * Math.Pow(2, -40));
        }

        // The AVX-512 table's edges (n + ½)·ln 2/16 and the AVX2 table's (n + ½)·ln 2/8.
        foreach (var (count, divisor) in new[] { (48, 16.0), (24, 8.0) })
        {
            for (var n = -count; n < count; n++)
            {
                var edge = (n + 0.5) * Math.Log(2) / divisor;
                for (var i = -200; i <= 200; i++)
                {
                    points.Add(edge + (i * Math.Pow(2, -50)));
                }
            }
        }

        points.Add(708.0);
        points.Add(-708.0);
        while (points.Count % 8 != 0)
        {
            points.Add(0.0);
        }

        return [.. points];
    }

    public static void Track(double x, double value, Func<double, double> reference, ref long worst, ref double worstAt)
    {
        var distance = UlpDistance(value, reference(x));
        if (distance > worst)
        {
            worst = distance;
            worstAt = x;
        }
    }

    public static long UlpDistance(double a, double b)
    {
        if (a == b)
        {
            return 0;
        }

        static long Ordered(double v)
        {
            var bits = BitConverter.DoubleToInt64Bits(v);
            return bits < 0 ? long.MinValue - bits : bits;
        }

        return Math.Abs(Ordered(a) - Ordered(b));
    }
}
