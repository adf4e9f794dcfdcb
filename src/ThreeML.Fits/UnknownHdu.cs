using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>
/// A conforming extension of a type this library does not interpret (or random groups in the primary
/// HDU). Its header and data bytes are kept so that the file can be written back unchanged.
/// </summary>
public sealed class UnknownHdu : FitsHdu
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly long[] _axes;
    private readonly long _pcount;
    private readonly long _gcount;

    internal UnknownHdu(FitsHeader header, string xtension, int bitPix, long[] axes, long pcount, long gcount, ReadOnlyMemory<byte> data)
        : base(header)
    {
        XTension = xtension;
        BitPix = bitPix;
        _axes = axes;
        _pcount = pcount;
        _gcount = gcount;
        _data = data;
    }

    /// <summary>The XTENSION value (e.g. "IUEIMAGE"), or "" for random groups in the primary HDU.</summary>
    public string XTension { get; }

    /// <summary>BITPIX of the data.</summary>
    public int BitPix { get; }

    /// <summary>The raw data bytes, big-endian, without padding.</summary>
    public ReadOnlyMemory<byte> RawData => _data;

    internal override ReadOnlyMemory<byte> Data => _data;

    internal override void AddMandatoryCards(List<FitsCard> cards, bool primary)
    {
        AddCommon(cards, primary, XTension, BitPix, _axes);
        if (primary)
        {
            // Random groups: GROUPS, PCOUNT and GCOUNT follow NAXISn directly.
            cards.Add(FitsCard.Create("GROUPS", true, "random groups"));
        }

        AddExtensionCounts(cards, _pcount, _gcount);
        if (primary)
        {
            cards.Add(FitsCard.Create("EXTEND", true, "extensions may be present"));
        }
    }

    internal static bool Reserved(string key) => Keywords.IsStructural(key) || key == "GROUPS";
}
