using System.Text;

namespace ThreeML.Fits.Internal;

/// <summary>Parses 80-byte card images into <see cref="FitsCard"/>s (fixed and free format).</summary>
internal static class CardParser
{
    private static readonly System.Buffers.SearchValues<char> KeyChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>Parses one card. A CONTINUE card comes back with key "CONTINUE" and kind String.</summary>
    public static FitsCard Parse(ReadOnlySpan<byte> image, FitsContext ctx, int cardNumber, ReadIssues issues)
    {
        Span<char> chars = stackalloc char[CardText.CardLength];
        int badColumn = -1;
        for (int i = 0; i < CardText.CardLength; i++)
        {
            byte b = image[i];
            if (b is < 0x20 or > 0x7E)
            {
                badColumn = badColumn < 0 ? i : badColumn;
                b = (byte)' ';
            }

            chars[i] = (char)b;
        }

        if (badColumn >= 0)
        {
            issues.Problem(
                ctx.Error($"header card {cardNumber} has byte 0x{image[badColumn]:X2} at column {badColumn + 1}; header cards hold only printable ASCII (0x20-0x7E)."),
                "Read such bytes as spaces.");
        }

        string text = new(chars);
        string key = text[..8].TrimEnd();
        int badChar = key.AsSpan().IndexOfAnyExcept(KeyChars);
        if (badChar >= 0)
        {
            issues.Problem(
                ctx.Error($"header card {cardNumber} has keyword '{key}' with character '{key[badChar]}'; keywords use only A-Z, 0-9, '-' and '_'.", key),
                "Kept the keyword as written.");
        }

        bool hasValue = text[8] == '=' && text[9] == ' ' && key is not ("COMMENT" or "HISTORY" or "");
        if (key == "CONTINUE")
        {
            return TryParseValue(text, key, out FitsCard? cont) && cont.Kind == FitsValueKind.String
                ? cont
                : new FitsCard(key, FitsValueKind.None, text[8..].TrimEnd(), null);
        }

        if (!hasValue)
        {
            return new FitsCard(key, FitsValueKind.None, text[8..].TrimEnd(), null);
        }

        if (TryParseValue(text, key, out FitsCard? card))
        {
            return card;
        }

        issues.Problem(
            ctx.Error(
                $"header card {cardNumber} keyword {key} has value field \"{text[10..].Trim()}\", which is not a quoted string, T/F, an integer, a real or a complex (re, im).",
                key),
            "Kept the card as commentary.");
        return new FitsCard(key, FitsValueKind.None, text[8..].TrimEnd(), null);
    }

    private static bool TryParseValue(string text, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsCard? card)
    {
        card = null;
        int i = 10;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        FitsValueKind kind;
        string value;
        if (i < text.Length && text[i] == '\'')
        {
            var sb = new StringBuilder();
            int j = i + 1;
            while (true)
            {
                if (j >= text.Length)
                {
                    return false;
                }

                if (text[j] == '\'')
                {
                    if (j + 1 < text.Length && text[j + 1] == '\'')
                    {
                        sb.Append('\'');
                        j += 2;
                        continue;
                    }

                    break;
                }

                sb.Append(text[j++]);
            }

            kind = FitsValueKind.String;
            value = sb.ToString().TrimEnd();
            i = j + 1;
        }
        else
        {
            int slash = text.IndexOf('/', i);
            int end = slash < 0 ? text.Length : slash;
            value = text[i..end].Trim();
            kind = value.Length == 0 ? FitsValueKind.Undefined : CardText.Classify(value);
            if (kind == FitsValueKind.None)
            {
                return false;
            }

            i = end;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        string? comment = null;
        if (i < text.Length)
        {
            if (text[i] != '/')
            {
                return false;
            }

            string trimmed = text[(i + 1)..].Trim();
            comment = trimmed.Length == 0 ? null : trimmed;
        }

        card = new FitsCard(key, kind, value, comment);
        return true;
    }
}
