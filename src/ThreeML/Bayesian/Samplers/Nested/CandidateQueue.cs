namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>A first-in first-out ring of evaluated region draws (unit-cube point, parameters, ln L) kept in flat arrays.</summary>
/// <remarks>Storage grows by doubling when full and is otherwise reused, so queuing a draw allocates nothing.
/// A dequeued slot stays readable until the next <see cref="Enqueue"/>.</remarks>
internal sealed class CandidateQueue(int d)
{
    private double[] u = new double[16 * d];
    private double[] p = new double[16 * d];
    private double[] logL = new double[16];
    private int head;

    /// <summary>Gets the number of queued draws.</summary>
    public int Count { get; private set; }

    public void Enqueue(ReadOnlySpan<double> unitCube, ReadOnlySpan<double> parameters, double logLikelihood)
    {
        if (Count == logL.Length)
        {
            Grow();
        }

        var slot = (head + Count) % logL.Length;
        unitCube.CopyTo(u.AsSpan(slot * d, d));
        parameters.CopyTo(p.AsSpan(slot * d, d));
        logL[slot] = logLikelihood;
        Count++;
    }

    /// <summary>Removes the oldest draw and returns its slot, or −1 when empty.</summary>
    public int Dequeue()
    {
        if (Count == 0)
        {
            return -1;
        }

        var slot = head;
        head = (head + 1) % logL.Length;
        Count--;
        return slot;
    }

    public ReadOnlySpan<double> UnitCube(int slot) => u.AsSpan(slot * d, d);

    public ReadOnlySpan<double> Parameters(int slot) => p.AsSpan(slot * d, d);

    public double LogLikelihood(int slot) => logL[slot];

    private void Grow()
    {
        var capacity = logL.Length * 2;
        var newU = new double[capacity * d];
        var newP = new double[capacity * d];
        var newL = new double[capacity];
        for (var k = 0; k < Count; k++)
        {
            var slot = (head + k) % logL.Length;
            u.AsSpan(slot * d, d).CopyTo(newU.AsSpan(k * d, d));
            p.AsSpan(slot * d, d).CopyTo(newP.AsSpan(k * d, d));
            newL[k] = logL[slot];
        }

        (u, p, logL, head) = (newU, newP, newL, 0);
    }
}
