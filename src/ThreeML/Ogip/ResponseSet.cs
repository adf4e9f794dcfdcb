using System.Globalization;
using ThreeML.Responses;

namespace ThreeML.Ogip;

/// <summary>The matrices of a multi-matrix response (GBM RSP2), each with the time interval it covers, and their
/// combination over time intervals weighted by exposure or by counts (3ML's <c>InstrumentResponseSet</c>).</summary>
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
    public InstrumentResponse WeightByExposure(Func<double, double, double> exposure, params (double Start, double Stop)[] intervals) =>
        Combine(ExposureWeights(exposure, intervals), intervals);

    /// <summary>The matrices weighted by the counts recorded in their overlap with the intervals (3ML's
    /// <c>weight_by_counts</c>, with its <c>counts_getter</c>): during a bright pulse the matrix of the pulse
    /// dominates.</summary>
    /// <param name="counts">The number of counts (e.g. from the time series of the same detector) between two times
    /// relative to <see cref="ReferenceTime"/>.</param>
    /// <param name="intervals">Time intervals, s relative to <see cref="ReferenceTime"/>.</param>
    /// <returns>Σ w_k R_k with w_k ∝ the counts in matrix k's overlap with the intervals, Σ w_k = 1.</returns>
    /// <exception cref="ArgumentException">See <see cref="WeightByExposure(ValueTuple{double, double}[])"/>; also when there
    /// are no counts in the intervals.</exception>
    public InstrumentResponse WeightByCounts(Func<double, double, double> counts, params (double Start, double Stop)[] intervals) =>
        Combine(CountWeights(counts, intervals), intervals);

    /// <summary>The normalised weight of each matrix (in time order) for the intervals, as used by
    /// <see cref="WeightByExposure(Func{double, double, double}, ValueTuple{double, double}[])"/>.</summary>
    /// <param name="exposure">The exposure between two times, s; null for the overlap duration.</param>
    /// <param name="intervals">Time intervals, s relative to <see cref="ReferenceTime"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="WeightByExposure(Func{double, double, double}, ValueTuple{double, double}[])"/>.</exception>
    public double[] ExposureWeights(Func<double, double, double>? exposure, params (double Start, double Stop)[] intervals) =>
        Weights(exposure ?? (static (start, stop) => stop - start), intervals, "the exposure function must be positive over the intervals", nameof(exposure));

    /// <summary>The normalised weight of each matrix (in time order) for the intervals, as used by
    /// <see cref="WeightByCounts"/>.</summary>
    /// <param name="counts">The number of counts between two times relative to <see cref="ReferenceTime"/>.</param>
    /// <param name="intervals">Time intervals, s relative to <see cref="ReferenceTime"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="WeightByCounts"/>.</exception>
    public double[] CountWeights(Func<double, double, double> counts, params (double Start, double Stop)[] intervals)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Weights(counts, intervals, "there are no counts in the intervals, so nothing tells the matrices apart", nameof(counts));
    }

    private double[] Weights(Func<double, double, double> weight, (double Start, double Stop)[] intervals, string whatIsWrong, string paramName)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        if (intervals.Length == 0)
        {
            throw new ArgumentException("Give at least one time interval.", nameof(intervals));
        }

        var weights = new double[Count];
        foreach (var interval in intervals)
        {
            ResponseWeighting.AddWeights(this, _coverage, interval, weight, weights);
        }

        var total = weights.Sum();
        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"All response weights are zero or not finite (total {total:R}): {whatIsWrong}."), paramName);
        }

        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] /= total;
        }

        return weights;
    }

    private InstrumentResponse Combine(double[] weights, (double Start, double Stop)[] intervals)
    {
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
