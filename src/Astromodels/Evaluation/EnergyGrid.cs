namespace Astromodels;

/// <summary>A fixed set of energies, keV, at which spectral functions are evaluated over and over (a plugin's
/// integration grid), with what can be computed once for it: ln E and its range. Immutable.</summary>
/// <remarks>
/// <para>Evaluating on a grid (<see cref="PointSource.Evaluate(EnergyGrid, ShapeCache, Span{double})"/>) gives the same
/// values as evaluating on its energies, to a few ulp: power laws read ln E instead of taking it, and the
/// parameter-dependent shapes that functions compute are kept in the caller's <see cref="ShapeCache"/>, not here, so
/// one grid can be shared by any number of threads.</para>
/// </remarks>
public sealed class EnergyGrid
{
    private readonly double[] _energies;
    private readonly double[] _logEnergies;

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
}
