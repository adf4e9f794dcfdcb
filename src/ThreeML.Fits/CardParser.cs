using System.Text;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

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
            kind = value.Length == 0 ? FitsValueKind.Undefined : Classify(value);
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

    /// <summary>Classifies a non-string value token as logical, integer, real or complex.</summary>
    public static FitsValueKind Classify(string token)
    {
        if (token is "T" or "F")
        {
            return FitsValueKind.Logical;
        }

        if (token.Length > 2 && token[0] == '(' && token[^1] == ')')
        {
            string[] parts = token[1..^1].Split(',');
            return parts.Length == 2 && Classify(parts[0].Trim()) is FitsValueKind.Integer or FitsValueKind.Real
                && Classify(parts[1].Trim()) is FitsValueKind.Integer or FitsValueKind.Real
                ? FitsValueKind.Complex : FitsValueKind.None;
        }

        int i = token.Length > 0 && token[0] is '+' or '-' ? 1 : 0;
        int mantissaDigits = 0;
        bool point = false;
        for (; i < token.Length; i++)
        {
            char c = token[i];
            if (c is >= '0' and <= '9')
            {
                mantissaDigits++;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                break;
            }
        }

        if (mantissaDigits == 0)
        {
            return FitsValueKind.None;
        }

        if (i == token.Length)
        {
            return point ? FitsValueKind.Real : FitsValueKind.Integer;
        }

        if (token[i] is not ('E' or 'D' or 'e' or 'd'))
        {
            return FitsValueKind.None;
        }

        i++;
        if (i < token.Length && token[i] is '+' or '-')
        {
            i++;
        }

        int exponentDigits = 0;
        for (; i < token.Length && token[i] is >= '0' and <= '9'; i++)
        {
            exponentDigits++;
        }

        return exponentDigits > 0 && i == token.Length ? FitsValueKind.Real : FitsValueKind.None;
    }
}
