namespace ThreeML.Fits;

/// <summary>
/// A header-data unit: the primary HDU or an extension. Concrete kinds are <see cref="ImageHdu"/>,
/// <see cref="BinaryTableHdu"/>, <see cref="AsciiTableHdu"/> and <see cref="UnknownHdu"/>.
/// </summary>
public abstract class FitsHdu
{
    private protected FitsHdu(FitsHeader header)
    {
        Header = header;
    }

    /// <summary>
    /// The header cards. Layout keywords (BITPIX, NAXISn, PCOUNT, TFORMn, ...) describe the data and cannot
    /// be set; the writer regenerates the mandatory ones for the HDU's place in the file. An HDU read from a
    /// file lists every card as read; a newly built one lists the cards it will be written with, less those.
    /// </summary>
    public FitsHeader Header { get; }

    /// <summary>The zero-based position in its file (0 is the primary HDU), or -1 before it is added to one.</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>The EXTNAME keyword without trailing spaces, or null when absent.</summary>
    public string? ExtName => Header.TryGetString("EXTNAME", out string name) ? name.Trim() : null;

    /// <summary>The EXTVER keyword, or 1 when absent (the FITS default).</summary>
    public int ExtVer => Header.TryGetInt32("EXTVER", out int v) ? v : 1;

    /// <summary>The data bytes (big-endian, without block padding).</summary>
    internal abstract ReadOnlyMemory<byte> Data { get; }

    /// <summary>The byte that pads the data to a whole block: zero, except ASCII blanks for ASCII tables.</summary>
    internal virtual byte DataFill => 0;

    /// <summary>Adds the mandatory cards in the required order for this HDU's place in the file.</summary>
    internal abstract void AddMandatoryCards(List<FitsCard> cards, bool primary);

    internal FitsContext Context => Header.Context;

    /// <summary>Returns "index [EXTNAME] kind".</summary>
    public override string ToString() => $"{Index} [{ExtName}] {GetType().Name}";

    private protected static void AddCommon(List<FitsCard> cards, bool primary, string xtension, int bitpix, IReadOnlyList<long> axes)
    {
        cards.Add(primary
            ? FitsCard.Create("SIMPLE", true, "conforms to FITS standard")
            : FitsCard.Create("XTENSION", xtension, "extension type"));
        cards.Add(FitsCard.Create("BITPIX", bitpix, "bits per data value"));
        cards.Add(FitsCard.Create("NAXIS", axes.Count, "number of data axes"));
        for (int i = 0; i < axes.Count; i++)
        {
            cards.Add(FitsCard.Create("NAXIS" + (i + 1), axes[i], "length of data axis " + (i + 1)));
        }
    }

    private protected static void AddExtensionCounts(List<FitsCard> cards, long pcount, long gcount = 1)
    {
        cards.Add(FitsCard.Create("PCOUNT", pcount, "size of special data area"));
        cards.Add(FitsCard.Create("GCOUNT", gcount, "one data group"));
    }
}
