namespace Astromodels.Functions;

/// <summary>A fixed set of energies, keV, at which spectral functions are evaluated over and over (a plugin's
/// integration grid), with what can be computed once for it: ln E, and the parameter-dependent shapes that functions
/// evaluated on the grid have already computed.</summary>
/// <remarks>
/// <para>Evaluating on a grid (<see cref="Function1D.Evaluate(EnergyGrid, Span{double})"/>) gives the same values as
/// evaluating on its energies, to a few ulp. Two things make it cheaper. Power laws read ln E instead of taking it.
/// And a function whose value is a normalization times a shape that depends on other parameters (a blackbody's
/// x²/(e^(x/kT) − 1), a power law's (x/piv)^index) keeps that shape in the grid's memo, keyed by the function kind and
/// the shape parameters' exact values: another function of the same kind with the same shape parameters (the two
/// blackbodies of linked kT in the tutorial), or the same function after only its normalization changed (most steps
/// of a fit), only multiplies.</para>
/// <para>The memo is a pure cache of a function of the energies and the keys, so it is never stale; it holds a few
/// shapes and replaces the oldest. A grid is not thread-safe: give each thread its own (the analyses do).</para>
/// </remarks>
public sealed class EnergyGrid
{
    private const int MemoCapacity = 8;
    private readonly double[] _energies;
    private readonly double[] _logEnergies;
    private readonly MemoEntry[] _memo = new MemoEntry[MemoCapacity];
    private int _nextReplaced;

    /// <summary>Creates the grid.</summary>
    /// <param name="energiesKeV">The energies, keV.</param>
    public EnergyGrid(ReadOnlySpan<double> energiesKeV)
    {
        _energies = energiesKeV.ToArray();
        _logEnergies = new double[_energies.Length];
        AllPositiveAndFinite = true;
        MinLogEnergy = double.PositiveInfinity;
        MaxLogEnergy = double.NegativeInfinity;
        for (var i = 0; i < _energies.Length; i++)
        {
            AllPositiveAndFinite &= _energies[i] > 0 && double.IsFinite(_energies[i]);
            _logEnergies[i] = Math.Log(_energies[i]);
            MinLogEnergy = Math.Min(MinLogEnergy, _logEnergies[i]);
            MaxLogEnergy = Math.Max(MaxLogEnergy, _logEnergies[i]);
        }
    }

    /// <summary>The energies, keV.</summary>
    public ReadOnlySpan<double> Energies => _energies;

    /// <summary>The number of energies.</summary>
    public int Length => _energies.Length;

    /// <summary>ln E for every energy (NaN or −∞ where E ≤ 0).</summary>
    public ReadOnlySpan<double> LogEnergies => _logEnergies;

    /// <summary>The smallest ln E.</summary>
    internal double MinLogEnergy { get; }

    /// <summary>The largest ln E.</summary>
    internal double MaxLogEnergy { get; }

    /// <summary>Whether every energy is positive and finite (so ln E is finite everywhere).</summary>
    public bool AllPositiveAndFinite { get; }

    /// <summary>The memoised shape of <paramref name="kind"/> for the shape parameters, when the grid has it.</summary>
    /// <param name="kind">Identifies the shape formula (one static object per function kind).</param>
    /// <param name="first">The first shape parameter.</param>
    /// <param name="second">The second shape parameter (0 when there is one).</param>
    /// <param name="shape">The shape at every energy.</param>
    internal bool TryGetShape(object kind, double first, double second, out ReadOnlySpan<double> shape)
    {
        foreach (var entry in _memo)
        {
            if (entry is not null && ReferenceEquals(entry.Kind, kind) && entry.First.Equals(first) && entry.Second.Equals(second))
            {
                shape = entry.Values;
                return true;
            }
        }

        shape = default;
        return false;
    }

    /// <summary>A buffer for the shape of <paramref name="kind"/> at the given parameters, remembered from now on: the
    /// caller fills all of it at once (with a kernel that cannot throw) before anything else reads the memo.</summary>
    internal Span<double> StoreShape(object kind, double first, double second)
    {
        var slot = _nextReplaced;
        _nextReplaced = (_nextReplaced + 1) % MemoCapacity;
        var entry = _memo[slot] ??= new MemoEntry(new double[_energies.Length]);
        entry.Kind = kind;
        entry.First = first;
        entry.Second = second;
        return entry.Values;
    }

    private sealed class MemoEntry(double[] values)
    {
        public object? Kind { get; set; }

        public double First { get; set; }

        public double Second { get; set; }

        public double[] Values { get; } = values;
    }
}
