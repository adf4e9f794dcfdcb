using Astromodels.Numerics;
namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Nested-sampling quadrature of Z = ∫ L dX over the sequence of dead points (Skilling 2004, 2006).</summary>
/// <remarks>
/// While n live points are kept, each dead point shrinks the prior volume by the expected factor
/// ln X_{i+1} = ln X_i − 1/n and gets the width X_i (1 − e^(−1/n)). At termination the remaining live
/// points are appended in increasing likelihood with n, n − 1, …, 1 live points, each taking a width
/// X/n (UltraNest's <c>MultiCounter</c> tail), so the remainder X·mean(L) is integrated rather than
/// extrapolated. The information H = ∫ P ln(P/π) is updated with Skilling's recursion.
/// </remarks>
internal sealed class EvidenceAccumulator
{
    private readonly List<double> logLikelihood = [];
    private readonly List<double> logWidth = [];
    private readonly List<int> liveCount = [];
    private readonly List<bool> isTail = [];

    public double LogZ { get; private set; } = double.NegativeInfinity;

    public double Information { get; private set; }

    public double LogVolume { get; private set; }

    public int Count => logLikelihood.Count;

    public IReadOnlyList<double> LogLikelihoods => logLikelihood;

    /// <summary>Live points present when each dead point was removed.</summary>
    public IReadOnlyList<int> LiveCounts => liveCount;

    /// <summary>Whether each dead point was removed without replacement (final live points).</summary>
    public IReadOnlyList<bool> IsTail => isTail;

    /// <summary>Adds a dead point that was replaced, with <paramref name="live"/> live points at the time.</summary>
    public void AddReplaced(double logL, int live)
    {
        var width = LogVolume + Math.Log(-AccurateMath.Expm1(-1.0 / live));
        LogVolume -= 1.0 / live;
        Add(logL, width, live, false);
    }

    /// <summary>Adds a final live point, removed without replacement from <paramref name="live"/> live points.</summary>
    public void AddTail(double logL, int live)
    {
        var width = LogVolume - Math.Log(live);
        LogVolume = live > 1 ? LogVolume + AccurateMath.Log1p(-1.0 / live) : double.NegativeInfinity;
        Add(logL, width, live, true);
    }

    /// <summary>ln of X·mean(L_live), the evidence still held by the live points.</summary>
    public double LogRemainder(ReadOnlySpan<double> liveLogL) => LogVolume + LogMeanExp(liveLogL);

    /// <summary>Z_remain / (Z + Z_remain), UltraNest's <c>remainder_fraction</c>.</summary>
    public double RemainderFraction(ReadOnlySpan<double> liveLogL)
    {
        var remain = LogRemainder(liveLogL);
        return double.IsNegativeInfinity(LogZ) ? 1.0 : 1.0 / (1.0 + Math.Exp(LogZ - remain));
    }

    /// <summary>Normalised posterior weights exp(ln w_i + ln L_i − ln Z).</summary>
    public double[] PosteriorWeights()
    {
        var w = new double[Count];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = Math.Exp(logWidth[i] + logLikelihood[i] - LogZ);
        }

        var sum = w.Sum();
        for (var i = 0; i < w.Length; i++)
        {
            w[i] /= sum;
        }

        return w;
    }

    /// <summary>Posterior weight of the tail points (those never replaced).</summary>
    public double TailFraction(double[] weights)
    {
        var tail = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            tail += isTail[i] ? weights[i] : 0;
        }

        return tail;
    }

    /// <summary>
    /// Standard deviation of ln Z over <paramref name="replicas"/> simulated volume sequences, with each
    /// shrinkage factor drawn from its Beta(n, 1) law instead of its expectation (Skilling 2006, §9).
    /// </summary>
    /// <remarks>This captures the dominant statistical error, that of the unknown volumes; Skilling's √(H/n) approximates the same quantity.</remarks>
    /// <param name="seed">Seed of the replicas' random streams.</param>
    /// <param name="replicas">Number of simulated sequences.</param>
    /// <param name="workers">Threads that share the replicas (each replica is the same whichever thread computes it).</param>
    public double SimulatedLogZError(long seed, int replicas, int workers = 1)
    {
        // Terms are summed linearly relative to the largest expected-volume term, so each dead point costs one
        // logarithm (the shrinkage), one expm1 (the width) and one exp, instead of two more for a log-add-exp.
        var reference = double.NegativeInfinity;
        for (var i = 0; i < Count; i++)
        {
            reference = Math.Max(reference, logWidth[i] + logLikelihood[i]);
        }

        var values = new double[replicas];
        workers = Math.Clamp(workers, 1, replicas);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            for (var r = w * replicas / workers; r < (w + 1) * replicas / workers; r++)
            {
                var rng = new RandomStream(seed, RandomPurpose.EvidenceError, (ulong)r);
                var logX = 0.0;
                var z = 0.0;
                for (var i = 0; i < Count; i++)
                {
                    var logT = Math.Log(rng.NextOpenDouble()) / liveCount[i];
                    z += Math.Exp(logX + logLikelihood[i] - reference) * -AccurateMath.Expm1(logT);
                    logX += logT;
                }

                values[r] = reference + Math.Log(z);
            }
        });

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (replicas - 1));
    }

    private void Add(double logL, double width, int live, bool tail)
    {
        logLikelihood.Add(logL);
        logWidth.Add(width);
        liveCount.Add(live);
        isTail.Add(tail);
        if (double.IsNegativeInfinity(logL))
        {
            return;
        }

        var wi = width + logL;
        var logZNew = LogAddExp(LogZ, wi);
        Information = double.IsNegativeInfinity(LogZ)
            ? logL - logZNew
            : (Math.Exp(wi - logZNew) * logL) + (Math.Exp(LogZ - logZNew) * (Information + LogZ)) - logZNew;
        LogZ = logZNew;
    }

    internal static double LogAddExp(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        var max = Math.Max(a, b);
        return max + Math.Log(1 + Math.Exp(-Math.Abs(a - b)));
    }

    internal static double LogMeanExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum / values.Length);
    }
}
