using System.Globalization;

namespace ThreeML.Ogip;

/// <summary>The matrices of a multi-matrix response (GBM RSP2), each with the time interval it covers, and their
/// exposure-weighted combination over time intervals (3ML's <c>InstrumentResponseSet</c>).</summary>
/// <remarks>Read one with <see cref="OgipResponse.ReadSet"/>. Coverage times are relative to
/// <see cref="ReferenceTime"/>, s. Instances are immutable.</remarks>
public sealed class ResponseSet
{
    private readonly InstrumentResponse[] _responses;
    private readonly (double Start, double Stop)[] _coverage;

    private ResponseSet(string filePath, InstrumentResponse[] responses, (double Start, double Stop)[] coverage, double referenceTime)
    {
        FilePath = filePath;
        _responses = responses;
        _coverage = coverage;
        ReferenceTime = referenceTime;
    }

    /// <summary>The file the matrices were read from.</summary>
    public string FilePath { get; }

    /// <summary>The number of matrices kept (zero-duration ones are dropped).</summary>
    public int Count => _responses.Length;

    /// <summary>The time subtracted from every coverage interval, s (e.g. the trigger time).</summary>
    public double ReferenceTime { get; }

    /// <summary>The coverage interval of each matrix in time order, s relative to <see cref="ReferenceTime"/>.</summary>
    public IReadOnlyList<(double Start, double Stop)> Coverage => Array.AsReadOnly(_coverage);

    /// <summary>The matrices in time order (index 0 is the earliest).</summary>
    public IReadOnlyList<InstrumentResponse> Responses => Array.AsReadOnly(_responses);

    /// <summary>The matrix at a 0-based index in time order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..<see cref="Count"/> − 1.</exception>
    public InstrumentResponse Select(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _responses[index];
    }

    /// <summary>The matrix whose coverage contains <paramref name="time"/> (start inclusive, stop exclusive; the last
    /// matrix also includes its stop).</summary>
    /// <param name="time">Time relative to <see cref="ReferenceTime"/>, s.</param>
    /// <exception cref="ArgumentOutOfRangeException">No matrix covers the time.</exception>
    public InstrumentResponse AtTime(double time)
    {
        for (var i = 0; i < Count; i++)
        {
            var (start, stop) = _coverage[i];
            if (time >= start && (time < stop || (i == Count - 1 && time == stop)))
            {
                return _responses[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(time), time, string.Create(CultureInfo.InvariantCulture, $"No matrix of '{FilePath}' covers this time; the coverage is {_coverage[0].Start:R}..{_coverage[^1].Stop:R} s (relative to {ReferenceTime:R})."));
    }

    /// <summary>The matrices weighted by the duration of their coverage inside the intervals (3ML's
    /// <c>weight_by_exposure</c> with an exposure equal to the overlap duration).</summary>
    /// <param name="intervals">Time intervals, s relative to <see cref="ReferenceTime"/>, each with Start &lt; Stop.</param>
    /// <returns>Σ w_k R_k with w_k = Σ over intervals of the overlap of matrix k's coverage, normalised to Σ w_k = 1; its
    /// <see cref="ResponseInfo"/> coverage spans the intervals in absolute time (3ML leaves it unset).</returns>
    /// <exception cref="ArgumentException">No interval is given, an interval is empty, or an interval is not fully
    /// covered by the matrices (3ML's NoMatrixForInterval / IntervalOfInterestNotCovered).</exception>
    public InstrumentResponse WeightByExposure(params (double Start, double Stop)[] intervals) =>
        WeightByExposure(static (start, stop) => stop - start, intervals);

    /// <summary>The matrices weighted by an exposure function over their overlap with the intervals (3ML's
    /// <c>weight_by_exposure</c> with an <c>exposure_getter</c>, e.g. dead-time-corrected exposure).</summary>
    /// <param name="exposure">The exposure between two times (relative to <see cref="ReferenceTime"/>), s.</param>
    /// <param name="intervals">Time intervals, s relative to <see cref="ReferenceTime"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="WeightByExposure(ValueTuple{double, double}[])"/>; also when all
    /// weights are zero.</exception>
    public InstrumentResponse WeightByExposure(Func<double, double, double> exposure, params (double Start, double Stop)[] intervals)
    {
        double[] weights = ExposureWeights(exposure, intervals);
        var first = _responses[0];
        var sum = new double[first.EnergyBinCount, first.ChannelCount];
        for (var k = 0; k < Count; k++)
        {
            if (weights[k] == 0)
            {
                continue;
            }

            double[,] m = _responses[k].ToDenseMatrix();
            for (var j = 0; j < m.GetLength(0); j++)
            {
                for (var c = 0; c < m.GetLength(1); c++)
                {
                    sum[j, c] += weights[k] * m[j, c];
                }
            }
        }

        var lo = intervals.Min(i => i.Start) + ReferenceTime;
        var hi = intervals.Max(i => i.Stop) + ReferenceTime;
        return InstrumentResponse.FromMatrix(sum, first.EnergyEdges, first.ChannelEdges, first.Info with { CoverageStart = lo, CoverageStop = hi });
    }

    /// <summary>The normalised weight of each matrix (in time order) for the intervals, as used by
    /// <see cref="WeightByExposure(Func{double, double, double}, ValueTuple{double, double}[])"/>.</summary>
    /// <param name="exposure">The exposure between two times, s; null for the overlap duration.</param>
    /// <param name="intervals">Time intervals, s relative to <see cref="ReferenceTime"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="WeightByExposure(Func{double, double, double}, ValueTuple{double, double}[])"/>.</exception>
    public double[] ExposureWeights(Func<double, double, double>? exposure, params (double Start, double Stop)[] intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        exposure ??= static (start, stop) => stop - start;
        if (intervals.Length == 0)
        {
            throw new ArgumentException("Give at least one time interval.", nameof(intervals));
        }

        var weights = new double[Count];
        foreach (var interval in intervals)
        {
            ResponseWeighting.AddWeights(this, _coverage, interval, exposure, weights);
        }

        var total = weights.Sum();
        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"All response weights are zero or not finite (total {total:R}); the exposure function must be positive over the intervals."), nameof(exposure));
        }

        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] /= total;
        }

        return weights;
    }

    internal static ResponseSet Create(string path, List<OgipTable> tables, List<InstrumentResponse> responses,
        List<(double Start, double Stop)> coverage, bool halfShifted, double referenceTime)
    {
        var shifted = ResponseWeighting.Shift(coverage, halfShifted);
        var keep = Enumerable.Range(0, shifted.Length).Where(i => shifted[i].Stop > shifted[i].Start).OrderBy(i => shifted[i].Start).ToArray();
        if (keep.Length == 0)
        {
            throw tables[0].Error("every matrix covers zero seconds (TSTART = TSTOP); expected at least one matrix with a positive coverage.", keyword: "TSTOP");
        }

        ResponseWeighting.CheckGridsAndContiguity(tables, responses, shifted, keep);
        return new ResponseSet(
            path,
            keep.Select(i => responses[i]).ToArray(),
            keep.Select(i => (shifted[i].Start - referenceTime, shifted[i].Stop - referenceTime)).ToArray(),
            referenceTime);
    }
}
