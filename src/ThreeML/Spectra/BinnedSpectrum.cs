namespace ThreeML.Spectra;

/// <summary>A measured spectrum: counts per channel with exposure, errors, quality, grouping and scale factors.</summary>
/// <remarks>
/// <para>Counts are stored as counts (a file with RATE is converted with the exposure). For Poisson data
/// (<see cref="IsPoisson"/>) the counts must be non-negative; <see cref="CountErrors"/> is null. Gaussian data carry
/// one-sigma errors per channel.</para>
/// <para><see cref="ScaleFactor"/> is BACKSCAL (the extraction area or scaling) and <see cref="AreaScale"/> is AREASCAL;
/// the background-to-source scaling α of a likelihood is (BACKSCAL_src·AREASCAL_src·EXPOSURE_src) /
/// (BACKSCAL_bkg·AREASCAL_bkg·EXPOSURE_bkg). Unlike 3ML, AREASCAL is honoured (3ML ignores it).</para>
/// <para>Instances are immutable; the arrays handed in are copied.</para>
/// </remarks>
public class BinnedSpectrum
{
    private readonly double[] _counts;
    private readonly double[]? _countErrors;
    private readonly double[]? _systematicErrors;
    private readonly ChannelQuality[] _quality;
    private readonly int[]? _grouping;
    private readonly double[] _edges;

    /// <summary>Creates a spectrum.</summary>
    /// <param name="counts">Counts per channel (not rates).</param>
    /// <param name="exposure">Exposure, s (positive).</param>
    /// <param name="edges">Channel energy edges, keV, non-decreasing; one more than the channels.</param>
    /// <param name="countErrors">One-sigma count errors for Gaussian data; null for Poisson data.</param>
    /// <param name="systematicErrors">Fractional systematic errors per channel (SYS_ERR), or null.</param>
    /// <param name="quality">Quality per channel; null means all good.</param>
    /// <param name="grouping">OGIP GROUPING per channel (1 starts a group, −1 continues it, 0 undefined), or null.</param>
    /// <param name="scaleFactor">BACKSCAL (positive).</param>
    /// <param name="areaScale">AREASCAL (positive).</param>
    /// <param name="isPoisson">Whether the counts are Poisson; defaults to <c>countErrors is null</c>.</param>
    /// <param name="telescope">TELESCOP.</param>
    /// <param name="instrument">INSTRUME.</param>
    /// <param name="tStart">Start time, s, or null.</param>
    /// <param name="tStop">Stop time, s, or null.</param>
    /// <exception cref="ArgumentException">Lengths disagree, a count or error is not finite, Poisson counts are negative or non-integer, or exposure/scales are not positive.</exception>
    public BinnedSpectrum(
        ReadOnlySpan<double> counts,
        double exposure,
        ReadOnlySpan<double> edges,
        double[]? countErrors = null,
        double[]? systematicErrors = null,
        ChannelQuality[]? quality = null,
        int[]? grouping = null,
        double scaleFactor = 1.0,
        double areaScale = 1.0,
        bool? isPoisson = null,
        string telescope = "UNKNOWN",
        string instrument = "UNKNOWN",
        double? tStart = null,
        double? tStop = null)
    {
        var n = counts.Length;
        if (n == 0)
        {
            throw new ArgumentException("A spectrum needs at least one channel.", nameof(counts));
        }

        if (edges.Length != n + 1)
        {
            throw new ArgumentException($"{n} channels need {n + 1} edges but {edges.Length} were given.", nameof(edges));
        }

        CheckPositive(exposure, nameof(exposure));
        CheckPositive(scaleFactor, nameof(scaleFactor));
        CheckPositive(areaScale, nameof(areaScale));
        IsPoisson = isPoisson ?? countErrors is null;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(counts[i]))
            {
                throw new ArgumentException($"Channel {i}: count {counts[i]} is not finite.", nameof(counts));
            }

            if (IsPoisson && (counts[i] < 0 || counts[i] != Math.Round(counts[i])))
            {
                throw new ArgumentException($"Channel {i}: Poisson counts must be non-negative integers (got {counts[i]}).", nameof(counts));
            }

