using System.Text;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Writes cards as 80-column images in the fixed format of the FITS standard.</summary>
internal static class CardFormatter
{
    private const int MaxQuotedContent = 68;

    /// <summary>Appends the card images (several for long strings or long commentary text) to the list.</summary>
    public static void Format(FitsCard card, List<string> images)
    {
        string key = card.Key.PadRight(8);
        switch (card.Kind)
        {
            case FitsValueKind.None:
                FormatCommentary(key, card.ValueText, images);
                break;
            case FitsValueKind.String:
                FormatString(key, card.ValueText, card.Comment, images);
                break;
            case FitsValueKind.Undefined:
                images.Add(WithComment(key + "= ", card.Comment));
                break;
            default:
                // Numbers and logicals right-justified to column 30 (fixed format), when they fit.
                string token = card.ValueText.Length <= 20 ? card.ValueText.PadLeft(20) : card.ValueText;
                images.Add(WithComment(key + "= " + token, card.Comment));
                break;
        }
    }

    /// <summary>True when the value needs CONTINUE cards (the LONGSTRN convention).</summary>
    public static bool NeedsContinue(FitsCard card) =>
        card.Kind == FitsValueKind.String && EscapedLength(card.ValueText) > MaxQuotedContent;

    private static void FormatCommentary(string key, string text, List<string> images)
    {
        const int room = CardText.CardLength - 8;
        if (text.Length == 0)
        {
            images.Add(key.PadRight(CardText.CardLength));
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

            images.Add((key + text.Substring(start, length)).PadRight(CardText.CardLength));
            start += length;
        }
    }

    private static void FormatString(string key, string value, string? comment, List<string> images)
    {
        if (EscapedLength(value) <= MaxQuotedContent)
        {
            // The closing quote goes in column 20 or later, as the standard requires, and the value field is
            // padded to column 30 as cfitsio and astropy write it (astropy re-renders CHECKSUM this way to verify it).
            string quoted = "'" + value.Replace("'", "''", StringComparison.Ordinal).PadRight(8) + "'";
            images.Add(WithComment(key + "= " + quoted.PadRight(20), comment));
            return;
        }

        // Long string: chunks ending in '&', continued on CONTINUE cards; never split a doubled quote.
        var chunk = new StringBuilder();
        string prefix = key + "= ";
        int i = 0;
        while (i < value.Length)
        {
            chunk.Clear();
            while (i < value.Length)
            {
                int add = value[i] == '\'' ? 2 : 1;
                bool last = i == value.Length - 1;
                int limit = last ? MaxQuotedContent : MaxQuotedContent - 1;
                if (chunk.Length + add > limit)
                {
                    break;
                }

                chunk.Append(value[i] == '\'' ? "''" : value[i].ToString());
                i++;
            }

            bool done = i >= value.Length;
            string image = prefix + "'" + chunk + (done ? "'" : "&'");
            images.Add(done ? WithComment(image, comment) : image.PadRight(CardText.CardLength));
            prefix = "CONTINUE  ";
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

    private static string WithComment(string image, string? comment)
    {
        if (!string.IsNullOrEmpty(comment) && image.Length + 3 < CardText.CardLength)
        {
            image += " / " + comment;
        }

        return image.Length > CardText.CardLength ? image[..CardText.CardLength] : image.PadRight(CardText.CardLength);
    }
}
