using Astromodels;
using Astromodels.Functions;
using ThreeML.Fits;
using ThreeML.Fitting;
using ThreeML.Results;
using ThreeML.Results.Persistence;
using ThreeML.Tests.Results.Persistence;
using ThreeML.Tests.TestSupport;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

/// <summary>Time-resolved fits of GRB 080916C (NaI n3 CSPEC, the shared real file): thread-count independence, the
/// SEQUENCE layout 3ML reads, and each interval equal to a fit made on its own.</summary>
public sealed class TimeResolvedAnalysisTests : IDisposable
{
    private static readonly TimeInterval[] Intervals = [new(0, 2), new(2, 4), new(4, 10), new(10, 20)];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Rsp2 => SharedData.Data("ogip/glg_cspec_n3_bn080916009_v00.rsp2");

    private static TimeSeriesBuilder Builder()
    {
        var ts = TimeSeriesBuilder.FromGbmCspecOrCtime("n3", GbmPhaIIReaderTests.Cspec, Rsp2);
        ts.SetBackgroundInterval("-24--5", "100-200");
        return ts;
    }

    private static Model CutoffModel() =>
        new(new PointSource("grb", ra: 0, dec: 0, spectralShape: new CutoffPowerlaw(K: 0.01, index: -1.0, xc: 300.0, piv: 100.0)));

    private static readonly TimeResolvedOptions Quick = new() { Samples = 300, Strategy = FitStrategy.Local };

    [RequiresSharedDataFact(GbmPhaIIReaderTests.CspecFile)]
    public void Results_are_bit_identical_for_one_and_several_threads()
    {
        var one = TimeResolvedAnalysis.Fit(Builder(), Intervals, CutoffModel(), ["9-900"], Quick with { MaxDegreeOfParallelism = 1 });
        var four = TimeResolvedAnalysis.Fit(Builder(), Intervals, CutoffModel(), ["9-900"], Quick with { MaxDegreeOfParallelism = 4 });

        Assert.Equal(Intervals.Length, one.Count);
        for (var i = 0; i < one.Count; i++)
        {
            Assert.Equal(one[i].BestFit, four[i].BestFit);
            Assert.Equal(one[i].Statistics, four[i].Statistics);
            for (var p = 0; p < one[i].FreeParameterPaths.Count; p++)
            {
                Assert.True(one[i].Samples[p].SequenceEqual(four[i].Samples[p]), $"interval {i} parameter {p}: samples differ");
            }
        }

        // Different intervals draw from different streams (seed + i), not one shared stream in finishing order.
        Assert.NotEqual(one[0].Samples[0][0] - one[0].BestFit[0], one[1].Samples[0][0] - one[1].BestFit[0]);
    }

    [RequiresSharedDataFact(GbmPhaIIReaderTests.CspecFile)]
    public void Each_interval_equals_its_own_fit_and_the_set_carries_3ML_SEQUENCE_bins()
    {
        var ts = Builder();
        var set = TimeResolvedAnalysis.Fit(ts, Intervals, CutoffModel(), ["9-900"], Quick);

        // Interval 2 fitted alone, as a 3ML user would: the same plugin, a fresh model, the seed the helper gives it.
        var plugin = ts.ToSpectrumLikes([Intervals[2]])[0];
        plugin.SetActiveMeasurements("9-900");
        var alone = new JointLikelihood(CutoffModel(), new DataList(plugin)) { Strategy = FitStrategy.Local }
            .Fit(samples: Quick.Samples, random: new Random(Quick.Seed + 2));
        Assert.Equal(alone.BestFit, set[2].BestFit);
        Assert.True(set.OfType<MLEResults>().All(r => r.IsValid), string.Join("; ", set.OfType<MLEResults>().Select(r => r.Reason)));

        // The bins are the intervals moved to CSPEC bin edges (0-2 grows to the bins it overlaps).
        var lower = set.Sequence[ResultsSequence.LowerBoundColumn].Values;
        var upper = set.Sequence[ResultsSequence.UpperBoundColumn].Values;
        Assert.All(lower.Zip(Intervals), p => Assert.True(p.First <= p.Second.Start));
        Assert.All(upper.Zip(Intervals), p => Assert.True(p.First >= p.Second.Stop));
        Assert.Contains(lower[0], ts.Series.Starts.ToArray());

        var path = _folder.File("time_resolved.fits");
        set.Write(path);
        var file = FitsFile.Read(path);
        Assert.Equal(["SEQUENCE", .. Enumerable.Repeat("ANALYSIS_RESULTS", Intervals.Length)], file.Hdus.Skip(1).Select(h => h.ExtName));
        var sequence = Assert.IsType<BinaryTableHdu>(file.Hdus[1]);
        Assert.Equal("time", sequence.Header.GetString("SEQ_TYPE"));
        Assert.Equal(["LOWER_BOUND (1D)", "UPPER_BOUND (1D)"], sequence.Columns.Select(c => c.ToString()));
        Assert.Equal(["s", "s"], sequence.Columns.Select(c => c.Unit));
        Assert.Equal(lower, sequence.ReadDoubles("LOWER_BOUND"));
        Assert.Equal(set[3].BestFit, AnalysisResultsSet.Read(path)[3].BestFit);
    }

    [Fact]
    public void Intervals_and_data_lists_must_pair_up()
    {
        var e = Assert.Throws<ArgumentException>(() => TimeResolvedAnalysis.Fit([new TimeInterval(0, 1), new TimeInterval(1, 2)], [], CutoffModel()));
        Assert.Contains("2 time intervals but 0 data lists", e.Message);
        e = Assert.Throws<ArgumentException>(() => TimeResolvedAnalysis.Fit([], [], CutoffModel()));
        Assert.Contains("at least one time interval", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeResolvedOptions { MaxDegreeOfParallelism = 0 });
    }
}
