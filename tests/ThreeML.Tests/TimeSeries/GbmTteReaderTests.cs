using ThreeML.Ogip;
using ThreeML.Tests.Ogip;
using ThreeML.TimeSeries;

namespace ThreeML.Tests.TimeSeries;

/// <summary>The GBM TTE reader on files written in the GBM layout by the project's FITS writer.</summary>
public sealed class GbmTteReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Times_channels_dead_time_and_good_times_come_from_the_file()
    {
        // Five events, the third in the overflow (last) channel; a gap in the good times from 50 to 60 s.
        double[] times = [-30.5, -1.25, 0.0, 3.75, 90.0];
        int[] channels = [0, 3, SimulatedTte.Channels - 1, 1, 5];
        var path = _folder.File("glg_tte_n3_bn000000000_v00.fit");
        SimulatedTte.Write(path, times, channels, gti: [(SimulatedTte.Start, 50), (60, SimulatedTte.Stop)]);

        var events = GbmTteReader.Read(path);
        Assert.Equal(SimulatedTte.TriggerTime, events.ReferenceTime);
        Assert.Equal(times, events.Times.ToArray());
        Assert.Equal(channels, events.Channels.ToArray());
        Assert.Equal(SimulatedTte.ChannelEdges, events.ChannelEdges.ToArray());
        Assert.Equal((SimulatedTte.Start, SimulatedTte.Stop), (events.Start, events.Stop));
        Assert.Empty(events.Warnings);

        // Live time: the length inside the good times less 2 µs per event and 10 µs per overflow event (3ML's rule).
        Assert.Equal(10 - 2e-6 - 10e-6 - 2e-6, events.LiveTime(-5, 5), 12);
        Assert.Equal(100 - 10 - (2 * 2e-6), events.LiveTime(0.5, 100.5), 10);
        Assert.Equal((1, 4), events.IndexRange(-1.25, 90.0));

        // The light-curve view leaves out bins with no live time.
        var binned = events.Bin(5.0);
        Assert.Equal(38, binned.BinCount);
        Assert.DoesNotContain(55.0, binned.Starts.ToArray());
        Assert.Equal(5, Enumerable.Range(0, binned.BinCount).Sum(i => binned.CountsOf(i, 0, SimulatedTte.Channels - 1)));
    }

    [Fact]
    public void Unsorted_events_are_sorted_with_a_warning_and_a_missing_trigger_counts_from_zero()
    {
        var path = _folder.File("unsorted.fit");
        SimulatedTte.Write(path, [5.0, -3.0, 1.0], [1, 2, 3], withTrigger: false);
        var events = GbmTteReader.Read(path);
        Assert.Equal(0.0, events.ReferenceTime);
        Assert.Equal([SimulatedTte.TriggerTime - 3.0, SimulatedTte.TriggerTime + 1.0, SimulatedTte.TriggerTime + 5.0], events.Times.ToArray());
        Assert.Equal([2, 3, 1], events.Channels.ToArray());
        Assert.Contains(events.Warnings, w => w.Contains("not in time order", StringComparison.Ordinal));
        Assert.Contains(events.Warnings, w => w.Contains("no TRIGTIME", StringComparison.Ordinal));
    }

    [Fact]
    public void A_channel_outside_ebounds_is_an_error_naming_the_row()
    {
        var path = _folder.File("bad.fit");
        SimulatedTte.Write(path, [1.0, 2.0], [0, 9]);
        var e = Assert.Throws<OgipFormatException>(() => GbmTteReader.Read(path));
        Assert.Contains("EVENTS", e.Message);
        Assert.Contains("PHA = 9", e.Message);
        Assert.Contains("row 2", e.Message);   // the second event: OGIP messages count rows from 1, as FITS does
        Assert.Equal(1, e.Row);                   // the property stays zero-based
    }

    [Fact]
    public void A_cspec_file_is_not_an_event_file()
    {
        var path = _folder.File("no_events.fit");
        var file = new ThreeML.Fits.FitsFile();
        file.Add(ThreeML.Fits.ImageHdu.CreateEmpty());
        file.Write(path);
        Assert.Contains("'EVENTS'", Assert.Throws<OgipFormatException>(() => GbmTteReader.Read(path)).Message);
    }
}
