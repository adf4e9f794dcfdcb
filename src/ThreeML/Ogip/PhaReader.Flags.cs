using ThreeML.Spectra;

namespace ThreeML.Ogip;

internal sealed partial class PhaReader
{
    private ChannelQuality[] Quality(int row)
    {
        var quality = new ChannelQuality[ChannelCount];
        if (_t.HasKeyword("QUALITY"))
        {
            // As 3ML: a QUALITY keyword of 0 means all good, anything else all bad.
            Array.Fill(quality, _t.OptionalDouble("QUALITY") == 0 ? ChannelQuality.Good : ChannelQuality.Bad);
            return quality;
        }

        if (!_t.HasColumn("QUALITY"))
        {
            return quality;
        }

        if (IsTypeII && Arrays("QUALITY")[row].Length == 1)
        {
            // GBM CSPEC files hold one QUALITY a spectrum rather than one a channel; 3ML reads it the same way.
            Array.Fill(quality, Flag(Arrays("QUALITY")[row][0], row, 0) == ChannelQuality.Good ? ChannelQuality.Good : ChannelQuality.Bad);
            return quality;
        }

        double[] values = ChannelValues("QUALITY", row)!;
        for (var i = 0; i < values.Length; i++)
        {
            quality[i] = Flag(values[i], row, i);
        }

        return quality;
    }

    private ChannelQuality Flag(double value, int row, int channel) => value switch
    {
        0 => ChannelQuality.Good,
        1 => ChannelQuality.BadBySoftware,
        2 => ChannelQuality.Warn,
        5 => ChannelQuality.Bad,
        // As 3ML, any other integer flag is bad.
        _ when value == Math.Floor(value) && double.IsFinite(value) => ChannelQuality.Bad,
        _ => throw Cell("QUALITY", row, channel, $"= {OgipTable.Format(value)}; expected an integer flag (0 good, 1 or 5 bad, 2 warn)."),
    };

    private int[]? Grouping(int row)
    {
        double[]? values = ChannelValues("GROUPING", row);
        if (values is null)
        {
            return null;
        }

        var grouping = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            grouping[i] = values[i] switch
            {
                1 => 1,
                -1 => -1,
                0 => 0,
                _ => throw Cell("GROUPING", row, i, $"= {OgipTable.Format(values[i])}; expected 1 (group start), -1 (continuation) or 0."),
            };
        }

        return grouping;
    }

    /// <summary>The OGIP number of the first channel: TLMIN of CHANNEL, else the first CHANNEL value, else 1; the
    /// CHANNEL column, when present, must count up by one from it.</summary>
    private int FirstChannel(int row)
    {
        long? tlmin = _t.HasColumn("CHANNEL") ? _t.TlMin("CHANNEL") : null;
        double[]? channels = _t.HasColumn("CHANNEL") ? ChannelValues("CHANNEL", row) : null;
        var first = tlmin ?? (channels is { Length: > 0 } ? (long)Math.Clamp(channels[0], int.MinValue, int.MaxValue) : 1);
        if (channels is not null)
        {
            for (var i = 0; i < channels.Length; i++)
            {
                if (channels[i] != first + i)
                {
                    throw Cell("CHANNEL", row, i, $"= {OgipTable.Format(channels[i])}; expected {first + i} (channels numbered consecutively from {(tlmin is null ? "the first row" : "TLMIN")} = {first}).");
                }
            }
        }

        return (int)first;
    }

    /// <summary>Start and stop times, s: TSTART and TSTOP (or TSTART + TELAPSE) from Type II columns, else GBM's
    /// TIME/ENDTIME columns, else the keywords. TSTOP wins over TELAPSE, as 3ML.</summary>
    private (double? Start, double? Stop) Times(int row)
    {
        if (IsTypeII && !_t.HasColumn("TSTART") && _t.HasColumn("TIME") && _t.HasColumn("ENDTIME"))
        {
            return (SpectrumScalar("TIME", row), SpectrumScalar("ENDTIME", row));
        }

        double? start = SpectrumScalar("TSTART", row);
        double? stop = SpectrumScalar("TSTOP", row);
        if (stop is null && start is not null && SpectrumScalar("TELAPSE", row) is double elapsed)
        {
            stop = start + elapsed;
        }

        return (start, stop);
    }
}
