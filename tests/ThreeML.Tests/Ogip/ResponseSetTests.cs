using ThreeML.Ogip;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Ogip;

public class ResponseSetTests
{
    private static string Rsp2 => SharedData.Data("ogip/glg_cspec_n3_bn080916009_v00.rsp2");

    /// <summary>TSTART/TSTOP of the three matrix extensions, read straight from the headers.</summary>
    private static (double Start, double Stop)[] RawCoverage() =>
        Enumerable.Range(1, 3).Select(v =>
        {
            var h = RawFits.MatrixTable(Rsp2, v).Header;
            return (h.GetDouble("TSTART"), h.GetDouble("TSTOP"));
        }).ToArray();

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Half_shifted_coverage_runs_from_midpoint_to_midpoint_as_3ml()
    {
        var raw = RawCoverage();
        Assert.Equal(raw[2].Start, raw[2].Stop); // the file's third matrix covers zero seconds
        var set = OgipResponse.ReadSet(Rsp2);

        // Shifted: [T0, mid0], [mid0, mid1], [mid1, mid2]; mid2 = T2 so the third keeps a positive duration, as in 3ML.
        var mid = raw.Select(c => (c.Start + c.Stop) / 2).ToArray();
        Assert.Equal(3, set.Count);
        Assert.Equal((raw[0].Start, mid[0]), set.Coverage[0]);
        Assert.Equal((mid[0], mid[1]), set.Coverage[1]);
        Assert.Equal((mid[1], mid[2]), set.Coverage[2]);
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Unshifted_coverage_drops_the_zero_duration_matrix()
    {
        var raw = RawCoverage();
        var set = OgipResponse.ReadSet(Rsp2, halfShifted: false, referenceTime: raw[0].Start);
        Assert.Equal(2, set.Count);
        Assert.Equal((0.0, raw[0].Stop - raw[0].Start), set.Coverage[0]);
        Assert.Same(set.Select(1), set.AtTime(raw[1].Start - raw[0].Start + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => set.AtTime(-1));
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Exposure_weights_are_the_overlaps_of_the_coverage_with_the_intervals()
    {
        var raw = RawCoverage();
        var t0 = raw[0].Start;
        var set = OgipResponse.ReadSet(Rsp2, referenceTime: t0);
        var mid0 = ((raw[0].Start + raw[0].Stop) / 2) - t0;
        var mid1 = ((raw[1].Start + raw[1].Stop) / 2) - t0;

        // One interval across the first boundary, a second inside the second matrix.
        var a = (Start: 1.0, Stop: mid0 + 5);
        var b = (Start: mid1 - 3, Stop: mid1 - 1);
        var w = set.ExposureWeights(null, a, b);
        var expected = new[] { mid0 - 1.0, 5.0 + 2.0, 0.0 };
        var total = expected.Sum();
        AssertEx.Close(expected.Select(x => x / total).ToArray(), w, 1e-9);

        var weighted = set.WeightByExposure(a, b);
        var m0 = set.Select(0).ToDenseMatrix();
        var m1 = set.Select(1).ToDenseMatrix();
        var dense = weighted.ToDenseMatrix();
        for (var j = 0; j < 140; j += 7)
        {
            for (var c = 0; c < 128; c += 5)
            {
                Assert.Equal((w[0] * m0[j, c]) + (w[1] * m1[j, c]), dense[j, c], 1e-9 * Math.Max(1, dense[j, c]));
            }
        }
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Intervals_outside_the_coverage_are_refused_with_the_coverage_in_the_message()
    {
        var set = OgipResponse.ReadSet(Rsp2, referenceTime: RawCoverage()[0].Start);
        var before = Assert.Throws<ArgumentException>(() => set.WeightByExposure((-10.0, -5.0)));
        Assert.Contains("No matrix applies", before.Message);
        var straddling = Assert.Throws<ArgumentException>(() => set.WeightByExposure((-1.0, 5.0)));
        Assert.Contains("not fully covered", straddling.Message);
        Assert.Throws<ArgumentException>(() => set.WeightByExposure());
        Assert.Throws<ArgumentException>(() => set.WeightByExposure((3.0, 2.0)));
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Custom_exposure_function_weights_the_overlaps()
    {
        var set = OgipResponse.ReadSet(Rsp2, referenceTime: RawCoverage()[0].Start);
        var mid0 = set.Coverage[0].Stop;
        // A dead time that halves the exposure of the first matrix's span doubles the second's relative weight.
        double Exposure(double s, double e) => s < mid0 ? 0.5 * (e - s) : e - s;
        var w = set.ExposureWeights(Exposure, (mid0 - 2, mid0 + 2));
        AssertEx.Close([1.0 / 3, 2.0 / 3, 0], w, 1e-12);
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void Count_weights_follow_the_counts_in_each_overlap_as_3mls_weight_by_counts()
    {
        var set = OgipResponse.ReadSet(Rsp2, referenceTime: RawCoverage()[0].Start);
        var mid0 = set.Coverage[0].Stop;

        // A pulse after mid0: three times the count rate of the quiet part, so for an interval split 2 s / 2 s across the
        // boundary the second matrix weighs 3/4.
        double Counts(double s, double e) => (Math.Min(e, mid0) - Math.Min(s, mid0)) + (3 * (Math.Max(e, mid0) - Math.Max(s, mid0)));
        var w = set.CountWeights(Counts, (mid0 - 2, mid0 + 2));
        AssertEx.Close([0.25, 0.75, 0], w, 1e-12);

        var weighted = set.WeightByCounts(Counts, (mid0 - 2, mid0 + 2)).ToDenseMatrix();
        var m0 = set.Select(0).ToDenseMatrix();
        var m1 = set.Select(1).ToDenseMatrix();
        for (var j = 0; j < 140; j += 9)
        {
            for (var c = 0; c < 128; c += 7)
            {
                Assert.Equal((0.25 * m0[j, c]) + (0.75 * m1[j, c]), weighted[j, c], 1e-9 * Math.Max(1, weighted[j, c]));
            }
        }
    }

    [RequiresSharedDataFact("data/ogip/glg_cspec_n3_bn080916009_v00.rsp2")]
    public void No_counts_in_the_intervals_is_refused_with_a_message_saying_so()
    {
        var set = OgipResponse.ReadSet(Rsp2, referenceTime: RawCoverage()[0].Start);
        var ex = Assert.Throws<ArgumentException>(() => set.WeightByCounts(static (_, _) => 0.0, (1.0, 2.0)));
        Assert.Contains("no counts in the intervals", ex.Message);
        Assert.Equal("counts", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => set.CountWeights(null!, (1.0, 2.0)));
    }
}
