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

        // The card is parsed on the stack; only the parts kept (keyword, value, comment) become strings: a header of a
        // few hundred cards is read for every spectrum, and the whole card as a string and its substrings were most of
        // what reading a PHA file allocated.
        ReadOnlySpan<char> text = chars;
        string key = new(text[..8].TrimEnd());
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
                : new FitsCard(key, FitsValueKind.None, new string(text[8..].TrimEnd()), null);
        }

        if (!hasValue)
        {
            return new FitsCard(key, FitsValueKind.None, new string(text[8..].TrimEnd()), null);
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
        return new FitsCard(key, FitsValueKind.None, new string(text[8..].TrimEnd()), null);
    }

    private static bool TryParseValue(ReadOnlySpan<char> text, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsCard? card)
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
            // A quoted string: '' stands for one quote; trailing blanks are not significant.
            Span<char> unquoted = stackalloc char[CardText.CardLength];
            int n = 0;
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
                        unquoted[n++] = '\'';
                        j += 2;
                        continue;
                    }

                    break;
                }

                unquoted[n++] = text[j++];
            }

            kind = FitsValueKind.String;
            value = new string(unquoted[..n].TrimEnd());
            i = j + 1;
        }
        else
        {
            int slash = text[i..].IndexOf('/');
            int end = slash < 0 ? text.Length : i + slash;
            ReadOnlySpan<char> token = text[i..end].Trim();
            kind = token.Length == 0 ? FitsValueKind.Undefined : Classify(token);
            if (kind == FitsValueKind.None)
            {
                return false;
            }

            value = new string(token);
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

            ReadOnlySpan<char> trimmed = text[(i + 1)..].Trim();
            comment = trimmed.Length == 0 ? null : new string(trimmed);
        }

        card = new FitsCard(key, kind, value, comment);
        return true;
    }

    /// <summary>Classifies a non-string value token as logical, integer, real or complex.</summary>
    public static FitsValueKind Classify(ReadOnlySpan<char> token)
    {
        if (token is "T" or "F")
        {
            return FitsValueKind.Logical;
        }

        if (token.Length > 2 && token[0] == '(' && token[^1] == ')')
        {
            ReadOnlySpan<char> inner = token[1..^1];
            int comma = inner.IndexOf(',');
            return comma >= 0 && inner[(comma + 1)..].IndexOf(',') < 0
                && Classify(inner[..comma].Trim()) is FitsValueKind.Integer or FitsValueKind.Real
                && Classify(inner[(comma + 1)..].Trim()) is FitsValueKind.Integer or FitsValueKind.Real
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
