using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Reads the header blocks of one HDU: cards up to END, joining CONTINUE long strings.</summary>
internal static class HeaderReader
{
    /// <summary>Parses cards from <paramref name="position"/>; returns the cards and moves past the header's last block.</summary>
    public static List<FitsCard> Read(ReadOnlySpan<byte> file, ref long position, FitsContext ctx, ReadIssues issues)
    {
        var cards = new List<FitsCard>();
        int cardNumber = 0;
        long start = position;
        while (true)
        {
            if (file.Length - position < CardText.BlockLength)
            {
                string what = cardNumber == 0
                    ? $"the header would start at byte {start} but only {file.Length - position} bytes remain (a FITS file is made of 2880-byte blocks)"
                    : $"the header has {cardNumber} cards and no END card before the file ends at byte {file.Length} (truncated file or missing END)";
                throw ctx.Error(what + ".", "END");
            }

            ReadOnlySpan<byte> block = file.Slice((int)position, CardText.BlockLength);
            position += CardText.BlockLength;
            for (int i = 0; i < 36; i++)
            {
                ReadOnlySpan<byte> image = block.Slice(i * CardText.CardLength, CardText.CardLength);
                cardNumber++;
                if (image.StartsWith("END     "u8))
                {
                    return cards;
                }

                FitsCard card = CardParser.Parse(image, ctx, cardNumber, issues);
                if (card.Key == "CONTINUE" && card.Kind == FitsValueKind.String && cards.Count > 0
                    && cards[^1] is { Kind: FitsValueKind.String } previous && previous.ValueText.EndsWith('&'))
                {
                    cards[^1] = new FitsCard(previous.Key, FitsValueKind.String,
                        previous.ValueText[..^1] + card.ValueText, card.Comment ?? previous.Comment);
                    continue;
                }

                if (card.Key == "CONTINUE" && card.Kind == FitsValueKind.String)
                {
                    // A CONTINUE that continues nothing is kept as commentary rather than lost.
                    card = new FitsCard("CONTINUE", FitsValueKind.None, "  '" + card.ValueText.Replace("'", "''", StringComparison.Ordinal) + "'", null);
                }

                cards.Add(card);
            }
        }
    }
}
