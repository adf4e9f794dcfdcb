using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Writes cards as 80-column ASCII images in the fixed format of the FITS standard.</summary>
/// <remarks>Images are written straight into the header's bytes (<see cref="CardImages"/>); text past column 80 is cut,
/// as a card ends there.</remarks>
internal static class CardFormatter
{
    private const int MaxQuotedContent = 68;
    private const int KeyLength = 8;

    /// <summary>Appends the card's images (several for long strings or long commentary text).</summary>
    public static void Format(FitsCard card, CardImages images)
    {
        if (card.Kind == FitsValueKind.None)
        {
            FormatCommentary(card.Key, card.ValueText, images);
        }
        else if (NeedsContinue(card))
        {
            FormatLongString(card.Key, card.ValueText, card.Comment, images);
        }
        else
        {
            FormatSingle(card, images.Next());
        }
    }

    /// <summary>Writes a valued card that fits one image (not a long string) over the 80 bytes of <paramref name="image"/>.</summary>
    public static void FormatSingle(FitsCard card, Span<byte> image)
    {
        if (card.Kind == FitsValueKind.None || NeedsContinue(card))
        {
            throw new ArgumentException($"{card.Key} does not fit one card image with a value field.", nameof(card));
        }

        image.Fill((byte)' ');
        var line = new CardLine(image);
        line.Append(card.Key);
        line.PadTo(KeyLength);
        line.Append("= ");
        int value = line.Length;
        switch (card.Kind)
        {
            case FitsValueKind.String:
                // The closing quote goes in column 20 or later, as the standard requires, and the value field is
                // padded to column 30 as cfitsio and astropy write it (astropy re-renders CHECKSUM this way to verify it).
                line.Append('\'');
                AppendEscaped(ref line, card.ValueText);
                line.PadTo(value + 9);
                line.Append('\'');
                line.PadTo(value + 20);
                break;
            case FitsValueKind.Undefined:
                break;
            default:
                // Numbers and logicals right-justified to column 30 (fixed format), when they fit.
                line.PadTo(value + 20 - card.ValueText.Length);
                line.Append(card.ValueText);
                break;
        }

        AppendComment(ref line, card.Comment);
    }

    /// <summary>About how many images the card takes (exact for one-image and long-string cards), to size a header.</summary>
    public static int EstimatedImages(FitsCard card) =>
        card.Kind == FitsValueKind.None ? Math.Max(1, (card.ValueText.Length + CardText.CardLength - KeyLength - 1) / (CardText.CardLength - KeyLength))
        : NeedsContinue(card) ? (EscapedLength(card.ValueText) + MaxQuotedContent - 2) / (MaxQuotedContent - 1)
        : 1;

    /// <summary>True when the value needs CONTINUE cards (the LONGSTRN convention).</summary>
    public static bool NeedsContinue(FitsCard card) =>
        card.Kind == FitsValueKind.String && EscapedLength(card.ValueText) > MaxQuotedContent;

    private static void FormatCommentary(string key, string text, CardImages images)
    {
        const int room = CardText.CardLength - KeyLength;
        if (text.Length == 0)
        {
            new CardLine(images.Next()).Append(key);
            return;
        }

        for (int start = 0; start < text.Length;)
        {
            int length = Math.Min(room, text.Length - start);

            // A card's trailing spaces are padding when read back, so spaces move to the next card's start.
            while (length > 1 && start + length < text.Length && text[start + length - 1] == ' ')
            {
                length--;
            }

            var line = new CardLine(images.Next());
            line.Append(key);
            line.PadTo(KeyLength);
            line.Append(text.AsSpan(start, length));
            start += length;
        }
    }

    private static void FormatLongString(string key, string value, string? comment, CardImages images)
    {
        // Chunks ending in '&', continued on CONTINUE cards; a doubled quote is never split.
        for (int i = 0; i < value.Length;)
        {
            var line = new CardLine(images.Next());
            if (i == 0)
            {
                line.Append(key);
                line.PadTo(KeyLength);
                line.Append("= '");
            }
            else
            {
                line.Append("CONTINUE  '");
            }

            for (int chunk = 0; i < value.Length; i++)
            {
                int add = value[i] == '\'' ? 2 : 1;
                int limit = i == value.Length - 1 ? MaxQuotedContent : MaxQuotedContent - 1;
                if (chunk + add > limit)
                {
                    break;
                }

                AppendEscaped(ref line, value.AsSpan(i, 1));
                chunk += add;
            }

            if (i < value.Length)
            {
                line.Append("&'");
            }
            else
            {
                line.Append('\'');
                AppendComment(ref line, comment);
            }
        }
    }

    private static void AppendEscaped(ref CardLine line, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            line.Append(c);
            if (c == '\'')
            {
                line.Append('\'');
            }
        }
    }

    private static void AppendComment(ref CardLine line, string? comment)
    {
        if (!string.IsNullOrEmpty(comment) && line.Length + 3 < CardText.CardLength)
        {
            line.Append(" / ");
            line.Append(comment);
        }
    }

    private static int EscapedLength(string value)
    {
        int n = value.Length;
        foreach (char c in value)
        {
            if (c == '\'')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>One card image being written: the text so far, whose characters past column 80 are dropped.</summary>
    private ref struct CardLine(Span<byte> image)
    {
        private readonly Span<byte> _image = image;

        /// <summary>The length of the text written so far, columns past 80 included.</summary>
        public int Length { get; private set; }

        public void Append(char c)
        {
            if (Length < _image.Length)
            {
                // As Encoding.ASCII writes it; validated header text is printable ASCII in any case.
                _image[Length] = c < 0x80 ? (byte)c : (byte)'?';
            }

            Length++;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                Append(c);
            }
        }

        /// <summary>Moves to <paramref name="column"/> (0-based) over spaces; nothing when already there or past it.</summary>
        public void PadTo(int column) => Length = Math.Max(Length, column);
    }
}
