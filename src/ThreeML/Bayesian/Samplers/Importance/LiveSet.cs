namespace ThreeML.Bayesian.Samplers.Importance;

/// <summary>The highest-likelihood points seen so far, kept sorted by ln L as points arrive (O(n) per entry, no re-sort of all points).</summary>
internal sealed class LiveSet(int capacity)
{
    private readonly double[] logL = new double[capacity];
    private readonly int[] rows = new int[capacity];

    /// <summary>Gets the number of points held (at most the capacity).</summary>
    public int Count { get; private set; }

    /// <summary>Gets the likelihood threshold: the lowest ln L held, −∞ while the set is not full.</summary>
    public double Threshold => Count < capacity ? double.NegativeInfinity : logL[0];

    /// <summary>Gets the rows of the held points, in ascending ln L.</summary>
    public ReadOnlySpan<int> Rows => rows.AsSpan(0, Count);

    /// <summary>Offers a point; it enters if the set is not full or its ln L exceeds the threshold (ties keep the earlier point).</summary>
    public void Offer(double value, int row)
    {
        if (Count == capacity)
        {
            if (!(value > logL[0]))
            {
                return;
            }

            Array.Copy(logL, 1, logL, 0, capacity - 1);
            Array.Copy(rows, 1, rows, 0, capacity - 1);
            Count--;
        }

        var at = Count;
        while (at > 0 && logL[at - 1] > value)
        {
            logL[at] = logL[at - 1];
            rows[at] = rows[at - 1];
            at--;
        }

        logL[at] = value;
        rows[at] = row;
        Count++;
    }
}
