using ThreeML.Fits;

namespace ThreeML.Ogip;

/// <summary>The keywords every OGIP spectral or response extension carries, and the EBOUNDS extension shared by
/// response and PHA files.</summary>
/// <param name="Telescope">TELESCOP.</param>
/// <param name="Instrument">INSTRUME.</param>
/// <param name="Filter">FILTER.</param>
/// <param name="ChannelType">CHANTYPE ('PI' or 'PHA').</param>
/// <param name="ChannelCount">DETCHANS.</param>
internal sealed record OgipLabels(string Telescope, string Instrument, string Filter, string ChannelType, int ChannelCount)
{
    /// <summary>Adds HDUCLASS, HDUCLAS1/2, TELESCOP, INSTRUME, FILTER, CHANTYPE and DETCHANS.</summary>
    public BinaryTableBuilder AddTo(BinaryTableBuilder builder, string hduClass2, string content, string hduClass1 = "RESPONSE") =>
        builder.SetKeyword("TELESCOP", Telescope, "mission or telescope")
            .SetKeyword("INSTRUME", Instrument, "instrument or detector")
            .SetKeyword("FILTER", Filter, "filter in use")
            .SetKeyword("CHANTYPE", ChannelType, "channel type (PHA or PI)")
            .SetKeyword("DETCHANS", (long)ChannelCount, "number of detector channels")
            .SetKeyword("HDUCLASS", "OGIP", "format conforms to OGIP standards")
            .SetKeyword("HDUCLAS1", hduClass1, "dataset class")
            .SetKeyword("HDUCLAS2", hduClass2, content)
            .SetKeyword("CREATOR", "ThreeML.NET", "software that wrote this file");

    /// <summary>The EBOUNDS extension: CHANNEL (J, from <paramref name="firstChannel"/>), E_MIN and E_MAX (keV).</summary>
    public static BinaryTableBuilder Ebounds(ReadOnlySpan<double> channelEdges, int firstChannel, bool doublePrecision, OgipLabels labels)
    {
        var n = channelEdges.Length - 1;
        var builder = new BinaryTableBuilder("EBOUNDS")
            .AddColumn("CHANNEL", Enumerable.Range(firstChannel, n).ToArray());
        AddReal(builder, "E_MIN", channelEdges[..^1], doublePrecision, "keV");
        AddReal(builder, "E_MAX", channelEdges[1..], doublePrecision, "keV");
        labels.AddTo(builder, "EBOUNDS", "channel energy bounds")
            .SetKeyword("TLMIN1", (long)firstChannel, "first legal channel number")
            .SetKeyword("TLMAX1", (long)(firstChannel + n - 1), "last legal channel number");
        return builder;
    }

    /// <summary>Adds a scalar real column, single (E) or double (D) precision.</summary>
    public static void AddReal(BinaryTableBuilder builder, string name, ReadOnlySpan<double> values, bool doublePrecision, string? unit)
    {
        if (doublePrecision)
        {
            builder.AddColumn(name, values.ToArray(), unit);
            return;
        }

        var singles = new float[values.Length];
        for (var i = 0; i < singles.Length; i++)
        {
            singles[i] = (float)values[i];
        }

        builder.AddColumn(name, singles, unit);
    }

    /// <summary>OGIP channels are numbered from 0 or 1.</summary>
    /// <exception cref="ArgumentException">Another first channel.</exception>
    public static void CheckFirstChannel(int firstChannel, string parameter)
    {
        if (firstChannel is not (0 or 1))
        {
            throw new ArgumentException($"FirstChannel = {firstChannel} is invalid: OGIP channels are numbered from 0 or 1.", parameter);
        }
    }
}
