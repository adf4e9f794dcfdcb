using System.Globalization;
using ThreeML.Fits;
using ThreeML.Ogip;

namespace ThreeML.TimeSeries;

/// <summary>The fitted background of a time series: one <see cref="TimePolynomial"/> per channel, with the intervals
/// and order it was fitted with (what 3ML's <c>save_background</c> keeps).</summary>
/// <remarks>Save with <see cref="Save"/> and reuse with <see cref="Restore"/>: a FITS file with one row per channel
/// (coefficients and covariance), in place of 3ML's HDF5. Instances are immutable.</remarks>
public sealed class BackgroundModel
{
    private const string Extension = "BACKGROUND_POLY";
    private readonly TimePolynomial[] _polynomials;
    private readonly TimeInterval[] _intervals;

    internal BackgroundModel(TimePolynomial[] polynomials, int order, TimeInterval[] intervals, bool orderChosenAutomatically, bool unbinned)
    {
        _polynomials = polynomials;
        _intervals = intervals;
        Order = order;
        OrderChosenAutomatically = orderChosenAutomatically;
        Unbinned = unbinned;
    }

    /// <summary>The polynomial order used for every channel.</summary>
    public int Order { get; }

    /// <summary>Whether <see cref="Order"/> was chosen by the likelihood-ratio rule (polyOrder = −1).</summary>
    public bool OrderChosenAutomatically { get; }

    /// <summary>Whether the fit used events (unbinned) rather than binned counts.</summary>
    public bool Unbinned { get; }

    /// <summary>The background intervals, s relative to the trigger.</summary>
    public IReadOnlyList<TimeInterval> Intervals => _intervals;

    /// <summary>The polynomial of each channel.</summary>
    public IReadOnlyList<TimePolynomial> Polynomials => _polynomials;

    /// <summary>The number of channels.</summary>
    public int ChannelCount => _polynomials.Length;

    /// <summary>Background counts per channel expected over a set of time bins, each weighted by its live fraction,
    /// with their 1σ errors from the coefficient covariance.</summary>
    /// <param name="starts">Bin starts, s.</param>
    /// <param name="stops">Bin stops, s.</param>
    /// <param name="liveFractions">Exposure / width of each bin (1 for none lost).</param>
    /// <returns>Counts and errors per channel.</returns>
    public (double[] Counts, double[] Errors) Predict(ReadOnlySpan<double> starts, ReadOnlySpan<double> stops, ReadOnlySpan<double> liveFractions)
    {
        var counts = new double[ChannelCount];
        var errors = new double[ChannelCount];
        Span<double> basis = stackalloc double[_polynomials[0].Coefficients.Length];
        for (var c = 0; c < ChannelCount; c++)
        {
            var poly = _polynomials[c];
            basis.Clear();
            for (var i = 0; i < starts.Length; i++)
            {
                poly.BasisIntegrals(starts[i], stops[i], liveFractions[i], basis);
            }

            counts[c] = TimePolynomial.Dot(basis, poly.Coefficients);
            errors[c] = Math.Sqrt(poly.Variance(basis));
        }

        return (counts, errors);
    }

    /// <summary>Writes the background to a FITS file (atomically).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or cannot be written.</exception>
    public void Save(string path, bool overwrite = false)
    {
        var p = Order + 1;
        var coefficients = _polynomials.Select(poly => poly.Coefficients.ToArray()).ToArray();
        var covariances = _polynomials.Select(poly => Flatten(poly.Covariance)).ToArray();
        var table = new BinaryTableBuilder(Extension)
            .AddArrayColumn("COEFF", coefficients, "count/s")
            .AddArrayColumn("COVAR", covariances, null, [p, p])
            .SetKeyword("POLYORD", Order, "polynomial order of every channel")
            .SetKeyword("AUTOORD", OrderChosenAutomatically, "order chosen by the likelihood-ratio rule")
            .SetKeyword("UNBINNED", Unbinned, "fitted to events")
            .SetKeyword("TSCALE", _polynomials[0].TimeScale, "[s] time unit of the coefficients")
            .SetKeyword("NINTERV", (long)_intervals.Length, "number of background intervals");
        for (var i = 0; i < _intervals.Length; i++)
        {
            table.SetKeyword($"BKGSTA{i + 1}", _intervals[i].Start, "[s] background interval start");
            table.SetKeyword($"BKGSTO{i + 1}", _intervals[i].Stop, "[s] background interval stop");
        }

        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(table.Build());
        OgipFileWriter.Write(file, path, overwrite);
    }

    /// <summary>Reads a background written by <see cref="Save"/> (3ML's <c>restore_background</c>).</summary>
    /// <exception cref="OgipFormatException">The file lacks the BACKGROUND_POLY table, a keyword or a column.</exception>
    /// <exception cref="FitsFormatException">The file is not valid FITS.</exception>
    public static BackgroundModel Restore(string path)
    {
        FitsFile fits = FitsFile.Read(path);
        var table = GbmPhaIIReader.Table(fits, path, Extension);
        var h = table.Header;
        if (!h.TryGetInt32("POLYORD", out var order) || order is < 0 or > 4 || !h.TryGetDouble("TSCALE", out var scale) || !h.TryGetInt32("NINTERV", out var n) || n < 1)
        {
            throw new OgipFormatException("lacks a valid POLYORD (0..4), TSCALE or NINTERV (≥ 1); expected a file written by BackgroundModel.Save.", path, Extension, keyword: "POLYORD");
        }

        var intervals = new TimeInterval[n];
        for (var i = 0; i < n; i++)
        {
            intervals[i] = h.TryGetDouble($"BKGSTA{i + 1}", out var a) && h.TryGetDouble($"BKGSTO{i + 1}", out var b) && b > a
                ? new TimeInterval(a, b)
                : throw new OgipFormatException(string.Create(CultureInfo.InvariantCulture, $"lacks a valid BKGSTA{i + 1}/BKGSTO{i + 1} pair."), path, Extension, keyword: $"BKGSTA{i + 1}");
        }

        var p = order + 1;
        var coefficients = table.ReadDoubleArrays("COEFF");
        var covariances = table.ReadDoubleArrays("COVAR");
        var polynomials = new TimePolynomial[table.RowCount];
        for (var c = 0; c < polynomials.Length; c++)
        {
            if (coefficients[c].Length != p || covariances[c].Length != p * p)
            {
                throw new OgipFormatException($"holds {coefficients[c].Length} coefficients and {covariances[c].Length} covariance terms; expected {p} and {p * p}.", path, Extension, column: "COEFF", row: c);
            }

            var cov = new double[p, p];
            for (var i = 0; i < p; i++)
            {
                for (var k = 0; k < p; k++)
                {
                    cov[i, k] = covariances[c][(i * p) + k];
                }
            }

            polynomials[c] = new TimePolynomial(coefficients[c], cov, scale);
        }

        return new BackgroundModel(polynomials, order, intervals, h.TryGetBool("AUTOORD", out var auto) && auto, h.TryGetBool("UNBINNED", out var unbinned) && unbinned);
    }

    private static double[] Flatten(double[,] m)
    {
        var p = m.GetLength(0);
        var flat = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var k = 0; k < p; k++)
            {
                flat[(i * p) + k] = m[i, k];
            }
        }

        return flat;
    }
}