            if (i + 1 < edges.Length && (!double.IsFinite(edges[i + 1]) || edges[i + 1] < edges[i]))
            {
                throw new ArgumentException($"Channel edges must be finite and non-decreasing: [{i}] = {edges[i]}, [{i + 1}] = {edges[i + 1]}.", nameof(edges));
            }
        }

        CheckOptional(countErrors, n, nameof(countErrors), allowZero: true);
        CheckOptional(systematicErrors, n, nameof(systematicErrors), allowZero: true);
        if (!IsPoisson && countErrors is null)
        {
            throw new ArgumentException("Gaussian (non-Poisson) data need count errors.", nameof(countErrors));
        }

        if (quality is not null && quality.Length != n)
        {
            throw new ArgumentException($"{n} channels but {quality.Length} quality flags.", nameof(quality));
        }

        if (grouping is not null && grouping.Length != n)
        {
            throw new ArgumentException($"{n} channels but {grouping.Length} grouping flags.", nameof(grouping));
        }

        _counts = counts.ToArray();
        _countErrors = IsPoisson ? null : (double[]?)countErrors?.Clone();
        _systematicErrors = (double[]?)systematicErrors?.Clone();
        _quality = quality is null ? new ChannelQuality[n] : (ChannelQuality[])quality.Clone();
        _grouping = (int[]?)grouping?.Clone();
        _edges = edges.ToArray();
        Exposure = exposure;
        ScaleFactor = scaleFactor;
        AreaScale = areaScale;
        Telescope = telescope;
        Instrument = instrument;
        TStart = tStart;
        TStop = tStop;
    }

    /// <summary>The number of channels.</summary>
    public int ChannelCount => _counts.Length;

    /// <summary>Counts per channel.</summary>
    public ReadOnlySpan<double> Counts => _counts;

    /// <summary>One-sigma count errors (Gaussian data), or empty for Poisson data.</summary>
    public ReadOnlySpan<double> CountErrors => _countErrors;

    /// <summary>Whether count errors are present (Gaussian data).</summary>
    public bool HasCountErrors => _countErrors is not null;

    /// <summary>Fractional systematic errors per channel (SYS_ERR), or empty.</summary>
    public ReadOnlySpan<double> SystematicErrors => _systematicErrors;

    /// <summary>Quality flag per channel.</summary>
    public ReadOnlySpan<ChannelQuality> Quality => _quality;

    /// <summary>OGIP grouping flags per channel, or empty when the file has none.</summary>
    public ReadOnlySpan<int> Grouping => _grouping;

    /// <summary>Channel energy edges, keV (<see cref="ChannelCount"/> + 1 values).</summary>
    public ReadOnlySpan<double> Edges => _edges;

    /// <summary>Exposure, s.</summary>
    public double Exposure { get; }

    /// <summary>BACKSCAL: the extraction area or scale of the spectrum.</summary>
    public double ScaleFactor { get; }

    /// <summary>AREASCAL: the area scaling of the spectrum.</summary>
    public double AreaScale { get; }

    /// <summary>Whether the counts are Poisson-distributed.</summary>
    public bool IsPoisson { get; }

    /// <summary>TELESCOP.</summary>
    public string Telescope { get; }

    /// <summary>INSTRUME.</summary>
    public string Instrument { get; }

    /// <summary>Start time, s, or null.</summary>
    public double? TStart { get; }

    /// <summary>Stop time, s, or null.</summary>
    public double? TStop { get; }

    /// <summary>The total counts.</summary>
    public double TotalCounts
    {
        get
        {
            var sum = 0.0;
            foreach (var c in _counts)
            {
                sum += c;
            }

            return sum;
        }
    }

    /// <summary>Whether channel <paramref name="i"/> has good quality (0).</summary>
    public bool IsGood(int i) => _quality[i] == ChannelQuality.Good;

    /// <summary>Whether channel <paramref name="i"/> is flagged warn (2).</summary>
    public bool IsWarn(int i) => _quality[i] == ChannelQuality.Warn;

    /// <summary>The 0-based index of the channel whose energy range contains <paramref name="energy"/> (keV), as 3ML's
    /// <c>containing_bin</c>: an energy exactly on an edge belongs to the channel below it; energies outside the range
    /// clamp to the first channel or to <see cref="ChannelCount"/>.</summary>
    public int ContainingChannel(double energy)
    {
        // First index with edge >= energy (numpy searchsorted, side='left'), minus one.
        var lo = 0;
        var hi = _edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_edges[mid] < energy)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Min(Math.Max(0, lo - 1), ChannelCount);
    }

    /// <summary>A copy with new counts (and errors), keeping everything else; used by simulations.</summary>
    /// <param name="counts">The new counts.</param>
    /// <param name="countErrors">The new errors, or null for Poisson data.</param>
    /// <param name="exposure">A new exposure, s, or null to keep it.</param>
    /// <param name="scaleFactor">A new BACKSCAL, or null to keep it.</param>
    public virtual BinnedSpectrum WithCounts(ReadOnlySpan<double> counts, double[]? countErrors = null, double? exposure = null, double? scaleFactor = null) =>
        new(counts, exposure ?? Exposure, _edges, countErrors, _systematicErrors, _quality, _grouping, scaleFactor ?? ScaleFactor, AreaScale, countErrors is null, Telescope, Instrument, TStart, TStop);

    private static void CheckPositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and finite.");
        }
    }

    private static void CheckOptional(double[]? values, int n, string name, bool allowZero)
    {
        if (values is null)
        {
            return;
        }

        if (values.Length != n)
        {
            throw new ArgumentException($"{n} channels but {values.Length} values in {name}.", name);
        }

        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0 || (!allowZero && values[i] == 0))
            {
                throw new ArgumentException($"Channel {i}: {name} value {values[i]} must be finite and non-negative.", name);
            }
        }
    }
}
