using ThreeML.Fits;
using ThreeML.Spectra;

namespace ThreeML.Ogip;

/// <summary>The columns (and per-spectrum keywords) of a PHA SPECTRUM extension for one spectrum (Type I: scalar
/// columns) or several (Type II: one row per spectrum, vector columns).</summary>
internal sealed class PhaColumns
{
    private readonly IReadOnlyList<BinnedSpectrum> _spectra;
    private readonly int _firstChannel;
    private readonly bool _typeII;

    public PhaColumns(IReadOnlyList<BinnedSpectrum> spectra, int firstChannel, bool typeII)
    {
        _spectra = spectra;
        _firstChannel = firstChannel;
        _typeII = typeII;
    }

    /// <summary>Checks that spectra can share one Type II table.</summary>
    /// <exception cref="ArgumentException">Channel counts, noise models, TELESCOP/INSTRUME or channel energies differ.</exception>
    public static void CheckCompatible(IReadOnlyList<BinnedSpectrum> spectra)
    {
        var first = spectra[0] ?? throw new ArgumentException("Spectrum 0 is null.", nameof(spectra));
        for (var i = 1; i < spectra.Count; i++)
        {
            var s = spectra[i] ?? throw new ArgumentException($"Spectrum {i} is null.", nameof(spectra));
            string? problem =
                s.ChannelCount != first.ChannelCount ? $"has {s.ChannelCount} channels but spectrum 0 has {first.ChannelCount}"
                : s.IsPoisson != first.IsPoisson ? $"is {(s.IsPoisson ? "Poisson" : "Gaussian")} but spectrum 0 is not (POISSERR is one keyword per file)"
                : s.Telescope != first.Telescope || s.Instrument != first.Instrument ? $"is from {s.Telescope}/{s.Instrument} but spectrum 0 is from {first.Telescope}/{first.Instrument}"
                : !s.Edges.SequenceEqual(first.Edges) ? "has other channel energies than spectrum 0"
                : null;
            if (problem is not null)
            {
                throw new ArgumentException($"Spectrum {i} {problem}; the rows of a PHA Type II file must agree.", nameof(spectra));
            }
        }
    }

    public void AddTo(BinaryTableBuilder builder)
    {
        var n = _spectra[0].ChannelCount;
        if (_typeII)
        {
            builder.AddColumn("SPEC_NUM", Enumerable.Range(1, _spectra.Count).ToArray());
        }

        Add(builder, "CHANNEL", _spectra.Select(_ => Enumerable.Range(_firstChannel, n).ToArray()).ToArray(), null);
        if (_spectra[0].IsPoisson)
        {
            Add(builder, "COUNTS", _spectra.Select(Counts).ToArray(), "count");
        }
        else
        {
            Add(builder, "RATE", _spectra.Select(s => PerSecond(s, s.Counts)).ToArray(), "count/s");
            Add(builder, "STAT_ERR", _spectra.Select(s => PerSecond(s, s.CountErrors)).ToArray(), "count/s");
        }

        if (_spectra.Any(s => !s.SystematicErrors.IsEmpty))
        {
            Add(builder, "SYS_ERR", _spectra.Select(s => s.SystematicErrors.IsEmpty ? new double[n] : s.SystematicErrors.ToArray()).ToArray(), null);
        }
        else
        {
            builder.SetKeyword("SYS_ERR", 0L, "no systematic errors");
        }

        Add(builder, "QUALITY", _spectra.Select(s => s.Quality.ToArray().Select(q => (short)q).ToArray()).ToArray(), null);
        if (_spectra.Any(s => !s.Grouping.IsEmpty))
        {
            // A row without grouping is written as one group per channel, which means the same.
            Add(builder, "GROUPING", _spectra.Select(s => s.Grouping.IsEmpty ? Enumerable.Repeat((short)1, n).ToArray() : s.Grouping.ToArray().Select(g => (short)g).ToArray()).ToArray(), null);
        }
        else
        {
            builder.SetKeyword("GROUPING", 0L, "no grouping");
        }

        PerSpectrum(builder, "EXPOSURE", s => s.Exposure, "s", "exposure, s");
        PerSpectrum(builder, "BACKSCAL", s => s.ScaleFactor, null, "background scaling (extraction area)");
        PerSpectrum(builder, "AREASCAL", s => s.AreaScale, null, "area scaling");
        if (_spectra.All(s => s.TStart is not null && s.TStop is not null))
        {
            PerSpectrum(builder, "TSTART", s => s.TStart!.Value, "s", "start time, s");
            PerSpectrum(builder, "TSTOP", s => s.TStop!.Value, "s", "stop time, s");
        }
    }

    private int[] Counts(BinnedSpectrum spectrum, int row)
    {
        var counts = spectrum.Counts;
        var result = new int[counts.Length];
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] > int.MaxValue)
            {
                throw new ArgumentException($"Spectrum {row}, channel {c + _firstChannel}: {counts[c]} counts exceed the 32-bit COUNTS column (at most {int.MaxValue}).", "spectrum");
            }

            result[c] = (int)counts[c];
        }

        return result;
    }

    private static double[] PerSecond(BinnedSpectrum spectrum, ReadOnlySpan<double> values)
    {
        var result = new double[values.Length];
        for (var c = 0; c < values.Length; c++)
        {
            result[c] = values[c] / spectrum.Exposure;
        }

        return result;
    }

    private void PerSpectrum(BinaryTableBuilder builder, string name, Func<BinnedSpectrum, double> value, string? unit, string comment)
    {
        var values = _spectra.Select(value).ToArray();
        if (values.All(v => v == values[0]))
        {
            builder.SetKeyword(name, values[0], comment);
        }
        else
        {
            builder.AddColumn(name, values, unit);
        }
    }

    private void Add(BinaryTableBuilder builder, string name, int[][] rows, string? unit)
    {
        if (_typeII)
        {
            builder.AddArrayColumn(name, rows, unit);
        }
        else
        {
            builder.AddColumn(name, rows[0], unit);
        }
    }

    private void Add(BinaryTableBuilder builder, string name, short[][] rows, string? unit)
    {
        if (_typeII)
        {
            builder.AddArrayColumn(name, rows, unit);
        }
        else
        {
            builder.AddColumn(name, rows[0], unit);
        }
    }

    private void Add(BinaryTableBuilder builder, string name, double[][] rows, string? unit)
    {
        if (_typeII)
        {
            builder.AddArrayColumn(name, rows, unit);
        }
        else
        {
            builder.AddColumn(name, rows[0], unit);
        }
    }
}
