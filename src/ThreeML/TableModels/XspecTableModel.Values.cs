using Astromodels;

namespace ThreeML.TableModels;

/// <summary>Parameters, the cached interpolated spectrum and the piecewise-constant integrals.</summary>
public sealed partial class XspecTableModel
{
    private const int BelowTable = -1;
    private const int AboveTable = -2;
    private double _keyShift = double.NaN;
    private double _keyK = double.NaN;
    private double _keyScale = double.NaN;

    /// <summary>The normalisation K of an additive table (null for multiplicative ones).</summary>
    public Parameter? K => _data.Kind == TableModelKind.Additive ? Parameters[^1] : null;

    /// <summary>XSPEC's energy-scale parameter <c>Escale</c> (null when the file's ESCALE keyword is false).</summary>
    public Parameter? EnergyScale => _data.HasEnergyScale ? Parameters[_data.Parameters.Count] : null;

    /// <summary>The redshift parameter (null when the file's REDSHIFT keyword is false).</summary>
    public Parameter? Redshift => _data.HasRedshift ? Parameters[_data.Parameters.Count + (_data.HasEnergyScale ? 1 : 0)] : null;

    /// <inheritdoc />
    protected override bool TryIntegrateAnalytic(double a, double b, int energyPower, out double value)
    {
        value = 0;
        if (!(b >= a) || !(a >= 0) || double.IsInfinity(b))
        {
            return false;
        }

        var values = Refresh(out var shift);
        var edges = _data.Edges;
        var first = edges[0] / shift;
        var last = edges[^1] / shift;
        var k = energyPower + 1;
        double Piece(double lo, double hi, double v) => hi > lo && v != 0 ? v * (Math.Pow(hi, k) - Math.Pow(lo, k)) / k : 0;
        value += Piece(a, Math.Min(b, first), _data.Below) + Piece(Math.Max(a, last), b, _data.Above);
        var start = Math.Max(0, FindBin(edges, a * shift));
        for (var i = start; i < _data.BinCount && edges[i] / shift < b; i++)
        {
            value += Piece(Math.Max(a, edges[i] / shift), Math.Min(b, edges[i + 1] / shift), values[i]);
        }

        return true;
    }

    private static Parameter[] CreateParameters(TableModelData data)
    {
        var list = new List<Parameter>();
        foreach (var p in data.Parameters)
        {
            var delta = p.Delta > 0 ? p.Delta : (double?)null;
            var min = Math.Min(p.Minimum, p.Initial);
            var max = Math.Max(p.Maximum, p.Initial);
            list.Add(new Parameter(p.Name, p.Initial, min, max, delta, description: "table model parameter", free: !p.Frozen));
        }

        if (data.HasEnergyScale)
        {
            // XSPEC's Escale: start 1, hard and soft limits 1e-5 and 100, frozen.
            list.Add(new Parameter("Escale", 1.0, 1e-5, 100.0, delta: 0.01, description: "energy scale: the table's energies are multiplied by it", free: false));
        }

        if (data.HasRedshift)
        {
            list.Add(new Parameter("redshift", 0.0, 0.0, 15.0, description: "redshift of the table's rest-frame energies", free: false));
        }

        if (data.Kind == TableModelKind.Additive)
        {
            list.Add(new Parameter("K", 1.0, 0.0, null, description: "normalisation of the tabulated photon fluxes", isNormalization: true));
        }

        return [.. list];
    }

    /// <summary>The bin of a rest-frame energy: BelowTable, AboveTable or 0..n−1 (half-open [lo, hi), the last bin closed).</summary>
    private static int FindBin(double[] edges, double e)
    {
        if (!(e >= edges[0]))
        {
            return BelowTable;
        }

        if (e > edges[^1])
        {
            return AboveTable;
        }

        var lo = 0;
        var hi = edges.Length - 1;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >> 1;
            if (edges[mid] <= e) { lo = mid; } else { hi = mid; }
        }

        return lo;
    }

    private double Value(int bin, double[] values, double shift) => bin switch
    {
        BelowTable => _data.Below,
        AboveTable => _data.Above,
        _ => values[bin],
    };

    /// <summary>Recomputes the per-bin values when a parameter changed; returns them and the factor (1 + z)/Escale that
    /// turns an observed energy into a table energy.</summary>
    private double[] Refresh(out double shift)
    {
        var count = _data.Parameters.Count;
        var changed = !_valid;
        for (var i = 0; i < count; i++)
        {
            var v = Parameters[i].Value;
            changed |= v != _key[i];
            _scratch[i] = v;
        }

        var z = Redshift?.Value ?? 0.0;
        var scale = EnergyScale?.Value ?? 1.0;
        var k = K?.Value ?? 1.0;
        shift = (1 + z) / scale;
        if (changed || _keyShift != shift || _keyK != k || _keyScale != scale)
        {
            _interpolator.Interpolate(_scratch, _spectrum);
            var edges = _data.Edges;
            for (var b = 0; b < _spectrum.Length; b++)
            {
                _spectrum[b] = _data.Kind switch
                {
                    // XSPEC: photons per observed bin = table flux over the bin's table energies / (1 + z), so the
                    // density is the table's at (1 + z)E/Escale divided by Escale (Escale conserves the photons).
                    TableModelKind.Additive => k * _spectrum[b] / (scale * (edges[b + 1] - edges[b])),
                    TableModelKind.Exponential => Math.Exp(-_spectrum[b]),
                    _ => _spectrum[b],
                };
            }

            Array.Copy(_scratch, _key, count);
            (_keyShift, _keyK, _keyScale, _valid) = (shift, k, scale, true);
        }

        return _spectrum;
    }
}
