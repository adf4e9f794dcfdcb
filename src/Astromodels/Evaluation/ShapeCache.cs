namespace Astromodels;

/// <summary>The spectral shapes that functions evaluated on an <see cref="EnergyGrid"/> have computed, kept for the
/// next evaluation by whoever owns the instance (a likelihood plan, one per grid): the caller's cache, not the grid's
/// or the function's.</summary>
/// <remarks>
/// <para>A function whose value is a normalization times a shape that depends on other parameters (a blackbody's
/// x²/(e^(x/kT) − 1), a power law's (x/piv)^index, an absorber's σ((1 + z)E)) keeps that shape here, keyed by the grid,
/// the function kind and the shape parameters' exact values: another function of the same kind with the same shape
/// parameters (the two blackbodies of linked kT in 3ML's tutorial), or the same function after only its normalization
/// changed (most steps of a fit), only multiplies.</para>
/// <para>The cache is a pure memo of a function of the grid's energies and the keys, so it is never stale; it holds a
/// few shapes and replaces the one used least recently, so the shapes one evaluation is combining (at most
/// <see cref="MaxShapesInUse"/>) stay in place while it fetches the others. It has no public member: pass it to
/// <see cref="PointSource.Evaluate(EnergyGrid, ShapeCache, Span{double})"/> or
/// <see cref="Model.Evaluate(EnergyGrid, ShapeCache, Span{double})"/>. An instance is not thread-safe: each worker
/// (each clone of a likelihood evaluator) creates its own.</para>
/// </remarks>
public sealed class ShapeCache
{
    private const int Capacity = 8;

    // Entries are structs in one array so a lookup scans contiguous memory (no pointer per entry); an empty entry has
    // no kind and never matches.
    private readonly Entry[] _entries = new Entry[Capacity];
    private long _clock;

    /// <summary>Creates an empty cache.</summary>
    public ShapeCache()
    {
    }

    /// <summary>How many shapes one evaluation may hold at once: fetching or storing fewer than
    /// <see cref="Capacity"/> − 1 others replaces none of them (the least recently used entry goes first).</summary>
    internal const int MaxShapesInUse = Capacity / 2;

    /// <summary>The number of shapes computed and stored so far (tests count it to show that shapes are shared).</summary>
    internal int StoredCount { get; private set; }

    /// <summary>The cached shape of <paramref name="kind"/> on <paramref name="grid"/> for the shape parameters, when
    /// the cache has it.</summary>
    /// <param name="grid">The grid the shape was computed on.</param>
    /// <param name="kind">Identifies the shape formula (one static object per function kind).</param>
    /// <param name="first">The first shape parameter.</param>
    /// <param name="second">The second shape parameter (0 when there is one).</param>
    /// <param name="shape">The shape at every energy of the grid.</param>
    internal bool TryGet(EnergyGrid grid, object kind, double first, double second, out double[] shape)
    {
        var entries = _entries;
        for (var i = 0; i < entries.Length; i++)
        {
            ref var entry = ref entries[i];
            if (ReferenceEquals(entry.Kind, kind) && entry.First.Equals(first) && entry.Second.Equals(second) && ReferenceEquals(entry.Grid, grid))
            {
                entry.LastUse = ++_clock;
                shape = entry.Values;
                return true;
            }
        }

        shape = null!;
        return false;
    }

    /// <summary>A buffer for the shape of <paramref name="kind"/> on <paramref name="grid"/> at the given parameters,
    /// remembered from now on: the caller fills all of it at once (with a kernel that cannot throw) before anything
    /// else reads the cache.</summary>
    internal double[] Store(EnergyGrid grid, object kind, double first, double second)
    {
        var replaced = 0;
        for (var i = 1; i < _entries.Length; i++)
        {
            if (_entries[i].LastUse < _entries[replaced].LastUse)
            {
                replaced = i;
            }
        }

        ref var entry = ref _entries[replaced];
        entry.LastUse = ++_clock;
        if (entry.Values is null || entry.Values.Length != grid.Length)
        {
            entry.Values = new double[grid.Length];
        }

        entry.Grid = grid;
        entry.Kind = kind;
        entry.First = first;
        entry.Second = second;
        StoredCount++;
        return entry.Values;
    }

    private struct Entry
    {
        public EnergyGrid? Grid;
        public object? Kind;
        public double First;
        public double Second;
        public double[] Values;
        public long LastUse;
    }
}
