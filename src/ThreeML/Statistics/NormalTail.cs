using MathNet.Numerics;

namespace ThreeML.Statistics;

/// <summary>The standard normal upper tail Q(z) = 1 − Φ(z) and its inverse, in log space so that any depth is representable.</summary>
internal static class NormalTail
{
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2.0 * Math.PI);

    /// <summary>ln Q(z).</summary>
    public static double LogSurvival(double z)
    {
        if (z < 0)
        {
            return Math.Log(1.0 - 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2.0)));
        }

        if (z < 30.0)
        {
            return Math.Log(0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2.0)));
        }

        // Beyond 30σ erfc underflows soon; the asymptotic series Q(z) = φ(z)/z · (1 − 1/z² + 3/z⁴ − …) truncated after
        // the z⁻¹² term is accurate to ~3e-16 relative here.
        var inv = 1.0 / (z * z);
        var series = 1.0 - inv * (1.0 - 3.0 * inv * (1.0 - 5.0 * inv * (1.0 - 7.0 * inv * (1.0 - 9.0 * inv * (1.0 - 11.0 * inv)))));
        return -0.5 * z * z - Math.Log(z) - HalfLogTwoPi + Math.Log(series);
    }

    /// <summary>The z ≥ 0 with ln Q(z) = <paramref name="logP"/>, for ln 0.5 ≥ logP (−∞ gives +∞).</summary>
    public static double InverseLogSurvival(double logP)
    {
        if (double.IsNegativeInfinity(logP))
        {
            return double.PositiveInfinity;
        }

        double z;
        if (logP > -700.0)
        {
            z = Math.Sqrt(2.0) * SpecialFunctions.ErfcInv(2.0 * Math.Exp(logP));
        }
        else
        {
            // Leading terms of ln Q(z) ≈ −z²/2 − ln z − ½ ln 2π solved for z; Newton below finishes the job.
            var twiceMinusLogP = -2.0 * logP;
            z = Math.Sqrt(twiceMinusLogP - Math.Log(twiceMinusLogP) - 2.0 * HalfLogTwoPi);
        }

        // Newton on ln Q, whose derivative is −φ(z)/Q(z); two or three steps reach full precision from either start.
        for (var iteration = 0; iteration < 8; iteration++)
        {
            var logQ = LogSurvival(z);
            var slope = -Math.Exp(-0.5 * z * z - HalfLogTwoPi - logQ);
            var step = (logQ - logP) / slope;
            z -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1.0, z))
            {
                break;
            }
        }

        return z;
    }
}
