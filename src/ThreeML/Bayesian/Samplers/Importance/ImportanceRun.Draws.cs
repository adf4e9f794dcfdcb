namespace ThreeML.Bayesian.Samplers.Importance;

internal sealed partial class ImportanceRun
{
    private const long MaxAttemptsPerPoint = 10_000_000;
    private readonly Action<int, int> drawOne;
    private double[] batchU = [];
    private double[] batchP = [];
    private double[] batchLogL = [];
    private long[] batchAttempts = [];
    private byte[] batchCounts = [];
    private bool[] batchDrawn = [];
    private bool[] batchBadTransform = [];
    private int batchBound;
    private ulong batchFirst;
    private ulong drawCounter;
    private double[] tailBound = [];

    /// <summary>Draws <paramref name="size"/> points inside the cube from bound <paramref name="k"/>, evaluates them, and returns how many exceed <paramref name="threshold"/>.</summary>
    private int DrawBatch(int k, int size, double threshold)
    {
        if (options.MaxNcalls is { } max)
        {
            size = (int)Math.Max(1, Math.Min(size, max - Calls));
        }

        EnsureCapacity(size);
        batchBound = k;
        if (tailBound.Length < bounds.Count)
        {
            tailBound = new double[2 * bounds.Count];
        }

        var tail = 0.0;
        for (var b = 0; b < bounds.Count; b++)
        {
            tail += Store.Draws(b) * (bounds[b]?.Count ?? 1) * Store.Coefficient(b);
            tailBound[b] = tail;
        }

        batchFirst = drawCounter;
        drawCounter += (ulong)size;
        pool.For(size, drawOne);
        var entered = 0;
        long attempts = 0;
        for (var j = 0; j < size; j++)
        {
            attempts += batchAttempts[j];
            if (batchBadTransform[j])
            {
                var u = batchU.AsSpan(j * d, d).ToArray();
                var p = batchP.AsSpan(j * d, d).ToArray();
                var bad = Array.FindIndex(p, x => !double.IsFinite(x));
                throw new InvalidOperationException(Invariant(
                    $"The prior transform returned {p[bad]} for parameter '{problem.ParameterNames[bad]}' at unit-cube point ({string.Join(", ", u)}); every output must be finite."));
            }

            if (!batchDrawn[j])
            {
                continue;
            }

            Store.AddPoint(batchU.AsSpan(j * d, d), batchP.AsSpan(j * d, d), batchLogL[j], batchCounts.AsSpan(j * bounds.Count, bounds.Count));
            liveSet.Offer(batchLogL[j], Store.Count - 1);
            entered += batchLogL[j] > threshold ? 1 : 0;
        }

        Store.AddDraws(k, attempts);
        if (Calls >= nextReport)
        {
            nextReport += ProgressInterval;
            progress?.Report(new SamplerProgress(bounds.Count, Calls, double.NaN, double.NaN));
        }

        return entered;
    }

    /// <summary>Draws item <paramref name="j"/> of the batch until it falls inside the cube, counting every draw, and evaluates it.</summary>
    /// <remarks>Each item has its own random stream keyed by its index in the run, so results do not depend on which worker draws it.</remarks>
    private void DrawOne(int j, int worker)
    {
        var rng = new RandomStream(options.Seed, RandomPurpose.Proposal, batchFirst + (ulong)j);
        var u = batchU.AsSpan(j * d, d);
        var p = batchP.AsSpan(j * d, d);
        Span<double> work = stackalloc double[d];
        var union = bounds[batchBound];
        long attempts = 0;
        batchDrawn[j] = false;
        batchBadTransform[j] = false;
        while (true)
        {
            attempts++;
            if (union is null)
            {
                for (var i = 0; i < d; i++)
                {
                    u[i] = rng.NextOpenDouble();
                }

                break;
            }

            union.Sample(ref rng, u, work);
            if (InsideCube(u))
            {
                break;
            }

            if (attempts >= MaxAttemptsPerPoint)
            {
                batchAttempts[j] = attempts;
                return;
            }
        }

        batchAttempts[j] = attempts;
        problem.Prior.Transform(u, p);
        foreach (var x in p)
        {
            if (!double.IsFinite(x))
            {
                batchBadTransform[j] = true;
                return;
            }
        }

        // Bounds are visited from the deepest; once the shallower ones can add at most 1e-12 of the density
        // found so far, their multiplicities are left unknown (computed later only if they are drawn from again).
        var counts = batchCounts.AsSpan(j * bounds.Count, bounds.Count);
        counts.Fill(SampleStore.Unknown);
        counts[0] = 1;
        counts[batchBound] = (byte)(bounds[batchBound]?.Multiplicity(u, work) ?? 1);
        var running = 0.0;
        for (var k = bounds.Count - 1; k > 0; k--)
        {
            counts[k] = k == batchBound ? counts[k] : (byte)bounds[k]!.Multiplicity(u, work);
            running += Store.Draws(k) * counts[k] * Store.Coefficient(k);
            if (tailBound[k - 1] < 1e-12 * running)
            {
                break;
            }
        }

        batchLogL[j] = pool.Evaluate(worker, p);
        batchDrawn[j] = true;
    }

    private static bool InsideCube(ReadOnlySpan<double> u)
    {
        foreach (var x in u)
        {
            if (!(x > 0 && x < 1))
            {
                return false;
            }
        }

        return true;
    }

    private void EnsureCapacity(int size)
    {
        if (batchLogL.Length < size)
        {
            var capacity = Math.Max(size, 2 * batchLogL.Length);
            batchU = new double[capacity * d];
            batchP = new double[capacity * d];
            batchLogL = new double[capacity];
            batchAttempts = new long[capacity];
            batchDrawn = new bool[capacity];
            batchBadTransform = new bool[capacity];
        }

        if (batchCounts.Length < batchLogL.Length * bounds.Count)
        {
            batchCounts = new byte[batchLogL.Length * Math.Max(bounds.Count, 2 * batchCounts.Length / Math.Max(1, batchLogL.Length))];
        }
    }
}
