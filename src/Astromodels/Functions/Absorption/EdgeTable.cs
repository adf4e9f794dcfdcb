using System.Globalization;

namespace Astromodels.Functions;

/// <summary>A measured or R-matrix cross-section tabulated across one absorption edge, interpolated linearly in energy
/// (the resolved O K, Ne K and Fe L edges of tbabs 2.3).</summary>
/// <remarks>The tables are embedded text resources (<c>Functions/Absorption/Data/tbabs-edge-*.txt</c>, energies in eV,
/// cross-sections in Mb per atom, with their sources in the first line). Outside its energy range a table does not
/// apply and the caller falls back to Verner's fit.</remarks>
internal sealed class EdgeTable
{
    private readonly double[] _energies;
    private readonly double[] _sigma;

    private EdgeTable(string element)
    {
        var name = $"Astromodels.Absorption.tbabs-edge-{element}";
        using var stream = typeof(EdgeTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The edge table '{name}' is missing from the Astromodels assembly.");
        using var reader = new StreamReader(stream);
        var energies = new List<double>();
        var sigma = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            energies.Add(double.Parse(line.AsSpan(0, space), NumberStyles.Float, CultureInfo.InvariantCulture));
            sigma.Add(double.Parse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        _energies = [.. energies];
        _sigma = [.. sigma];
    }

    /// <summary>O I across the K edge (490–585 eV).</summary>
    public static EdgeTable Oxygen => Tables.Oxygen.Value;

    /// <summary>Ne I across the K edge (865–870 eV).</summary>
    public static EdgeTable Neon => Tables.Neon.Value;

    /// <summary>Fe across the L₂,₃ edges (700–746 eV).</summary>
    public static EdgeTable Iron => Tables.Iron.Value;

    /// <summary>The tabulated energies, eV, ascending (σ is linear between them).</summary>
    public IReadOnlyList<double> EnergiesEv => _energies;

    /// <summary>The tabulated cross-section at <paramref name="energyEv"/> in Mb, when the energy lies inside the table.</summary>
    public bool TryGet(double energyEv, out double sigmaMb)
    {
        sigmaMb = 0;
        if (!(energyEv >= _energies[0] && energyEv <= _energies[^1]))
        {
            return false;
        }

        var hi = Array.BinarySearch(_energies, energyEv);
        if (hi >= 0)
        {
            sigmaMb = _sigma[hi];
            return true;
        }

        hi = ~hi;
        var lo = hi - 1;
        sigmaMb = _sigma[lo] + ((energyEv - _energies[lo]) / (_energies[hi] - _energies[lo]) * (_sigma[hi] - _sigma[lo]));
        return true;
    }

    // Loaded on first use, once per process: immutable data, not mutable state.
    private static class Tables
    {
        public static readonly Lazy<EdgeTable> Oxygen = new(() => new("O"));
        public static readonly Lazy<EdgeTable> Neon = new(() => new("Ne"));
        public static readonly Lazy<EdgeTable> Iron = new(() => new("Fe"));
    }
}
