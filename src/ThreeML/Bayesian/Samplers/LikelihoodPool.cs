using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace ThreeML.Bayesian.Samplers;

/// <summary>One likelihood evaluator per worker, and a deterministic parallel loop over them.</summary>
/// <remarks>
/// Work item i always computes the same value whichever worker runs it, so results depend only on the
/// items, never on the thread count. Small batches of cheap likelihoods run inline: the measured cost
/// per item decides, which changes timing only.
/// </remarks>
internal sealed class LikelihoodPool
{
    private const double ParallelThresholdSeconds = 50e-6;
    private readonly ILogLikelihood[] evaluators;
    private readonly ParallelOptions options;
    private double secondsPerItem = 1e-3;
    private long nonFinite;

    public LikelihoodPool(SamplingProblem problem, int? maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, maxDegreeOfParallelism ?? Environment.ProcessorCount);
        evaluators = new ILogLikelihood[workers];
        for (var w = 0; w < workers; w++)
        {
            evaluators[w] = problem.CreateLikelihood(w);
        }

        options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
    }

    public int Workers => evaluators.Length;

    public long NonFiniteCount => Interlocked.Read(ref nonFinite);

    /// <summary>Evaluates with worker <paramref name="worker"/>'s evaluator; NaN and +∞ become −∞ and are counted.</summary>
    public double Evaluate(int worker, ReadOnlySpan<double> parameters)
    {
        var value = evaluators[worker].Evaluate(parameters);
        if (double.IsNaN(value) || double.IsPositiveInfinity(value))
        {
            Interlocked.Increment(ref nonFinite);
            return double.NegativeInfinity;
        }

        return value;
    }

    /// <summary>Runs <paramref name="body"/>(item, worker) for items 0…count−1, split into contiguous blocks per worker.</summary>
    public void For(int count, Action<int, int> body)
    {
        options.CancellationToken.ThrowIfCancellationRequested();
        var start = Stopwatch.GetTimestamp();
        var workers = Math.Min(Workers, count);
        if (workers <= 1 || count * secondsPerItem < ParallelThresholdSeconds)
        {
            for (var i = 0; i < count; i++)
            {
                body(i, 0);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, workers, options, w =>
                {
                    for (var i = w * count / workers; i < (w + 1) * count / workers; i++)
                    {
                        body(i, w);
                    }
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
        }

        if (count > 0)
        {
            var perItem = Stopwatch.GetElapsedTime(start).TotalSeconds / count * Math.Max(1, workers);
            secondsPerItem = (0.8 * secondsPerItem) + (0.2 * perItem);
        }
    }
}
