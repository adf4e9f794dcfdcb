using System.Globalization;

namespace ThreeML.Fits.Internal;

/// <summary>Validation and formatting of the text that goes into header cards.</summary>
internal static class CardText
{
    public const int CardLength = 80;
    public const int BlockLength = 2880;

    /// <summary>Upper-cases a keyword and checks it uses only A-Z, 0-9, '-' and '_' within 8 characters.</summary>
    public static string ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string upper = key.ToUpperInvariant();
        if (upper.Length is 0 or > 8)
        {
            throw new ArgumentException(
                $"FITS keyword '{key}' must have 1 to 8 characters (HIERARCH keywords are not supported).", nameof(key));
        }

        foreach (char c in upper)
        {
            if (!IsKeyChar(c))
            {
                throw new ArgumentException(
                    $"FITS keyword '{key}' contains '{c}'; only A-Z, 0-9, '-' and '_' are allowed.", nameof(key));
            }
        }

        return upper;
    }

    public static bool IsKeyChar(char c) => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_';

    /// <summary>Checks that text has only printable ASCII (0x20-0x7E), as header cards require.</summary>
    public static void ValidateText(string text, string paramName)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is < ' ' or > '~')
            {
                throw new ArgumentException(
                    $"FITS header text may hold only printable ASCII, but character {i} is U+{(int)text[i]:X4} in \"{text}\".",
                    paramName);
            }
        }
    }

    /// <summary>Formats a real so it reads back bit-identical and always has a decimal point.</summary>
    public static string FormatReal(double value, string key)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                $"FITS keyword '{key}' cannot hold {value}: header values must be finite.", nameof(value));
        }

        string s = value.ToString("R", CultureInfo.InvariantCulture);
        int e = s.IndexOf('E');
        if (s.Contains('.'))
        {
            return s;
        }

        return e < 0 ? s + ".0" : s.Insert(e, ".0");
    }

    /// <summary>Parses a FITS real token, accepting a D exponent.</summary>
    public static bool TryParseReal(ReadOnlySpan<char> token, out double value)
    {
        Span<char> buffer = stackalloc char[token.Length];
        for (int i = 0; i < token.Length; i++)
        {
            buffer[i] = token[i] is 'D' or 'd' ? 'E' : token[i];
        }

        return double.TryParse(buffer, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
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
