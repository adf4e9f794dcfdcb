using System.Globalization;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Serialises HDUs: mandatory cards first, 80-column cards, END, space-padded header blocks, zero-padded data.</summary>
internal static class FitsWriter
{
    private const string ChecksumPlaceholder = "0000000000000000";

    public static void Write(IReadOnlyList<FitsHdu> hdus, Stream stream, FitsWriteOptions options)
    {
        var padding = new byte[CardText.BlockLength];
        for (int i = 0; i < hdus.Count; i++)
        {
            FitsHdu hdu = hdus[i];
            ReadOnlySpan<byte> data = hdu.Data.Span;
            int tail = (int)(data.Length % CardText.BlockLength);
            Span<byte> fill = padding.AsSpan(0, tail == 0 ? 0 : CardText.BlockLength - tail);
            fill.Fill(hdu.DataFill);
            uint? dataSum = options.WriteChecksums ? FitsChecksum.Sum(data, fill) : null;
            stream.Write(RenderHeader(hdu, i == 0, dataSum));
            stream.Write(data);
            stream.Write(fill);
        }
    }

    private static byte[] RenderHeader(FitsHdu hdu, bool primary, uint? dataSum)
    {
        var cards = new List<FitsCard>();
        hdu.AddMandatoryCards(cards, primary);
        if (hdu.Header.Cards.Any(CardFormatter.NeedsContinue) && !hdu.Header.Contains("LONGSTRN"))
        {
            cards.Add(FitsCard.Create("LONGSTRN", "OGIP 1.0", "long strings use the CONTINUE convention"));
        }

        cards.AddRange(hdu.Header.Cards.Where(c => !Keywords.IsStructural(c.Key) && !(hdu is UnknownHdu && c.Key == "GROUPS")));
        int checksumCard = -1;
        if (dataSum is uint sum)
        {
            checksumCard = cards.Count;
            cards.Add(FitsCard.Create("CHECKSUM", ChecksumPlaceholder, "HDU checksum"));
            cards.Add(FitsCard.Create("DATASUM", sum.ToString(CultureInfo.InvariantCulture), "data unit checksum"));
        }

        int expected = 1;
        foreach (FitsCard card in cards)
        {
            expected += CardFormatter.EstimatedImages(card);
        }

        var images = new CardImages(expected);
        int checksumImage = -1;
        for (int i = 0; i < cards.Count; i++)
        {
            if (i == checksumCard)
            {
                checksumImage = images.Count;
            }

            CardFormatter.Format(cards[i], images);
        }

        "END"u8.CopyTo(images.Next());
        byte[] bytes = images.ToBlocks();
        if (dataSum is uint d)
        {
            // With CHECKSUM holding '0...0', the encoded complement of the HDU sum makes the new sum -0. Only that card's
            // 80 bytes change, so they are written over the placeholder rather than the header rendered again.
            uint total = FitsChecksum.Add(FitsChecksum.Sum(bytes), d);
            CardFormatter.FormatSingle(FitsCard.Create("CHECKSUM", FitsChecksum.Encode(~total), "HDU checksum"),
                bytes.AsSpan(checksumImage * CardText.CardLength, CardText.CardLength));
        }

        return bytes;
    }
}
