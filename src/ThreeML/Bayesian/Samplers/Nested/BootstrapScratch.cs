namespace ThreeML.Bayesian.Samplers.Nested;

/// <summary>Working arrays of the leave-out bootstraps, kept by a run and reused by every region build.</summary>
/// <remarks>A build needs O(n·d²) scratch (the moment rows dominate: 64 kB for 400 live points in 5 dimensions); a run
/// rebuilds its region about every n/4 iterations, so allocating it anew each time cost ~2 kB per iteration.</remarks>
internal sealed class BootstrapScratch
{
    /// <summary>Gets the reusable subset moments.</summary>
    public PointMoments Moments { get; } = new();

    /// <summary>Gets whitened points column-wise (n·d).</summary>
    public double[] Columns { get; private set; } = [];

    /// <summary>Gets one row of distances (n).</summary>
    public double[] Row { get; private set; } = [];

    /// <summary>Gets the neighbour lists (n·k) and their squared distances (n·k).</summary>
    public int[] Neighbours { get; private set; } = [];

    /// <inheritdoc cref="Neighbours"/>
    public double[] NeighbourDistances { get; private set; } = [];

    /// <summary>Gets which points a round kept (n).</summary>
    public bool[] Kept { get; private set; } = [];

    /// <summary>Gets a round's mean (d) and covariance or Cholesky factor (d·d).</summary>
    public double[] Mean { get; private set; } = [];

    /// <inheritdoc cref="Mean"/>
    public double[] Factor { get; private set; } = [];

    /// <summary>Grows the arrays to at least n points in d dimensions with k neighbours each.</summary>
    public void Ensure(int n, int d, int k)
    {
        Columns = Columns.Length >= n * d ? Columns : new double[n * d];
        Row = Row.Length >= n ? Row : new double[n];
        Neighbours = Neighbours.Length >= n * k ? Neighbours : new int[n * k];
        NeighbourDistances = NeighbourDistances.Length >= n * k ? NeighbourDistances : new double[n * k];
        Kept = Kept.Length >= n ? Kept : new bool[n];
        Mean = Mean.Length >= d ? Mean : new double[d];
        Factor = Factor.Length >= d * d ? Factor : new double[d * d];
    }
}
